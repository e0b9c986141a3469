import type { Writable } from 'node:stream';
import { createSegmenter, decodeLegacy, type CleanOptions, type LegacyEncoding, type Segment, type Segmenter } from '../index.js';
import { createUtf8Decoder, Utf8Error, type Utf8Decoder } from './decode-utf8.js';
import type { PlacedEdit } from './format-edit.js';
import type { OrderedQueue } from './ordered-queue.js';
import { writeText, type OutputSink } from './output-sink.js';
import { RecordError, type SegmentResult, type SegmentTask } from './process-segment.js';
import { describeFsError, InputError, type Input } from './read-input.js';
import { createUnifiedDiff } from './unified-diff.js';

/**
 * Starts cleaning a segment, here or elsewhere.
 * @param task The segment.
 * @param alone Whether it is the whole of the only input (too little to be worth a worker).
 */
export type SegmentRunner = (task: SegmentTask, alone: boolean) => Promise<SegmentResult>;

/** What cleaning an input needs besides the input itself. */
export interface CleanInputContext {
  options: CleanOptions;
  /** With `--jsonl`: the field to clean in each record. */
  field: string | undefined;
  run: SegmentRunner;
  queue: OrderedQueue;
  /** Where `--diff` output goes, when asked for. */
  diffTo: Writable | undefined;
  refuseBinary: boolean;
  /** `--from`: decode each input from this legacy encoding (read whole, since `auto` needs all of it). */
  from?: LegacyEncoding | 'auto';
  /** Whether this is the only input. */
  only: boolean;
  /** Called for each edit, in turn; `undefined` when nothing reads the edits, which are then only counted. */
  onEdit: ((edit: PlacedEdit) => Promise<void>) | undefined;
  /** Bytes of input cleaned and written, in turn. */
  onBytes(count: number): void;
  /** Called in turn when an input fails, with the error that says why. */
  onFailure(error: InputError): Promise<void>;
  /** Called in turn when an input was cleaned to its end. */
  onFinish(changed: boolean): Promise<void>;
}

const BOM = '\uFEFF';
const RECORD_LINE_LIMIT = Number.POSITIVE_INFINITY;
// Lines are batched into segments of about 32,768 UTF-16 units, half the library's default: the strings
// of a segment then stay under V8's 128 KB bound for ordinary heap objects, which die young, where
// longer ones go to the large-object space and stay there until a full collection (tens of MB per thread).
const SEGMENT_LENGTH = 32_768;

// Legacy text is decoded whole: detection reads all of it, and some encodings spell a letter in two bytes.
function createLegacyDecoder(from: LegacyEncoding | 'auto'): Utf8Decoder {
  const chunks: Uint8Array[] = [];
  return {
    decode(bytes) {
      chunks.push(bytes);
      return '';
    },
    end() {
      return decodeLegacy(Buffer.concat(chunks), { from });
    },
  };
}

const utf8 = new TextDecoder();

const textOf = (output: string | Uint8Array): string => (typeof output === 'string' ? output : utf8.decode(output));

function decodeOrExplain(decode: () => string, label: string): string {
  try {
    return decode();
  } catch (error) {
    if (error instanceof Utf8Error) {
      throw new InputError(label, `not valid UTF-8: invalid byte sequence at byte offset ${error.offset}`);
    }
    throw error;
  }
}

/**
 * Reads one input to its end, cutting it into segments and starting their cleaning; the results are
 * written, diffed and reported in order as the queue hands them back. A failure (unreadable, binary,
 * not UTF-8, a broken record) aborts the sink, so that an in-place file is left as it was.
 * @param open Opens the input and its sink; an InputError from it counts as a failure of the input.
 * @param label How messages and reports name the input.
 * @param context Options, runner, queue and callbacks.
 */
export async function cleanInput(
  open: () => Promise<{ input: Input; sink: OutputSink }>,
  label: string,
  context: CleanInputContext,
): Promise<void> {
  const { queue, diffTo } = context;
  const diff = diffTo ? createUnifiedDiff(label) : undefined;
  const place = { offset: 0, line: 1, column: 0 };
  let sink: OutputSink | undefined;
  let failed = false;
  let changed = false;
  let prefix = '';

  async function fail(error: unknown): Promise<void> {
    if (failed) return;
    failed = true;
    await sink?.abort();
    if (error instanceof RecordError) error = new InputError(label, `line ${place.line + error.lineDelta}: ${error.message}`);
    if (!(error instanceof InputError)) throw error;
    await context.onFailure(error);
  }

  async function write(to: OutputSink, text: string | Uint8Array): Promise<void> {
    await to.write(text).catch((error: unknown) => {
      throw new InputError(label, `cannot write: ${describeFsError(error)}`);
    });
  }

  async function deliver(segment: Segment, result: SegmentResult): Promise<void> {
    if (failed || !sink) return;
    // Without `onEdit` the segment's edits were only counted, not placed: the list is empty.
    for (const edit of result.edits) {
      const { lineDelta, column, start, end, rule, rules, before, after, confidence } = edit;
      const base = context.field === undefined ? place.offset : 0;
      await context.onEdit?.({
        file: label,
        ...(context.field === undefined ? {} : { field: context.field }),
        line: place.line + lineDelta,
        column: (lineDelta === 0 ? place.column : 0) + column + 1,
        start: base + start,
        end: base + end,
        rule,
        rules,
        before,
        after,
        confidence,
      });
    }
    if (result.editCount > 0) changed = true;
    context.onBytes(Buffer.byteLength(prefix + segment.text));
    await write(sink, prefix);
    await write(sink, result.text);
    if (diff && diffTo) await writeText(diffTo, diff.add(prefix + segment.text, prefix + textOf(result.text)));
    prefix = '';
    place.offset += segment.text.length;
    place.line += result.extent.lines;
    place.column = result.extent.lines > 0 ? result.extent.tailColumns : place.column + result.extent.tailColumns;
  }

  async function finish(): Promise<void> {
    if (failed || !sink) return;
    // An input with nothing but a byte-order mark still gets it back.
    if (prefix !== '') {
      context.onBytes(Buffer.byteLength(prefix));
      await sink.write(prefix);
    }
    if (diff && diffTo) await writeText(diffTo, diff.end());
    await sink.finish(changed);
    await context.onFinish(changed);
  }

  let input: Input | undefined;
  try {
    ({ input, sink } = await open());
  } catch (error) {
    await queue.add(Promise.reject(error), async () => {}, fail);
    return;
  }
  // Records are never cut; text is cut at line breaks (or, in enormous lines, at safe places).
  const segmentLimits = { minLength: SEGMENT_LENGTH, ...(context.field === undefined ? {} : { maxLength: RECORD_LINE_LIMIT, records: true }) };
  let segmenter: Segmenter = createSegmenter(segmentLimits);
  const decoder: Utf8Decoder = context.from === undefined ? createUtf8Decoder() : createLegacyDecoder(context.from);
  let started = false;
  let submitted = 0;
  let byteOffset = 0;

  const submit = async (segments: Segment[], final: boolean) => {
    for (const segment of segments) {
      const alone = final && context.only && submitted === 0 && segments.length === 1;
      submitted++;
      const task: SegmentTask = { text: segment.text, context: segment.context, options: context.options, field: context.field, placeEdits: context.onEdit !== undefined };
      await queue.add(context.run(task, alone), (result) => deliver(segment, result), fail);
    }
  };
  const split = (text: string): Segment[] => {
    if (!started && text !== '') {
      started = true;
      // The byte-order mark is written as found, kept out of the columns of line 1, and shown to the
      // cleaner as what the text follows.
      if (text.startsWith(BOM)) {
        prefix = BOM;
        place.offset = BOM.length;
        segmenter = createSegmenter({ ...segmentLimits, context: BOM });
        return segmenter.push(text.slice(BOM.length));
      }
    }
    return segmenter.push(text);
  };

  try {
    for await (const chunk of input.chunks) {
      if (failed) break;
      const bytes = chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk));
      const nul = context.refuseBinary ? bytes.indexOf(0) : -1;
      if (nul !== -1) {
        throw new InputError(label, `binary file (NUL byte at byte offset ${byteOffset + nul}); use --force to clean it anyway`);
      }
      byteOffset += bytes.length;
      await submit(split(decodeOrExplain(() => decoder.decode(bytes), label)), false);
    }
    const rest = split(decodeOrExplain(() => decoder.end(), label));
    await submit([...rest, ...segmenter.end()], true);
    await queue.add(Promise.resolve(), finish, fail);
  } catch (error) {
    await queue.add(Promise.reject(error), async () => {}, fail);
  } finally {
    await input.close();
  }
}
