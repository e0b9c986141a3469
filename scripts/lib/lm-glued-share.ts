// The glued share of a whole token: how often news wrote it whole against how often it wrote the
// syllables it reads as with a space between. `taxi`, `ôtô` and `Cuba` are words written solid;
// a token seen whole a few times against thousands of the split (`đơnvị` 7 times beside 8,350 `đơn vị`)
// is a typo'd join, and keeping it as a known word would stop the join repair from undoing it.
import type { NgramCounts } from '../../src/model/count-ngrams.js';
import { type SyllableIndex, splitsOf } from '../../src/stages/repair-joins.js';

/** A whole token that reads as two or more attested syllables. */
export interface GluedReading {
  word: string;
  /** Times it was seen whole. */
  whole: number;
  /** Times news wrote the likeliest split, as an n-gram (at most: see {@link splitCount}). */
  split: number;
  /** The pieces of that split. */
  pieces: string[];
}

function countOf(keys: Float64Array, counts: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else if (keys[mid] > key) hi = mid - 1;
    else return counts[mid];
  }
  return 0;
}

/**
 * Times the training stream has this run of ids: exact for two or three, and for more the least
 * count of its trigrams (an upper bound; runs of four syllables glued whole are rare).
 * @param counts The n-gram counts of the training stream.
 * @param ids Two or more ids.
 */
export function splitCount(counts: NgramCounts, ids: readonly number[]): number {
  const { size } = counts;
  if (ids.length === 2) return countOf(counts.bigramKeys, counts.bigramCounts, ids[0] * size + ids[1]);
  let least = Infinity;
  for (let i = 0; i + 3 <= ids.length; i++) {
    const key = (ids[i] * size + ids[i + 1]) * size + ids[i + 2];
    least = Math.min(least, countOf(counts.trigramKeys, counts.trigramCounts, key));
  }
  return least;
}

/**
 * The glued reading of a whole token: its likeliest split (the one news wrote most often), or
 * `undefined` when it does not read as attested syllables.
 * @param word A lower-case whole token.
 * @param whole Times it was seen whole.
 * @param counts The n-gram counts of the training stream.
 * @param syllables The training vocabulary.
 */
export function gluedReadingOf(word: string, whole: number, counts: NgramCounts, syllables: SyllableIndex): GluedReading | undefined {
  let best: GluedReading | undefined;
  for (const { pieces, ids } of splitsOf(word, syllables, 'classic')) {
    const split = splitCount(counts, ids);
    if (best === undefined || split > best.split) best = { word, whole, split, pieces };
  }
  return best;
}

/** Share of the whole form among the two ways of writing it (0..1). */
export function gluedShare({ whole, split }: GluedReading): number {
  return whole + split === 0 ? 1 : whole / (whole + split);
}
