import { skeletonOf } from '../orthography/letters.js';
import { ownString } from '../own-string.js';
import type { ModelData } from './model-data.js';
import type { LanguageModel } from './types.js';
import { CLASS_IDS, CLASS_TOKENS, UNK, foldWord } from './vocabulary.js';
import { buildBigramSlots, indexOverSlots, type BigramSlots } from './bigram-index.js';
import type { ValueTable } from './quantize.js';
import { indexInSortedRange } from './sorted-range.js';

const MAX_FOLDED_WORDS = 100_000;

/** The values of a table as a codebook and, when quantised, codes into it (else the index is the code). */
function levelsOf(table: ValueTable): { levels: Float32Array; codes: Uint8Array | undefined } {
  return table instanceof Float32Array ? { levels: table, codes: undefined } : { levels: table.codebook, codes: table.codes };
}

function indexSyllables(vocabulary: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let id = CLASS_TOKENS.length; id < vocabulary.length; id++) index.set(vocabulary[id], id);
  return index;
}

/**
 * Builds a {@link LanguageModel} over model data (decoded from the bundled module, or estimated in
 * memory by a script or a test).
 * @param data Vocabulary, n-gram tables and the lists for the repair stages.
 * @param bigramSlots The bigram hash table of these tables when it was built already (by
 * `buildBigramSlots`, for several threads that share it); built here when left out.
 * @throws RangeError when the class tokens are not the first ids.
 */
export function createModel(data: ModelData, bigramSlots?: BigramSlots): LanguageModel {
  CLASS_TOKENS.forEach((token, id) => {
    if (data.vocabulary[id] !== token) throw new RangeError(`Expected \`${token}\` as id ${id}`);
  });
  const index = indexSyllables(data.vocabulary);
  const { bigramOffsets, bigramWords, bigramBackoff, unigramLogProb, unigramBackoff } = data;
  const { trigramOffsets, trigramWords } = data;
  const { levels: bigramLevels, codes: bigramCodes } = levelsOf(data.bigramLogProb);
  const { levels: trigramLevels, codes: trigramCodes } = levelsOf(data.trigramLogProb);
  let bySkeleton: Map<string, number[]> | undefined;
  let wholeTokens: Map<string, number> | undefined;

  // Words not written as the vocabulary writes them (capitals, the other tone style, unknown words),
  // with their ids: folding a word costs more than looking it up.
  const foldedIds = new Map<string, number>();

  function idOf(word: string): number {
    const direct = index.get(word);
    if (direct !== undefined) return direct;
    let id = foldedIds.get(word);
    if (id === undefined) {
      const key = foldWord(word);
      id = key === undefined ? UNK : (index.get(key) ?? UNK);
      if (foldedIds.size >= MAX_FOLDED_WORDS) foldedIds.clear();
      foldedIds.set(ownString(word), id);
    }
    return id;
  }

  // Callers ask for many words after the same two (the candidates of one position): the place of
  // the last context is kept.
  let lastW1 = -1;
  let lastW2 = -1;
  let lastContext = -1;

  const slots = bigramSlots ?? buildBigramSlots(bigramOffsets, bigramWords, data.size);
  const bigramIndex = slots && indexOverSlots(slots, data.size);
  const findBigram = bigramIndex
    ? (w1: number, w2: number) => bigramIndex.find(w1, w2)
    : (w1: number, w2: number) => indexInSortedRange(bigramWords, bigramOffsets[w1], bigramOffsets[w1 + 1], w2);

  function logProb(w1: number, w2: number, w3: number): number {
    let backoff = 0;
    if (w1 !== lastW1 || w2 !== lastW2) {
      lastContext = findBigram(w1, w2);
      lastW1 = w1;
      lastW2 = w2;
    }
    const context = lastContext;
    if (context >= 0) {
      const hit = indexInSortedRange(trigramWords, trigramOffsets[context], trigramOffsets[context + 1], w3);
      if (hit >= 0) return trigramLevels[trigramCodes === undefined ? hit : trigramCodes[hit]];
      backoff = bigramBackoff[context];
    }
    const bigram = findBigram(w2, w3);
    if (bigram >= 0) return backoff + bigramLevels[bigramCodes === undefined ? bigram : bigramCodes[bigram]];
    return backoff + unigramBackoff[w2] + unigramLogProb[w3];
  }

  function syllablesWithSkeleton(skeleton: string): readonly number[] {
    if (bySkeleton === undefined) {
      bySkeleton = new Map();
      for (let id = CLASS_TOKENS.length; id < data.attestedSize; id++) {
        const key = skeletonOf(data.vocabulary[id]);
        const ids = bySkeleton.get(key);
        if (ids === undefined) bySkeleton.set(key, [id]);
        else ids.push(id);
      }
    }
    return bySkeleton.get(skeleton) ?? [];
  }

  function wholeTokenCount(lowerWord: string): number {
    if (wholeTokens === undefined) {
      wholeTokens = new Map();
      for (let i = 0; i < data.wholeTokens.length; i++) wholeTokens.set(data.wholeTokens[i], data.wholeTokenCounts[i]);
    }
    return wholeTokens.get(lowerWord) ?? wholeTokens.get(lowerWord.toLowerCase()) ?? 0;
  }

  let wordTotal: number | undefined;

  function logFrequency(id: number): number {
    if (wordTotal === undefined) {
      wordTotal = 0;
      for (let i = 0; i < data.wordCounts.length; i++) wordTotal += data.wordCounts[i];
    }
    return Math.log(Math.max(data.wordCounts[id], 0.5) / wordTotal);
  }

  let wholeTokenTotal: number | undefined;

  // Every unseen word shares half a count, so a word seen once is still likelier than an unseen one.
  function unknownWordLogProb(word: string): number {
    if (wholeTokenTotal === undefined) {
      wholeTokenTotal = 1;
      for (let i = 0; i < data.wholeTokenCounts.length; i++) wholeTokenTotal += data.wholeTokenCounts[i];
    }
    return Math.log((wholeTokenCount(word.toLowerCase()) + 0.5) / wholeTokenTotal);
  }

  return {
    ...CLASS_IDS,
    size: data.size,
    attestedSize: data.attestedSize,
    idOf,
    wordOf: (id) => data.vocabulary[id],
    logProb,
    logFrequency,
    wordCount: (id) => data.wordCounts[id],
    syllablesWithSkeleton,
    wholeTokenCount,
    unknownWordLogProb,
    capitalizedShare: (id) => data.capitalizedShare[id] / 255,
  };
}
