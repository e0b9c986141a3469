import type { LanguageModel } from '../model/types.js';

/**
 * Sum of ln P over `middle` followed by up to two ids of `right`, after the context `left`
 * (two ids, oldest first). Scoring stops after an end of sentence.
 */
export function scoreSpan(
  model: LanguageModel,
  left: readonly [number, number],
  middle: readonly number[],
  right: readonly number[],
): number {
  let w1 = left[0];
  let w2 = left[1];
  let total = 0;
  for (const id of middle) {
    total += model.logProb(w1, w2, id);
    w1 = w2;
    w2 = id;
  }
  for (let i = 0; i < right.length && i < 2; i++) {
    const id = right[i];
    total += model.logProb(w1, w2, id);
    if (id === model.eos) break;
    w1 = w2;
    w2 = id;
  }
  return total;
}

/** The two ids before position `at` of a sentence-delimited id sequence (`<s>` repeats at the start). */
export function leftContext(ids: Int32Array, at: number, bos: number): [number, number] {
  const w2 = at >= 1 ? ids[at - 1] : bos;
  const w1 = w2 === bos || at < 2 ? bos : ids[at - 2];
  return [w1, w2];
}

/** Up to two ids after position `at`, stopping at the end of the sentence. */
export function rightContext(ids: Int32Array, at: number, eos: number): number[] {
  const right: number[] = [];
  for (let i = at + 1; i < ids.length && right.length < 2; i++) {
    right.push(ids[i]);
    if (ids[i] === eos) break;
  }
  return right;
}

/** Confidence of a repair from how many nats it wins by over its threshold, in [0.5, 1). */
export function confidenceOfMargin(margin: number): number {
  return 1 - 0.5 * Math.exp(-Math.max(0, margin) / 4);
}
