import type { Token } from '../types.js';

/** Marks after which a capital starts a clause (a quotation, a heading's text) rather than a name. */
const OPENS_CLAUSE = new Set(['"', '“', "'", '‘', '(', '[', ':', '-', '–', '—', '…']);

/**
 * Whether a capital on the word after `before` says nothing of a name: the word opens its sentence, or
 * follows a mark that opens a clause (`Thông báo: Hàng nghìn`, `nói: "Tôi`).
 * @param before The token before the word, spaces aside; `undefined` at the start of a sentence.
 */
export function startsClause(before: Token | undefined): boolean {
  return before === undefined || (before.kind === 'punctuation' && OPENS_CLAUSE.has(before.text));
}
