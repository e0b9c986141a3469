// Sentences of news text, and which of them are long and Vietnamese enough to corrupt.
import { isVietnameseSyllable } from '../../src/orthography/syllable.js';
import { tokenize } from '../../src/tokenize.js';
import type { Token, TokenKind } from '../../src/types.js';

/** A `[start, end)` range of a string. */
export interface Span {
  start: number;
  end: number;
}

/** Fewest whitespace-separated tokens a sampled sentence has. */
export const MIN_SENTENCE_TOKENS = 8;

/** Fewest Vietnamese syllables a sampled sentence has. */
export const MIN_SENTENCE_SYLLABLES = 5;

// A stop, then closing quotes or brackets, then space and something that opens a sentence.
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])/gu;
// `TP.`, `PGS.`, `A.`: a dot after a short all-capital abbreviation or an initial does not end a sentence.
const ABBREVIATION = /(?:^|[^\p{L}])\p{Lu}{1,4}$/u;

/**
 * Splits one line of text into sentences at `.`, `!`, `?` or `…` followed by space and a capital or digit.
 * @param line A line without line breaks.
 * @returns The sentences' spans, trimmed, in order.
 */
export function splitSentences(line: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const at = match.index;
    if (match[0] === '.' && ABBREVIATION.test(line.slice(Math.max(0, at - 6), at))) continue;
    pushTrimmed(spans, line, start, at + match[0].length);
    start = at + match[0].length;
  }
  pushTrimmed(spans, line, start, line.length);
  return spans;
}

function pushTrimmed(spans: Span[], line: string, start: number, end: number): void {
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

/**
 * Splits a document into its lines, then each line into sentences.
 * @param document Text with `\n` between lines.
 * @returns The sentences of every line, each with the sentences of its line (for windows across them).
 */
export function sentencesOf(document: string): string[][] {
  return document
    .split('\n')
    .map((line) => splitSentences(line).map((span) => line.slice(span.start, span.end)))
    .filter((line) => line.length > 0);
}

const WORD_KINDS: ReadonlySet<TokenKind> = new Set(['word', 'number', 'code', 'acronym', 'url', 'email', 'mention', 'hashtag', 'path', 'inline-code']);

/**
 * Counts the words of a text: letter and digit runs and other protected tokens, not spaces or punctuation.
 * Rates per 10,000 tokens use this count, so spaced-out punctuation (`a , b`) does not inflate it.
 * @param text Any text.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of tokenize(text).tokens) if (WORD_KINDS.has(token.kind)) count++;
  return count;
}

/**
 * Whether a sentence may be sampled: at least 8 whitespace-separated tokens, at least 5 of its words Vietnamese syllables.
 * @param sentence One sentence.
 * @param tokens The sentence's tokens, when already at hand.
 */
export function isSampleableSentence(sentence: string, tokens: readonly Token[] = tokenize(sentence).tokens): boolean {
  const parts = sentence.split(/\s+/).filter((part) => part !== '');
  if (parts.length < MIN_SENTENCE_TOKENS) return false;
  let syllables = 0;
  for (const token of tokens) {
    if (token.kind === 'word' && isVietnameseSyllable(token.text) && ++syllables >= MIN_SENTENCE_SYLLABLES) return true;
  }
  return false;
}
