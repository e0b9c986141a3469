import { BOS } from './vocabulary.js';

/** Distinct n-grams of a training stream with their counts; keys are sorted. */
export interface NgramCounts {
  size: number;
  /** Raw count of each id as a predicted word. */
  unigramCounts: Float64Array;
  /** `w1 * size + w2`, sorted. */
  bigramKeys: Float64Array;
  bigramCounts: Uint32Array;
  /** `(w1 * size + w2) * size + w3`, sorted. */
  trigramKeys: Float64Array;
  trigramCounts: Uint32Array;
}

/** Sorts `keys` in place and returns each distinct key once, with how often it occurs. */
export function countDistinct(keys: Float64Array): { keys: Float64Array; counts: Uint32Array } {
  keys.sort();
  let distinct = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) distinct++;
  const outKeys = new Float64Array(distinct);
  const counts = new Uint32Array(distinct);
  let at = -1;
  for (let i = 0; i < keys.length; i++) {
    if (i === 0 || keys[i] !== keys[i - 1]) outKeys[++at] = keys[i];
    counts[at]++;
  }
  return { keys: outKeys, counts };
}

/**
 * Counts the unigrams, bigrams and trigrams of a stream of sentences `<s> w … </s>`. `<s>` is only
 * ever a context, never a predicted word, and n-grams do not cross sentences.
 * @param stream Ids of the sentences, back to back.
 * @param size Number of ids (at most 65,536).
 */
export function countNgrams(stream: Int32Array, size: number): NgramCounts {
  if (size > 65536) throw new RangeError('Expected at most 65536 ids');
  const unigramCounts = new Float64Array(size);
  let bigramTotal = 0;
  let trigramTotal = 0;
  for (let i = 0; i < stream.length; i++) {
    if (stream[i] === BOS) continue;
    unigramCounts[stream[i]]++;
    bigramTotal++;
    if (i >= 2 && stream[i - 1] !== BOS) trigramTotal++;
  }
  const bigrams = new Float64Array(bigramTotal);
  const trigrams = new Float64Array(trigramTotal);
  let b = 0;
  let t = 0;
  for (let i = 1; i < stream.length; i++) {
    if (stream[i] === BOS) continue;
    const pair = stream[i - 1] * size + stream[i];
    bigrams[b++] = pair;
    if (i >= 2 && stream[i - 1] !== BOS) trigrams[t++] = stream[i - 2] * size * size + pair;
  }
  const bigramCounts = countDistinct(bigrams);
  const trigramCounts = countDistinct(trigrams);
  return {
    size,
    unigramCounts,
    bigramKeys: bigramCounts.keys,
    bigramCounts: bigramCounts.counts,
    trigramKeys: trigramCounts.keys,
    trigramCounts: trigramCounts.counts,
  };
}
