/**
 * Where each bigram sits in the model's sorted bigram lists, found by hashing rather than by binary
 * search: the lists of common words run to thousands of entries, and the repair stages ask millions
 * of times. Open addressing with linear probing, at most half full.
 */
export interface BigramIndex {
  /** The index of `(w1, w2)` in the bigram arrays, or -1. */
  find(w1: number, w2: number): number;
}

/** The hash table of a {@link BigramIndex}: slot → key `w1 * size + w2` (or -1 when empty) and bigram index. */
export interface BigramSlots {
  keys: Int32Array;
  values: Int32Array;
}

const EMPTY = -1;

const shiftOf = (slots: BigramSlots): number => 32 - Math.log2(slots.keys.length);

/** Where a key's probe starts: a multiplicative hash, its top bits. */
const firstSlot = (key: number, shift: number): number => Math.imul(key, 0x9e3779b1) >>> shift;

/**
 * Hashes the bigrams of a model whose ids are below `size`; `undefined` when `size²` does not fit the
 * 31-bit keys (a vocabulary far larger than Vietnamese syllables).
 */
export function buildBigramSlots(offsets: Uint32Array, words: Uint16Array, size: number): BigramSlots | undefined {
  if (size * size >= 2 ** 31) return undefined;
  const count = words.length;
  let bits = 4;
  while (1 << bits < 2 * count) bits++;
  const slots = { keys: new Int32Array(1 << bits).fill(EMPTY), values: new Int32Array(1 << bits) };
  const { keys, values } = slots;
  const mask = keys.length - 1;
  const shift = shiftOf(slots);
  for (let w1 = 0; w1 < size; w1++) {
    for (let index = offsets[w1]; index < offsets[w1 + 1]; index++) {
      const key = w1 * size + words[index];
      let slot = firstSlot(key, shift);
      while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      keys[slot] = key;
      values[slot] = index;
    }
  }
  return slots;
}

/**
 * A bigram index over slots built by {@link buildBigramSlots} for the same `size` (here, or once for
 * several threads that share them).
 */
export function indexOverSlots(slots: BigramSlots, size: number): BigramIndex {
  const { keys, values } = slots;
  const mask = keys.length - 1;
  const shift = shiftOf(slots);
  return {
    find(w1, w2) {
      const key = w1 * size + w2;
      for (let slot = firstSlot(key, shift); ; slot = (slot + 1) & mask) {
        const found = keys[slot];
        if (found === key) return values[slot];
        if (found === EMPTY) return -1;
      }
    },
  };
}
