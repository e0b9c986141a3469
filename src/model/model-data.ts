import type { ValueTable } from './quantize.js';

/**
 * The n-gram tables of a backoff trigram model, as a trie of sorted typed arrays:
 * `w1` → its bigrams `[bigramOffsets[w1], bigramOffsets[w1 + 1])`, bigram `b` → its trigrams
 * `[trigramOffsets[b], trigramOffsets[b + 1])`. Words within a range are sorted by id.
 * Log-probabilities and backoff weights are natural logs.
 */
export interface NgramTables {
  /** Number of ids. */
  size: number;
  unigramLogProb: Float32Array;
  /** ln backoff weight of each one-word context. */
  unigramBackoff: Float32Array;
  /** Length `size + 1`. */
  bigramOffsets: Uint32Array;
  bigramWords: Uint16Array;
  /** Floats when estimated, codes into a codebook when decoded. */
  bigramLogProb: ValueTable;
  /** ln backoff weight of each two-word context. */
  bigramBackoff: Float32Array;
  /** Length `bigramWords.length + 1`. */
  trigramOffsets: Uint32Array;
  trigramWords: Uint16Array;
  /** Floats when estimated, codes into a codebook when decoded. */
  trigramLogProb: ValueTable;
}

/** Everything a {@link LanguageModel} is built from: the tables plus the lists the repair stages use. */
export interface ModelData extends NgramTables {
  /** The word of each id: the class tokens, then syllables (lower case, classic tone style). */
  vocabulary: readonly string[];
  /** Ids below this were seen in training (class tokens included); the rest are possible but unseen syllables. */
  attestedSize: number;
  /** Per id, how often it was seen in training (as the word predicted, so `<s>` never). */
  wordCounts: Uint32Array;
  /** Per id, the share of capitalised mid-sentence occurrences, scaled to 0–255. */
  capitalizedShare: Uint8Array;
  /** Lower-case tokens that are not one syllable but were seen whole, sorted. */
  wholeTokens: readonly string[];
  /** How often each of `wholeTokens` was seen. */
  wholeTokenCounts: Uint32Array;
}
