import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../src/model/base64.js';
import { buildBigramSlots, indexOverSlots } from '../../src/model/bigram-index.js';
import { MODEL_BASE64 } from '../../src/model/data.generated.js';
import { decodeModel } from '../../src/model/decode-model.js';
import { indexInSortedRange } from '../../src/model/sorted-range.js';

const data = decodeModel(decodeBase64(MODEL_BASE64));

describe('the bigram index', () => {
  const index = indexOverSlots(buildBigramSlots(data.bigramOffsets, data.bigramWords, data.size)!, data.size);

  it('finds every bigram of the bundled model where its sorted list has it', () => {
    for (let w1 = 0; w1 < data.size; w1++) {
      for (let at = data.bigramOffsets[w1]; at < data.bigramOffsets[w1 + 1]; at++) {
        if (index.find(w1, data.bigramWords[at]) !== at) expect.fail(`bigram ${w1} ${data.bigramWords[at]} not at ${at}`);
      }
    }
  });

  it('finds no bigram the model lacks', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (let w1 = 0; w1 < data.size; w1 += 7) {
      for (let w2 = 0; w2 < data.size; w2 += 131) {
        const sorted = indexInSortedRange(data.bigramWords, data.bigramOffsets[w1], data.bigramOffsets[w1 + 1], w2);
        if (index.find(w1, w2) !== sorted) wrong.push(`${w1} ${w2}`);
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });

  it('declines a vocabulary too large for its keys', () => {
    expect(buildBigramSlots(new Uint32Array([0, 0]), new Uint16Array(0), 50_000)).toBeUndefined();
  });
});
