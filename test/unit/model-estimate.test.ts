import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/model/create-model.js';
import { createModelDataFromText, createModelFromText } from '../../src/model/create-model-from-text.js';
import { valueAt } from '../../src/model/quantize.js';
import type { LanguageModel } from '../../src/model/types.js';

const TEXTS = [
  'Hôm nay trời nắng. Chúng tôi đi học sớm, rồi về nhà ăn cơm.',
  'Trời mưa to nên chúng tôi ở nhà. Hôm qua trời cũng mưa!',
  'Mẹ tôi đi chợ mua rau và cá. Chợ hôm nay đông người.',
  'Năm 2020 có 12 lớp học mới; trường mở thêm 3 phòng.',
  'Chúng tôi đi học, chúng tôi về nhà, chúng tôi ăn cơm.',
];

function totalProbability(model: LanguageModel, w1: number, w2: number): number {
  let sum = 0;
  for (let w3 = 0; w3 < model.size; w3++) if (w3 !== model.bos) sum += Math.exp(model.logProb(w1, w2, w3));
  return sum;
}

function worstContextError(model: LanguageModel): number {
  let worst = 0;
  for (let w1 = 0; w1 < model.size; w1++) {
    for (let w2 = 0; w2 < model.size; w2++) worst = Math.max(worst, Math.abs(totalProbability(model, w1, w2) - 1));
  }
  return worst;
}

describe('Kneser–Ney estimation', () => {
  it('gives every context a distribution that sums to 1', () => {
    expect(worstContextError(createModelFromText(TEXTS))).toBeLessThan(1e-5);
  });

  it('still sums to 1 after pruning, the pruned mass going to the backoff weights', () => {
    expect(worstContextError(createModelFromText(TEXTS, { bigramMinCount: 2, trigramMinCount: 2 }))).toBeLessThan(1e-5);
  });

  it('still sums to 1 after weighted-difference pruning', () => {
    const model = createModelFromText(TEXTS, { trigramMinScore: 1.5, bigramMinScore: 1 });
    expect(worstContextError(model)).toBeLessThan(1e-5);
  });

  it('prunes more trigrams as the weighted-difference threshold rises', () => {
    const sizes = [0, 0.5, 1, 2].map((score) => createModelDataFromText(TEXTS, { trigramMinScore: score }).trigramWords.length);
    expect(sizes[3]).toBeLessThan(sizes[0]);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]);
  });

  it('keeps unseen extra syllables at a small non-zero floor', () => {
    const model = createModelFromText(TEXTS, { extraSyllables: ['khuỷu'] });
    const id = model.idOf('khuỷu');
    expect(id).not.toBe(model.unk);
    const floor = model.logProb(model.bos, model.bos, id);
    expect(floor).toBeGreaterThan(-Infinity);
    expect(floor).toBeLessThan(model.logProb(model.bos, model.bos, model.idOf('trời')));
  });

  it('prefers a seen continuation over an unseen one', () => {
    const model = createModelFromText(TEXTS);
    const [chung, toi, di, ve] = ['chúng', 'tôi', 'đi', 'về'].map((w) => model.idOf(w));
    expect(model.logProb(chung, toi, di)).toBeGreaterThan(model.logProb(chung, toi, model.idOf('mưa')));
    expect(model.logProb(chung, toi, di)).toBeGreaterThan(model.logProb(chung, toi, ve));
  });
});

describe('backoff', () => {
  const data = createModelDataFromText(TEXTS, { trigramMinCount: 2 });
  const model = createModel(data);
  const id = (word: string) => model.idOf(word);

  function bigramIndex(w1: number, w2: number): number {
    for (let j = data.bigramOffsets[w1]; j < data.bigramOffsets[w1 + 1]; j++) if (data.bigramWords[j] === w2) return j;
    return -1;
  }

  it('answers a stored trigram with its own probability', () => {
    const context = bigramIndex(id('chúng'), id('tôi'));
    const at = data.trigramOffsets[context];
    expect(data.trigramOffsets[context + 1]).toBeGreaterThan(at);
    expect(model.logProb(id('chúng'), id('tôi'), data.trigramWords[at])).toBe(valueAt(data.trigramLogProb, at));
  });

  it('backs off from a known context to the bigram, adding the context weight', () => {
    let checked = 0;
    for (let u = 0; u < data.size; u++) {
      for (let context = data.bigramOffsets[u]; context < data.bigramOffsets[u + 1]; context++) {
        const v = data.bigramWords[context];
        const stored = data.trigramWords.subarray(data.trigramOffsets[context], data.trigramOffsets[context + 1]);
        for (let bigram = data.bigramOffsets[v]; bigram < data.bigramOffsets[v + 1]; bigram++) {
          const w = data.bigramWords[bigram];
          if (stored.includes(w)) continue;
          expect(model.logProb(u, v, w)).toBeCloseTo(data.bigramBackoff[context] + valueAt(data.bigramLogProb, bigram), 6);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('backs off from an unknown context without a weight, down to the unigram', () => {
    const [me, ca, nang] = [id('mẹ'), id('cá'), id('nắng')];
    expect(bigramIndex(me, ca)).toBe(-1);
    expect(bigramIndex(ca, nang)).toBe(-1);
    expect(model.logProb(me, ca, nang)).toBeCloseTo(data.unigramBackoff[ca] + data.unigramLogProb[nang], 6);
  });

  it('keeps the context and suffix bigrams of every kept trigram', () => {
    for (let w1 = 0; w1 < data.size; w1++) {
      for (let b = data.bigramOffsets[w1]; b < data.bigramOffsets[w1 + 1]; b++) {
        for (let t = data.trigramOffsets[b]; t < data.trigramOffsets[b + 1]; t++) {
          expect(bigramIndex(data.bigramWords[b], data.trigramWords[t])).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});
