// Places where text may be cut into pieces that clean on their own: no repair looks across them.
import { SENTENCE_FINAL } from './model/map-tokens.js';
import type { CleanResult } from './types.js';

/** The spaces the tokenizer reads as a space run. */
export const SPACE = '[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]';

/**
 * A sentence ends, then a run of spaces, then a new sentence: the language model breaks sentences
 * there, so no repair looks across it. The cut is at the end of the match.
 */
export const SENTENCE_CUT = new RegExp(`[.!?\\u2026]["'\\u201D\\u2019\\u00BB)\\]]*${SPACE}+(?=[\\p{Lu}\\p{N}"\\u201C\\u2018\\u00AB(])`, 'gu');

/** The offsets after which a line may be cut between sentences, in order. */
export function sentenceCuts(line: string): number[] {
  const cuts: number[] = [];
  SENTENCE_CUT.lastIndex = 0;
  for (let match = SENTENCE_CUT.exec(line); match !== null; match = SENTENCE_CUT.exec(line)) {
    cuts.push(match.index + match[0].length);
  }
  return cuts;
}

// The language model reads a line break as a space when the line before it ends with no mark that ends
// a sentence and a word opens the next (`continuesSentence`); the pipeline cleans such lines together.
// This only has to let through every pair of lines the model could join: a line that ends with
// `. ! ? …`, or a line that opens with a digit, punctuation, a symbol or nothing, is never joined.
const OPENS_NO_WORD = /[\p{N}\p{P}\p{S}\n\r]/u;

/** Where the spaces and tabs that start at `from` end. */
export function skipBlanks(text: string, from: number): number {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

/**
 * Whether the line that starts at `start` (just after a line break) may go on with the sentence of the
 * line before it, so that the two are cleaned together.
 */
export function mayContinueLine(text: string, start: number): boolean {
  // Back over the line break that ends the line before, then its trailing spaces.
  let before = text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  const last = text[before - 1];
  if (before <= 0 || SENTENCE_FINAL.has(last) || last === '\n' || last === '\r') return false;
  const at = skipBlanks(text, start);
  return at < text.length && !OPENS_NO_WORD.test(text[at]);
}

/** What a piece of text that follows `text` sees before it: the line break, a space, or nothing. */
export function contextAfter(text: string): string {
  const last = text[text.length - 1];
  if (last === '\n' || last === '\r') return last;
  return /\s/u.test(last ?? '') ? ' ' : '';
}

/**
 * Cleans a piece of text as the whole text would have cleaned it: what precedes it (`context`, from
 * {@link contextAfter}) is put in front, so that rules about the start of a text or a line see it, and
 * taken off again. If a rule changed the context, its view is not trusted and the piece is cleaned alone.
 * @param clean Cleans a text.
 * @returns The piece's output, with edit offsets into the piece.
 */
export function cleanAfter(context: string, text: string, clean: (text: string) => CleanResult): CleanResult {
  if (context !== '') {
    const result = clean(context + text);
    const shift = context.length;
    if (result.text.startsWith(context) && result.edits.every((edit) => edit.start >= shift)) {
      return { text: result.text.slice(shift), edits: result.edits.map((edit) => ({ ...edit, start: edit.start - shift, end: edit.end - shift })) };
    }
  }
  return clean(text);
}
