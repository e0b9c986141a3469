import type { Token } from '../types.js';
import type { LmSequence } from './map-tokens.js';
import { BOS, CLASS_TOKENS, PUNCT } from './vocabulary.js';

/** Punctuation after which a capital still marks a name (inside a clause), unlike `:` or quotes. */
const CLAUSE_PUNCTUATION = new Set([',', ';']);

/**
 * Counts, per id, mid-sentence occurrences in lower case and capitalised (first letter only);
 * all-caps and mixed-case spellings say nothing about names and are left out.
 */
export class CaseCounter {
  readonly lower: Float64Array;
  readonly capitalized: Float64Array;

  /** @param size Number of ids. */
  constructor(size: number) {
    this.lower = new Float64Array(size);
    this.capitalized = new Float64Array(size);
  }

  /** Adds the syllables of one mapped document. */
  add(tokens: readonly Token[], sequence: LmSequence): void {
    const { ids, tokenIndex } = sequence;
    for (let k = 1; k < ids.length; k++) {
      if (ids[k] < CLASS_TOKENS.length) continue;
      const previous = ids[k - 1];
      if (previous === BOS) continue;
      if (previous === PUNCT && !CLAUSE_PUNCTUATION.has(tokens[tokenIndex[k - 1]].text)) continue;
      const text = tokens[tokenIndex[k]].text;
      const lower = text.toLowerCase();
      if (text === lower) this.lower[ids[k]]++;
      else if (text.slice(1) === lower.slice(1)) this.capitalized[ids[k]]++;
    }
  }

  /** Share of capitalised occurrences per id, scaled to 0–255. */
  shares(): Uint8Array {
    const out = new Uint8Array(this.lower.length);
    for (let id = 0; id < out.length; id++) {
      const total = this.lower[id] + this.capitalized[id];
      if (total > 0) out[id] = Math.round((255 * this.capitalized[id]) / total);
    }
    return out;
  }

  /** The counter with ids renumbered: `order[newId] = oldId`. */
  reorder(order: ArrayLike<number>): CaseCounter {
    const out = new CaseCounter(order.length);
    for (let id = 0; id < order.length; id++) {
      out.lower[id] = this.lower[order[id]];
      out.capitalized[id] = this.capitalized[order[id]];
    }
    return out;
  }
}
