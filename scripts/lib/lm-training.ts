// Reading the corpus into what the language model is built from: a stream of LM ids with sentence
// boundaries, plus the case and whole-token statistics the repair stages use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../src/tokenize.js';
import type { Token } from '../../src/types.js';
import { mapTokensToIds, type LmSequence } from '../../src/model/map-tokens.js';
import type { LanguageModel } from '../../src/model/types.js';
import { CLASS_IDS, CLASS_TOKENS, UNK, foldWord } from '../../src/model/vocabulary.js';
import { NEWS_SOURCES, documentsOf, isHeldOut, type CorpusSource } from './corpus.js';

/** The mapping part of a model: enough to turn tokens into ids. */
export type IdMapper = Pick<LanguageModel, 'idOf' | 'bos' | 'eos' | 'unk' | 'num' | 'punct'>;

/** Every `class=rule` syllable of the inventory, folded to lower-case classic style, sorted. */
export function loadSyllableInventory(corpusDir: string): string[] {
  const rows = readFileSync(join(corpusDir, 'lexicon', 'syllables.tsv'), 'utf8').split('\n').slice(1);
  const syllables = new Set<string>();
  for (const row of rows) {
    const [syllable, kind] = row.split('\t');
    if (kind !== 'rule') continue;
    const folded = foldWord(syllable);
    if (folded === undefined) throw new Error(`Inventory syllable \`${syllable}\` does not parse`);
    syllables.add(folded);
  }
  return [...syllables].sort();
}

/** A mapper with ids: class tokens, then `words` in order; it caches the folding of raw words. */
export function createIdMapper(words: readonly string[]): IdMapper {
  const index = new Map<string, number>();
  words.forEach((word, i) => index.set(word, CLASS_TOKENS.length + i));
  const cache = new Map<string, number>();
  return {
    ...CLASS_IDS,
    idOf(word) {
      let id = cache.get(word);
      if (id === undefined) {
        const key = foldWord(word);
        id = key === undefined ? UNK : (index.get(key) ?? UNK);
        if (cache.size < 2_000_000) cache.set(word, id);
      }
      return id;
    },
  };
}

/** A growing array of ids. */
export class IdStream {
  private ids = new Int32Array(1 << 20);
  length = 0;

  /** Appends ids. */
  push(ids: Int32Array): void {
    if (this.length + ids.length > this.ids.length) {
      const grown = new Int32Array(Math.max(this.ids.length * 2, this.length + ids.length));
      grown.set(this.ids.subarray(0, this.length));
      this.ids = grown;
    }
    this.ids.set(ids, this.length);
    this.length += ids.length;
  }

  /** The ids pushed so far. */
  view(): Int32Array {
    return this.ids.subarray(0, this.length);
  }
}

/** A document as the model sees it. */
export interface MappedDocument {
  source: CorpusSource;
  tokens: Token[];
  sequence: LmSequence;
}

/**
 * The news documents of one split, tokenized and mapped (news-ud-vtb is not a news training source).
 * @param corpusDir The corpus folder.
 * @param split `train` (documents not held out) or `held-out`.
 * @param mapper How words become ids.
 */
export async function* readNews(corpusDir: string, split: 'train' | 'held-out', mapper: IdMapper): AsyncGenerator<MappedDocument> {
  for (const source of NEWS_SOURCES) {
    for await (const text of documentsOf(corpusDir, source)) {
      if (isHeldOut(text) !== (split === 'held-out')) continue;
      const { tokens } = tokenize(text);
      yield { source, tokens, sequence: mapTokensToIds(tokens, mapper, { joinWrappedLines: false }) };
    }
  }
}

/**
 * Plain tokens of every document of a source that is not news (for the whole-token list).
 * @param corpusDir The corpus folder.
 * @param source The source.
 */
export async function* readTokens(corpusDir: string, source: CorpusSource): AsyncGenerator<Token[]> {
  for await (const text of documentsOf(corpusDir, source)) yield tokenize(text).tokens;
}
