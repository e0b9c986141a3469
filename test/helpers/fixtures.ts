// Test data read from the repository itself, so the suite runs without the corpus.
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);

/** Reads a UTF-8 file of the repository. @param path Path from the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(new URL(path, ROOT), 'utf8');
}

/** One fixture article: the text as found and its hand-checked gold output. */
export interface Article {
  id: string;
  input: string;
  gold: string;
}

/** Names (without extension) of the fixture articles in `fixtures/`. */
export const ARTICLE_IDS = ['000_6a7ce73d3663950d', '004_74a1b0eedb10951d'] as const;

/** Reads one fixture article and its gold. @param id One of {@link ARTICLE_IDS}. */
export function readArticle(id: string): Article {
  return { id, input: readRepoFile(`fixtures/${id}.txt`), gold: readRepoFile(`fixtures/${id}.gold.txt`) };
}

/** Every fixture article. */
export function readArticles(): Article[] {
  return ARTICLE_IDS.map(readArticle);
}

/** A row of the syllable inventory. */
export interface InventoryRow {
  syllable: string;
  /** `rule`: standard spelling; `attested`/`hunspell`: seen in text or a word list, not standard. */
  kind: 'rule' | 'attested' | 'hunspell';
  /** `old`/`new`: the classic/modern placement of an open oa/oe/uy rime; empty when both agree. */
  toneStyle: '' | 'old' | 'new';
}

let inventory: InventoryRow[] | undefined;

/** The syllable inventory of `test/fixtures-data/syllables.txt`, most frequent first. */
export function readSyllableInventory(): InventoryRow[] {
  inventory ??= readRepoFile('test/fixtures-data/syllables.txt')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('syllable\t'))
    .map((line) => {
      const [syllable, kind, toneStyle = ''] = line.split('\t');
      return { syllable, kind, toneStyle } as InventoryRow;
    });
  return inventory;
}

/** The standard (`rule`) syllables, most frequent first, one per spelling. */
export function readRuleSyllables(): string[] {
  return readSyllableInventory()
    .filter((row) => row.kind === 'rule')
    .map((row) => row.syllable);
}
