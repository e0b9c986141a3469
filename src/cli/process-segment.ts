import { cleanSegment, cleanWithEdits, createSegmenter, type CleanOptions, type CleanResult, type Edit } from '../index.js';
import { findJsonField } from './find-json-field.js';
import { countCodePoints, lineStartsOf, locateEdits, type LocatedEdit, type TextExtent } from './locate-edits.js';

/** One segment of an input to clean, as sent to a worker. */
export interface SegmentTask {
  text: string;
  context: string;
  options: CleanOptions;
  /** With `--jsonl`: the field to clean in each record (the segment then holds whole lines). */
  field?: string;
  /** Whether the edits are wanted (`--stats`, `--check`, `--report`); without, only how many there are. */
  placeEdits: boolean;
}

/** A cleaned segment: its output, its edits placed by line and column, and where it ends. */
export interface SegmentResult {
  /** The output; from a worker thread, as UTF-8 bytes, which move between threads without a copy. */
  text: string | Uint8Array;
  /**
   * Edits, when the task asked for them (else none); with `--jsonl`, their offsets and columns count
   * from the start of the field's value.
   */
  edits: LocatedEdit[];
  /** How many edits were made, placed or not. */
  editCount: number;
  extent: TextExtent;
}

/** A segment cleaned on this thread: its output as a string. */
export type TextResult = SegmentResult & { text: string };

/** A JSON Lines record that is not valid JSON; `lineDelta` counts lines from the segment's start. */
export class RecordError extends Error {
  readonly lineDelta: number;

  /**
   * @param lineDelta The record's line, from 0 at the start of the segment.
   * @param message What is wrong.
   */
  constructor(lineDelta: number, message: string) {
    super(message);
    this.name = 'RecordError';
    this.lineDelta = lineDelta;
  }
}

const BLANK = /^[ \t\r\n]*$/;

/**
 * Cleans a record's text as the streaming API cleans text: whole when it fits one segment, else segment
 * by segment, so that a record whose text is one enormous line needs no more memory than a segment.
 */
function cleanValue(value: string, options: CleanOptions): CleanResult {
  const segmenter = createSegmenter();
  const segments = [...segmenter.push(value), ...segmenter.end()];
  if (segments.length <= 1) return cleanWithEdits(value, options);
  let text = '';
  const edits: Edit[] = [];
  let offset = 0;
  for (const segment of segments) {
    const result = cleanSegment(segment, options);
    for (const edit of result.edits) edits.push({ ...edit, start: edit.start + offset, end: edit.end + offset });
    text += result.text;
    offset += segment.text.length;
  }
  return { text, edits };
}

function cleanRecord(line: string, lineDelta: number, task: SegmentTask, edits: LocatedEdit[]): { line: string; editCount: number } {
  if (BLANK.test(line)) return { line, editCount: 0 };
  try {
    JSON.parse(line);
  } catch (error) {
    throw new RecordError(lineDelta, `not a JSON record (${(error as Error).message})`);
  }
  const span = findJsonField(line, task.field!);
  if (!span || line[span.start] !== '"') return { line, editCount: 0 };
  const value = JSON.parse(line.slice(span.start, span.end)) as string;
  const result = cleanValue(value, task.options);
  if (result.edits.length === 0) return { line, editCount: 0 };
  if (task.placeEdits) for (const edit of result.edits) edits.push({ ...edit, lineDelta, column: countCodePoints(value, 0, edit.start) });
  return { line: line.slice(0, span.start) + JSON.stringify(result.text) + line.slice(span.end), editCount: result.edits.length };
}

function processRecords(task: SegmentTask): TextResult {
  const starts = lineStartsOf(task.text);
  const edits: LocatedEdit[] = [];
  let editCount = 0;
  let text = '';
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index];
    const end = index + 1 < starts.length ? starts[index + 1] : task.text.length;
    const line = task.text.slice(start, end);
    const body = line.replace(/\r?\n$|\r$/, '');
    const record = cleanRecord(body, index, task, edits);
    text += record.line + line.slice(body.length);
    editCount += record.editCount;
  }
  const last = starts[starts.length - 1];
  return { text, edits, editCount, extent: { lines: starts.length - 1, tailColumns: countCodePoints(task.text, last, task.text.length) } };
}

/**
 * Cleans one segment and places its edits: as text, or with `field` set, as JSON Lines records whose
 * field is cleaned and whose other bytes stay as they were.
 * @param task The segment, its context and the cleaning options.
 * @throws RecordError when a JSON Lines record is not valid JSON.
 */
export function processSegment(task: SegmentTask): TextResult {
  if (task.field !== undefined) return processRecords(task);
  const result = cleanSegment({ text: task.text, context: task.context }, task.options);
  // Placing an edit costs more than making it where every word is one (`--restore always`).
  const { edits, extent } = locateEdits(task.text, task.placeEdits ? result.edits : []);
  return { text: result.text, edits, editCount: result.edits.length, extent };
}
