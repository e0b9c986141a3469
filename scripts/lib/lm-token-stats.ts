// Whole-token counts gathered next to the n-gram counts.
import type { Token } from '../../src/types.js';
import { foldWord } from '../../src/model/vocabulary.js';

const LETTERS = /^[\p{L}\p{M}]+$/u;

/** Counts lower-cased letter tokens that are not one Vietnamese syllable (`taxi`, `samsung`, `đắk`). */
export class WholeTokenCounter {
  readonly counts = new Map<string, number>();

  /** Adds the word tokens of one document. */
  add(tokens: readonly Token[]): void {
    for (const token of tokens) {
      if (token.kind !== 'word' && token.kind !== 'acronym') continue;
      this.addWord(token.text, 1);
    }
  }

  /** Adds one word `times` times, if it is a letter token that is not a syllable. */
  addWord(word: string, times: number): void {
    if (!LETTERS.test(word) || foldWord(word) !== undefined) return;
    const key = word.toLowerCase();
    this.counts.set(key, (this.counts.get(key) ?? 0) + times);
  }

  /** Raises a word's count to at least `floor` (attested names from lists). */
  raiseTo(word: string, floor: number): void {
    if (!LETTERS.test(word) || foldWord(word) !== undefined) return;
    const key = word.toLowerCase();
    this.counts.set(key, Math.max(this.counts.get(key) ?? 0, floor));
  }

  /** Tokens seen at least `minCount` times that `keep` accepts, at most `limit` of the most frequent, sorted by text. */
  select(minCount: number, limit: number, keep: (word: string) => boolean = () => true): { words: string[]; counts: Uint32Array } {
    const kept = [...this.counts].filter(([word, count]) => count >= minCount && keep(word));
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const top = kept.slice(0, limit).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { words: top.map(([word]) => word), counts: Uint32Array.from(top.map(([, count]) => count)) };
  }
}
