import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64Portably, encodeBase64 } from '../../src/model/base64.js';
import { createModelDataFromText } from '../../src/model/create-model-from-text.js';
import { decodeModel } from '../../src/model/decode-model.js';
import { encodeModel } from '../../src/model/encode-model.js';
import type { ModelData } from '../../src/model/model-data.js';
import { expandQuantized, isQuantized, quantizeValues, type ValueTable } from '../../src/model/quantize.js';

const TEXTS = [
  'Hôm nay trời nắng. Chúng tôi đi học sớm, rồi về nhà ăn cơm.',
  'Trời mưa to nên chúng tôi ở nhà. Hôm qua trời cũng mưa!',
  'Mẹ tôi đi chợ mua rau và cá. Chợ hôm nay đông người.',
];

const asFloats = (table: ValueTable): Float32Array => (table instanceof Float32Array ? table : expandQuantized(table));

/** The model with its log-probability tables as floats, as it was estimated. */
const withFloats = (data: ModelData): ModelData => ({ ...data, bigramLogProb: asFloats(data.bigramLogProb), trigramLogProb: asFloats(data.trigramLogProb) });

describe('model encoding', () => {
  const data = createModelDataFromText(TEXTS, { extraSyllables: ['khuỷu'], wholeTokens: { taxi: 4, samsung: 9 } });

  it('keeps the decoded log-probabilities as 8-bit codes, as they are stored', () => {
    const decoded = decodeModel(encodeModel(data));
    expect(decoded.trigramLogProb).not.toBeInstanceOf(Float32Array);
    expect(decoded.bigramLogProb).not.toBeInstanceOf(Float32Array);
  });

  it('round-trips a small model exactly', () => {
    expect(withFloats(decodeModel(encodeModel(data)))).toEqual({ ...data });
  });

  it('is stable: encoding the decoded model gives the same bytes', () => {
    const bytes = encodeModel(data);
    expect(encodeModel(decodeModel(bytes))).toEqual(bytes);
  });

  it('keeps no view of the encoded bytes, so that they can be freed (Node Buffers too)', () => {
    const bytes = Buffer.from(encodeModel(data));
    const decoded = decodeModel(bytes);
    const tables = Object.values(decoded).flatMap((value: unknown) => (isQuantized(value) ? [value.codes, value.codebook] : [value]));
    for (const value of tables) {
      if (ArrayBuffer.isView(value)) expect(value.buffer).not.toBe(bytes.buffer);
    }
  });

  it('rejects truncated data', () => {
    const bytes = encodeModel(data);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 3))).toThrow(RangeError);
  });

  it('rejects an unknown format version', () => {
    const bytes = encodeModel(data).slice();
    bytes[0] = 99;
    expect(() => decodeModel(bytes)).toThrow(/format version/);
  });
});

describe('quantisation', () => {
  it('is exact for at most 256 distinct values', () => {
    const values = Float32Array.from({ length: 1000 }, (_, i) => -(i % 200) / 7);
    expect(expandQuantized(quantizeValues(values))).toEqual(values);
  });

  it('keeps many values within a small error', () => {
    const values = Float32Array.from({ length: 20000 }, (_, i) => -12 * Math.abs(Math.sin(i * 12.9898)));
    const restored = expandQuantized(quantizeValues(values));
    let worst = 0;
    for (let i = 0; i < values.length; i++) worst = Math.max(worst, Math.abs(values[i] - restored[i]));
    expect(worst).toBeLessThan(0.05);
  });
});

describe('base64', () => {
  const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37 + (i >> 3)) & 0xff);

  it('decodes what it encodes, with and without Buffer', () => {
    for (const length of [0, 1, 2, 3, 999, 1000]) {
      const text = encodeBase64(bytes.subarray(0, length));
      expect(decodeBase64Portably(text)).toEqual(bytes.subarray(0, length));
      expect(new Uint8Array(decodeBase64(text))).toEqual(bytes.subarray(0, length));
    }
  });

  it('matches the platform encoder', () => {
    expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
