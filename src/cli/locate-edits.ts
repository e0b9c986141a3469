import type { Edit } from '../index.js';

/** An edit with its place: line and column counted from the start of the text it was found in. */
export interface LocatedEdit extends Edit {
  /** Line breaks between the start of the text and the edit. */
  lineDelta: number;
  /** Characters (code points) between the start of the edit's line, or of the text, and the edit. */
  column: number;
}

/** Where a text ends: the line breaks in it and the characters after the last one. */
export interface TextExtent {
  lines: number;
  tailColumns: number;
}

/**
 * Counts code points in `text.slice(from, to)`.
 * @param text Any string.
 * @param from First UTF-16 index.
 * @param to Index after the last.
 */
export function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    // A low surrogate after a high one belongs to the same code point.
    const paired = code >= 0xdc00 && code <= 0xdfff && index > from && isHighSurrogate(text.charCodeAt(index - 1));
    if (!paired) count++;
  }
  return count;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Lists where the lines of `text` start: after each LF, CRLF or lone CR.
 * @param text Any string.
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) starts.push(index + 1);
    else if (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a) starts.push(index + 1);
  }
  return starts;
}

function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Gives each edit its line and column within `text`, and measures `text`.
 * @param text The text the edits' offsets point into.
 * @param edits Edits sorted by offset.
 */
export function locateEdits(text: string, edits: readonly Edit[]): { edits: LocatedEdit[]; extent: TextExtent } {
  const starts = lineStartsOf(text);
  // Columns are counted on from the edit before on the same line: many edits on one long line stay linear.
  let line = -1;
  let counted = 0;
  let column = 0;
  const located = edits.map((edit) => {
    const lineDelta = lineIndexOf(starts, edit.start);
    if (lineDelta !== line || edit.start < counted) {
      line = lineDelta;
      counted = starts[lineDelta];
      column = 0;
    }
    column += countCodePoints(text, counted, edit.start);
    counted = edit.start;
    return { ...edit, lineDelta, column };
  });
  const last = starts[starts.length - 1];
  return { edits: located, extent: { lines: starts.length - 1, tailColumns: countCodePoints(text, last, text.length) } };
}
