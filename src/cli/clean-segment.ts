import { cleanWithEdits, type CleanOptions, type CleanResult } from '../index.js';
import type { Segment } from './segment-text.js';

/**
 * Cleans one segment as the whole text would have cleaned it: the segment's context is put in front,
 * so that rules about the start of the text (a byte-order mark, a sentence start) see what precedes it.
 * @param segment The text and what it follows.
 * @param options Options of `cleanWithEdits`.
 * @returns The segment's output, with edit offsets into the segment's text.
 */
export function cleanSegment(segment: Segment, options?: CleanOptions): CleanResult {
  const { text, context } = segment;
  if (context !== '') {
    const result = cleanWithEdits(context + text, options);
    const shift = context.length;
    // The context is only a stand-in for what came before; if a rule changed it, its view is not trusted.
    if (result.text.startsWith(context) && result.edits.every((edit) => edit.start >= shift)) {
      return {
        text: result.text.slice(shift),
        edits: result.edits.map((edit) => ({ ...edit, start: edit.start - shift, end: edit.end - shift })),
      };
    }
  }
  return cleanWithEdits(text, options);
}
