import { tokenize } from '../tokenize.js';
import type { Token } from '../types.js';
import { CaseCounter } from './case-counter.js';
import { countNgrams } from './count-ngrams.js';
import { createModel } from './create-model.js';
import { estimateModel, type PruneOptions } from './estimate-model.js';
import { mapTokensToIds, type LmSequence } from './map-tokens.js';
import type { ModelData } from './model-data.js';
import type { LanguageModel } from './types.js';
import { BOS, CLASS_TOKENS, EOS, NUM, PUNCT, UNK, foldWord } from './vocabulary.js';

/** Options of {@link createModelDataFromText}. */
export interface TextModelOptions extends PruneOptions {
  /** Extra syllables to put in the vocabulary though the texts do not use them. */
  extraSyllables?: readonly string[];
  /** Whole-token counts to ship with the model (`{ taxi: 5 }`). */
  wholeTokens?: Readonly<Record<string, number>>;
}

/**
 * Estimates model data from a few texts, tokenized and mapped exactly as the bundled model's
 * corpus was (for tests and small experiments). Capitalised shares are counted as in the build.
 * @param texts Training texts.
 * @param options Pruning, extra vocabulary and whole tokens.
 */
export function createModelDataFromText(texts: readonly string[], options: TextModelOptions = {}): ModelData {
  const docs = texts.map((text) => tokenize(text).tokens);
  const frequency = new Map<string, number>();
  for (const word of options.extraSyllables ?? []) {
    const key = foldWord(word);
    if (key !== undefined && !frequency.has(key)) frequency.set(key, 0);
  }
  for (const tokens of docs) {
    for (const token of tokens) {
      if (token.kind !== 'word') continue;
      const key = foldWord(token.text);
      if (key !== undefined) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    }
  }
  const syllables = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const vocabulary = [...CLASS_TOKENS, ...syllables];
  const index = new Map(syllables.map((word, i) => [word, CLASS_TOKENS.length + i]));
  const mapper = {
    bos: BOS,
    eos: EOS,
    unk: UNK,
    num: NUM,
    punct: PUNCT,
    idOf: (word: string) => index.get(foldWord(word) ?? '') ?? UNK,
  };
  const sequences = docs.map((tokens) => mapTokensToIds(tokens, mapper, { joinWrappedLines: false }));
  const stream = new Int32Array(sequences.reduce((sum, s) => sum + s.ids.length, 0));
  let at = 0;
  for (const sequence of sequences) {
    stream.set(sequence.ids, at);
    at += sequence.ids.length;
  }
  const counts = countNgrams(stream, vocabulary.length);
  const { tables } = estimateModel(counts, options);
  const whole = Object.entries(options.wholeTokens ?? {}).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    ...tables,
    vocabulary,
    attestedSize: CLASS_TOKENS.length + syllables.filter((word) => (frequency.get(word) ?? 0) > 0).length,
    wordCounts: Uint32Array.from(counts.unigramCounts),
    capitalizedShare: countCases(docs, sequences, vocabulary.length).shares(),
    wholeTokens: whole.map(([word]) => word),
    wholeTokenCounts: Uint32Array.from(whole.map(([, count]) => count)),
  };
}

function countCases(docs: readonly Token[][], sequences: readonly LmSequence[], size: number): CaseCounter {
  const counter = new CaseCounter(size);
  sequences.forEach((sequence, d) => counter.add(docs[d], sequence));
  return counter;
}

/**
 * A {@link LanguageModel} estimated from a few texts (see {@link createModelDataFromText}).
 * @param texts Training texts.
 * @param options Pruning, extra vocabulary and whole tokens.
 */
export function createModelFromText(texts: readonly string[], options: TextModelOptions = {}): LanguageModel {
  return createModel(createModelDataFromText(texts, options));
}
