/**
 * Where each bigram sits in the model's sorted bigram lists, found by hashing rather than by binary
 * search: the lists of common words run to thousands of entries, and the repair stages ask millions
 * of times. Open addressing with linear probing, at most half full.
 */
export interface BigramIndex {
  /** The index of `(w1, w2)` in the bigram arrays, or -1. */
  find(w1: number, w2: number): number;
}

const EMPTY = -1;

/**
 * Indexes the bigrams of a model whose ids are below `size`; `undefined` when `size²` does not fit
 * the 31-bit keys (a vocabulary far larger than Vietnamese syllables).
 */
export function createBigramIndex(offsets: Uint32Array, words: Uint16Array, size: number): BigramIndex | undefined {
  if (size * size >= 2 ** 31) return undefined;
  const count = words.length;
  let bits = 4;
  while (1 << bits < 2 * count) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const keys = new Int32Array(1 << bits).fill(EMPTY);
  const values = new Int32Array(1 << bits);
  const slotOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> shift;
  for (let w1 = 0; w1 < size; w1++) {
    for (let index = offsets[w1]; index < offsets[w1 + 1]; index++) {
      const key = w1 * size + words[index];
      let slot = slotOf(key);
      while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      keys[slot] = key;
      values[slot] = index;
    }
  }
  return {
    find(w1, w2) {
      const key = w1 * size + w2;
      for (let slot = slotOf(key); ; slot = (slot + 1) & mask) {
        const found = keys[slot];
        if (found === key) return values[slot];
        if (found === EMPTY) return -1;
      }
    },
  };
}
