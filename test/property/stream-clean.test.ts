import { Duplex, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { clean, createCleanStream, type CleanStreamOptions } from '../../src/index.js';
import { readArticles } from '../helpers/fixtures.js';

const ARTICLES = readArticles().map((article) => article.input);
const VARIANTS: Array<(text: string) => string> = [
  (text) => text,
  (text) => text.replace(/\n/g, '\r\n'),
  (text) => text.normalize('NFD'),
  (text) => `\uFEFF${text.replace(/\n/g, '\r')}`,
];

// Windows of the articles keep each run fast; a window may start or end inside a CRLF or a pair.
const articleWindow = fc
  .record({
    article: fc.nat({ max: ARTICLES.length - 1 }),
    variant: fc.nat({ max: VARIANTS.length - 1 }),
    start: fc.nat(),
    length: fc.integer({ min: 0, max: 1500 }),
  })
  .map(({ article, variant, start, length }) => {
    const text = VARIANTS[variant](ARTICLES[article]);
    const from = start % text.length;
    return text.slice(from, from + length);
  });
const cutPoints = fc.array(fc.nat(), { maxLength: 30 });
const segmentLengths = fc
  .record({ min: fc.integer({ min: 1, max: 400 }), extra: fc.integer({ min: 0, max: 400 }) })
  .map(({ min, extra }): CleanStreamOptions => ({ minSegmentLength: min, maxSegmentLength: min + extra }));

function splitAt<T extends string | Uint8Array>(whole: T, points: number[]): T[] {
  const cuts = [...new Set(points.map((point) => point % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let from = 0;
  for (const cut of [...cuts, whole.length]) {
    pieces.push(whole.slice(from, cut) as T);
    from = cut;
  }
  return pieces;
}

async function streamClean(chunks: Array<string | Uint8Array>, options: CleanStreamOptions = {}): Promise<string> {
  const stream = createCleanStream(options);
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const reading = (async () => {
    let out = '';
    for (let next = await reader.read(); !next.done; next = await reader.read()) out += next.value;
    return out;
  })();
  const writing = (async () => {
    for (const chunk of chunks) await writer.write(chunk);
    await writer.close();
  })();
  const [out] = await Promise.all([reading, writing]);
  return out;
}

describe('createCleanStream', () => {
  test.prop([articleWindow, cutPoints, segmentLengths], { numRuns: 40 })(
    'gives the same output however the UTF-8 bytes are split, even inside a character or a CRLF',
    async (text, points, options) => {
      const bytes = new TextEncoder().encode(text);
      expect(await streamClean(splitAt(bytes, points), options)).toBe(await streamClean([bytes], options));
    },
  );

  // Longer texts are cleaned segment by segment, each as a text of its own (text-wide signals, such as
  // how many spaces a text has lost, are measured per segment of about 64 K characters).
  test.prop([articleWindow, cutPoints], { numRuns: 25 })(
    'gives what clean gives for a text that fits in one segment, however its bytes are split',
    async (text, points) => {
      expect(await streamClean(splitAt(new TextEncoder().encode(text), points))).toBe(clean(text));
    },
  );

  // Lines broken inside sentences, as PDF extraction leaves them: every fourth space becomes a line break.
  const wrappedWindow = articleWindow.map((text) => {
    let spaces = 0;
    return text.replace(/ /g, () => (++spaces % 4 === 0 ? '\n' : ' '));
  });
  test.prop([wrappedWindow, cutPoints, fc.integer({ min: 1, max: 300 })], { numRuns: 25 })(
    'gives what clean gives for wrapped lines in short segments, since the lines of a sentence share a segment',
    async (text, points, minSegmentLength) => {
      const options = { minSegmentLength, maxSegmentLength: 4000 };
      expect(await streamClean(splitAt(new TextEncoder().encode(text), points), options)).toBe(clean(text));
    },
  );

  const emojiText = fc
    .array(fc.constantFrom('hoà', ' ', '😀', '👍🏽', '\r\n', '\n', '. ', 'Thuỷ', '\u200D', 'a\u0301'), { maxLength: 60 })
    .map((pieces) => pieces.join(''));
  test.prop([emojiText, cutPoints, segmentLengths], { numRuns: 60 })(
    'gives the same output however strings are split, even inside a surrogate pair',
    async (text, points, options) => {
      expect(await streamClean(splitAt(text, points), options)).toBe(await streamClean([text], options));
    },
  );

  it('gives output while one enormous line is still arriving, holding at most a segment of it', async () => {
    const sentence = 'Hai địa phương đã tích cực hỗ trợ nhau tham gia các hội chợ. ';
    const stream = createCleanStream({ minSegmentLength: 4096, maxSegmentLength: 16_384 });
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    let received = 0;
    const reading = (async () => {
      for (let next = await reader.read(); !next.done; next = await reader.read()) received += next.value.length;
    })();
    let written = 0;
    for (let k = 0; k < 120; k++) {
      await writer.write(sentence.repeat(10));
      written += sentence.length * 10;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(written - received).toBeLessThanOrEqual(16_384 + 2 + sentence.length * 10);
    }
    await writer.close();
    await reading;
    expect(received).toBe(written);
  });

  it('keeps a leading byte-order mark', async () => {
    expect(await streamClean(['\uFEFF', 'hoà'])).toBe('\uFEFFhòa');
  });

  it('errors on bytes that are not UTF-8', async () => {
    await expect(streamClean([new Uint8Array([0x68, 0xff, 0x0a])])).rejects.toThrow(TypeError);
  });

  it('refuses invalid options when it is created', () => {
    expect(() => createCleanStream({ rules: { 'no-such-rule': false } as never })).toThrow(/no-such-rule/);
  });

  it('works as a Node stream through Duplex.fromWeb, between a file-like source and a sink', async () => {
    const text = ARTICLES[1];
    const bytes = Buffer.from(text);
    let out = '';
    const sink = new Writable({
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        out += chunk;
        done();
      },
    });
    const transform = Duplex.fromWeb(createCleanStream(), { decodeStrings: false, encoding: 'utf8' });
    await pipeline(Readable.from(splitAt(bytes, [5, 6, 7, 1000, 3001])), transform, sink);
    expect(out).toBe(clean(text));
  });
});
