import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createUtf8Decoder, findInvalidUtf8, Utf8Error } from '../../src/cli/decode-utf8.js';

function decodeInChunks(bytes: Uint8Array, cuts: number[]): string {
  const decoder = createUtf8Decoder();
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  let text = '';
  let from = 0;
  for (const point of [...points, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, point));
    from = point;
  }
  return text + decoder.end();
}

function offsetOfError(bytes: Uint8Array, cuts: number[]): number | undefined {
  try {
    decodeInChunks(bytes, cuts);
    return undefined;
  } catch (error) {
    if (!(error instanceof Utf8Error)) throw error;
    return error.offset;
  }
}

// The first sequence Node's decoder replaces with U+FFFD starts at the first invalid byte.
function referenceOffset(bytes: Uint8Array): number | undefined {
  const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const index = decoded.indexOf('\uFFFD');
  if (index === -1) return undefined;
  return Buffer.byteLength(decoded.slice(0, index), 'utf8');
}

const textBytes = fc.string({ unit: 'binary' }).map((text) => new Uint8Array(Buffer.from(text.replace(/\uFFFD/g, ''), 'utf8')));
const anyBytes = fc.uint8Array({ maxLength: 40 });
const cuts = fc.array(fc.nat(), { maxLength: 8 });

describe('createUtf8Decoder', () => {
  test.prop([textBytes, cuts])('decodes valid UTF-8 cut anywhere, even inside a character', (bytes, points) => {
    expect(decodeInChunks(bytes, points)).toBe(Buffer.from(bytes).toString('utf8'));
  });

  test.prop([textBytes, anyBytes, textBytes, cuts])(
    'reports the byte offset where the first invalid sequence starts, however the input is cut',
    (head, middle, tail, points) => {
      const bytes = new Uint8Array([...head, ...middle, ...tail]);
      expect(offsetOfError(bytes, points)).toBe(referenceOffset(bytes));
    },
  );

  it('keeps a byte-order mark', () => {
    expect(decodeInChunks(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), [1])).toBe('\uFEFFa');
  });

  it('reports a character cut off by the end of the input at its first byte', () => {
    expect(offsetOfError(new Uint8Array([0x61, 0xe1, 0xba]), [])).toBe(1);
  });
});

describe('findInvalidUtf8', () => {
  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lead byte without its continuation', [0xe1, 0x61, 0x61], 0],
  ])('finds %s', (_, bytes, offset) => {
    expect(findInvalidUtf8(new Uint8Array(bytes), true)).toBe(offset);
  });

  it('accepts a cut-off character unless the input is final', () => {
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xe1, 0xba]), false)).toBe(-1);
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xe1, 0xba]), true)).toBe(1);
  });
});
