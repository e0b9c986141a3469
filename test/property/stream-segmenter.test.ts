import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createSegmenter, type Segment, type SegmenterOptions } from '../../src/stream.js';

// Marks and joiners come after what they attach to: a stretch made only of them cannot be cut well.
const PIECES = ['a', 'Hà', 'nội', ' ', '  ', '\t', '.', '. ', '\n', '\r', '\r\n', 'Ô', 'a\u0300', '\n\u0301', ' \u0301', '😀', '😀\u200D😀', '”', '\u00A0', 'X', '1'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((pieces) => pieces.join(''));
const cuts = fc.array(fc.nat(), { maxLength: 10 });
const lengths = fc.record({ minLength: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 0, max: 24 }) });
const longEnough = fc.record({ minLength: fc.integer({ min: 6, max: 12 }), extra: fc.integer({ min: 0, max: 24 }) });

function segment(input: string, chunkCuts: number[], options: SegmenterOptions): { segments: Segment[]; held: number[] } {
  const segmenter = createSegmenter(options);
  const points = [...new Set(chunkCuts.map((cut) => cut % (input.length + 1)))].sort((a, b) => a - b);
  const segments: Segment[] = [];
  const held: number[] = [];
  let from = 0;
  let emitted = 0;
  for (const point of [...points, input.length]) {
    for (const piece of segmenter.push(input.slice(from, point))) {
      segments.push(piece);
      emitted += piece.text.length;
    }
    from = point;
    held.push(from - emitted);
  }
  segments.push(...segmenter.end());
  return { segments, held };
}

function optionsOf({ minLength, extra }: { minLength: number; extra: number }): SegmenterOptions {
  return { minLength, maxLength: minLength + extra };
}

describe('createSegmenter', () => {
  test.prop([text, cuts, lengths])('gives the input back when its segments are joined', (input, chunkCuts, sizes) => {
    const { segments } = segment(input, chunkCuts, optionsOf(sizes));
    expect(segments.map((piece) => piece.text).join('')).toBe(input);
    expect(segments.every((piece) => piece.text.length > 0)).toBe(true);
  });

  test.prop([text, cuts, lengths])('cuts at the same places however the text arrives in chunks', (input, chunkCuts, sizes) => {
    const options = optionsOf(sizes);
    expect(segment(input, chunkCuts, options).segments).toEqual(segment(input, [], options).segments);
  });

  test.prop([text, cuts, lengths])('never holds more than maxLength + 1 units of text', (input, chunkCuts, sizes) => {
    const options = optionsOf(sizes);
    for (const held of segment(input, chunkCuts, options).held) expect(held).toBeLessThanOrEqual(options.maxLength! + 1);
  });

  test.prop([text, longEnough])('never cuts inside CRLF, a surrogate pair, a joined emoji, or a line before a mark', (input, sizes) => {
    const { segments } = segment(input, [], optionsOf(sizes));
    let at = 0;
    for (const piece of segments.slice(0, -1)) {
      at += piece.text.length;
      expect(input.slice(at - 1, at + 1)).not.toBe('\r\n');
      expect(input.charCodeAt(at) >= 0xdc00 && input.charCodeAt(at) <= 0xdfff).toBe(false);
      expect(input[at - 1]).not.toBe('\u200D');
      if (!/[\r\n]/.test(input[at - 1])) expect(/^\p{M}/u.test(input.slice(at))).toBe(false);
    }
  });

  test.prop([text, lengths])('tells each segment what it follows: nothing, its line break, or a space', (input, sizes) => {
    const { segments } = segment(input, [], optionsOf(sizes));
    segments.forEach((piece, index) => {
      if (index === 0) return expect(piece.context).toBe('');
      const previous = segments[index - 1].text;
      const last = previous[previous.length - 1];
      expect(piece.context).toBe(last === '\n' || last === '\r' ? last : /\s/u.test(last) ? ' ' : '');
    });
  });

  it('batches whole lines up to the first line break after minLength', () => {
    const segmenter = createSegmenter({ minLength: 8, maxLength: 100 });
    expect(segmenter.push('Ab.\nCd.\nEf.\nGh').map((piece) => piece.text)).toEqual(['Ab.\nCd.\n']);
    expect(segmenter.end().map((piece) => piece.text)).toEqual(['Ef.\nGh']);
  });

  it('waits for the character after a CR before cutting there', () => {
    const segmenter = createSegmenter({ minLength: 1, maxLength: 100 });
    expect(segmenter.push('Ab.\r')).toEqual([]);
    expect(segmenter.push('\nCd').map((piece) => piece.text)).toEqual(['Ab.\r\n']);
  });

  describe('lines wrapped inside a sentence', () => {
    const cut = (input: string, options: SegmenterOptions) => segment(input, [], options).segments.map((piece) => piece.text);

    it('stay in one segment: the cut waits for a line break that a new sentence follows', () => {
      expect(cut('Một hai\nba bốn.\nNăm sáu\nbảy.\n', { minLength: 3, maxLength: 100 })).toEqual(['Một hai\nba bốn.\n', 'Năm sáu\nbảy.\n']);
      // A line that opens with a digit or a mark, or an empty one, starts afresh.
      expect(cut('Một hai\n2 ba\n', { minLength: 3, maxLength: 100 })).toEqual(['Một hai\n', '2 ba\n']);
      expect(cut('Một hai\n\nba bốn', { minLength: 3, maxLength: 100 })).toEqual(['Một hai\n', '\nba bốn']);
    });

    it('are cut at the first line break after minLength when no sentence ends up to maxLength', () => {
      expect(cut('một hai\nba bốn\nnăm sáu bảy', { minLength: 3, maxLength: 12 })).toEqual(['một hai\n', 'ba bốn\n', 'năm sáu bảy']);
    });

    it('are held until it shows whether the next line goes on with the sentence', () => {
      const segmenter = createSegmenter({ minLength: 3, maxLength: 100 });
      expect(segmenter.push('Một hai.\n  ')).toEqual([]);
      expect(segmenter.push('Ba').map((piece) => piece.text)).toEqual(['Một hai.\n']);
    });

    it('are cut apart in JSON Lines records, where every line stands alone', () => {
      expect(cut('một hai\nba bốn\n', { minLength: 3, maxLength: 100, records: true })).toEqual(['một hai\n', 'ba bốn\n']);
    });
  });

  it('cuts a line longer than maxLength after a sentence end, before a word, or between characters', () => {
    const cut = (input: string) => segment(input, [], { minLength: 4, maxLength: 12 }).segments.map((piece) => piece.text);
    expect(cut('Một hai. Ba bốn năm sáu')).toEqual(['Một hai. ', 'Ba bốn năm ', 'sáu']);
    expect(cut('một hai ba bốn năm')).toEqual(['một hai ba ', 'bốn năm']);
    expect(cut('abcdefghijklmnopq')).toEqual(['abcdefghijkl', 'mnopq']);
  });

  it('starts from the context it is given', () => {
    expect(createSegmenter({ context: '\uFEFF' }).push('a').concat(createSegmenter({ context: '\uFEFF' }).end())).toEqual([]);
    const segmenter = createSegmenter({ context: '\uFEFF' });
    segmenter.push('a');
    expect(segmenter.end()).toEqual([{ text: 'a', context: '\uFEFF' }]);
  });
});
