import type { CleanOptions } from '../index.js';
import { cleanSegment } from './clean-segment.js';
import { locateEdits, type LocatedEdit, type TextExtent } from './locate-edits.js';

/** One segment of an input to clean, as sent to a worker. */
export interface SegmentTask {
  text: string;
  context: string;
  options: CleanOptions;
}

/** A cleaned segment: its output, its edits placed by line and column, and where it ends. */
export interface SegmentResult {
  text: string;
  edits: LocatedEdit[];
  extent: TextExtent;
}

/**
 * Cleans one segment and places its edits.
 * @param task The segment, its context and the cleaning options.
 */
export function processSegment(task: SegmentTask): SegmentResult {
  const result = cleanSegment({ text: task.text, context: task.context }, task.options);
  const { edits, extent } = locateEdits(task.text, result.edits);
  return { text: result.text, edits, extent };
}
