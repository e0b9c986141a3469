import type { Writable } from 'node:stream';
import type { CleanOptions } from '../index.js';
import { createUtf8Decoder } from './decode-utf8.js';
import type { PlacedEdit } from './format-edit.js';
import { InputError, type Input } from './read-input.js';
import type { OutputSink } from './output-sink.js';
import { writeText } from './output-sink.js';
import type { SegmentResult, SegmentTask } from './process-segment.js';
import { createSegmenter, type Segment } from './segment-text.js';
import { createUnifiedDiff } from './unified-diff.js';
import { Utf8Error } from './decode-utf8.js';

/** Runs segment tasks, possibly elsewhere; results may come back in any order. */
export type SegmentRunner = (task: SegmentTask) => Promise<SegmentResult>;

/** What cleaning one input needs besides the input itself. */
export interface CleanInputContext {
  options: CleanOptions;
  sink: OutputSink;
  run: SegmentRunner;
  /** Where `--diff` output goes, when asked for. */
  diffTo: Writable | undefined;
  /** Refuse input with NUL bytes. */
  refuseBinary: boolean;
  /** Segments cleaned ahead of the one being written. */
  lookahead: number;
  onEdit(edit: PlacedEdit): void;
  /** Bytes of input read so far, for progress. */
  onBytes(count: number): void;
}

const BOM = '\uFEFF';

/**
 * Cleans one input from start to end: decodes it, cuts it into segments, cleans them (keeping their
 * order), and writes the output, the diff and the edits. On any error the sink is aborted.
 * @param input The opened input.
 * @param context Options, sink and runner.
 * @returns Whether anything changed.
 * @throws InputError when the input is binary or not UTF-8.
 */
export async function cleanInput(input: Input, context: CleanInputContext): Promise<boolean> {
  const { sink, diffTo } = context;
  const decoder = createUtf8Decoder();
  const diff = diffTo ? createUnifiedDiff(input.label) : undefined;
  const segmenter = createSegmenter();
  const queue: Array<{ segment: Segment; result: Promise<SegmentResult> }> = [];
  const place = { offset: 0, line: 1, column: 0 };
  let started = false;
  let byteOffset = 0;
  let changed = false;

  async function deliver(segment: Segment, result: SegmentResult): Promise<void> {
    for (const edit of result.edits) {
      const { lineDelta, column, start, end, rule, rules, before, after, confidence } = edit;
      context.onEdit({
        file: input.label,
        line: place.line + lineDelta,
        column: (lineDelta === 0 ? place.column : 0) + column + 1,
        start: place.offset + start,
        end: place.offset + end,
        rule,
        rules,
        before,
        after,
        confidence,
      });
    }
    if (result.edits.length > 0) changed = true;
    await sink.write(result.text);
    if (diff && diffTo) await writeText(diffTo, diff.add(segment.text, result.text));
    place.offset += segment.text.length;
    place.line += result.extent.lines;
    place.column = result.extent.lines > 0 ? result.extent.tailColumns : place.column + result.extent.tailColumns;
  }

  async function submit(segments: Segment[]): Promise<void> {
    for (const segment of segments) {
      const result = context.run({ text: segment.text, context: segment.context, options: context.options });
      // Rejections are awaited in order below; this only keeps an early one from counting as unhandled.
      result.catch(() => {});
      queue.push({ segment, result });
      while (queue.length > context.lookahead) {
        const next = queue.shift()!;
        await deliver(next.segment, await next.result);
      }
    }
  }

  async function pushText(text: string): Promise<void> {
    if (!started && text !== '') {
      started = true;
      // The byte-order mark is written as found and kept out of the columns of line 1.
      if (text.startsWith(BOM)) {
        await sink.write(BOM);
        if (diff && diffTo) await writeText(diffTo, diff.add(BOM, BOM));
        place.offset = BOM.length;
        text = text.slice(BOM.length);
      }
    }
    await submit(segmenter.push(text));
  }

  try {
    for await (const chunk of input.chunks) {
      const bytes = chunk instanceof Uint8Array ? chunk : new TextEncoder().encode(String(chunk));
      if (context.refuseBinary) {
        const nul = bytes.indexOf(0);
        if (nul !== -1) {
          throw new InputError(input.label, `binary file (NUL byte at byte offset ${byteOffset + nul}); use --force to clean it anyway`);
        }
      }
      byteOffset += bytes.length;
      context.onBytes(bytes.length);
      await pushText(decodeOrExplain(decoder, bytes, input.label));
    }
    await pushText(endOrExplain(decoder, input.label));
    await submit(segmenter.end());
    while (queue.length > 0) {
      const next = queue.shift()!;
      await deliver(next.segment, await next.result);
    }
    if (diff && diffTo) await writeText(diffTo, diff.end());
    await sink.finish(changed);
    return changed;
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

function explainUtf8(error: unknown, label: string): unknown {
  if (error instanceof Utf8Error) {
    return new InputError(label, `not valid UTF-8: invalid byte sequence at byte offset ${error.offset}`);
  }
  return error;
}

function decodeOrExplain(decoder: ReturnType<typeof createUtf8Decoder>, bytes: Uint8Array, label: string): string {
  try {
    return decoder.decode(bytes);
  } catch (error) {
    throw explainUtf8(error, label);
  }
}

function endOrExplain(decoder: ReturnType<typeof createUtf8Decoder>, label: string): string {
  try {
    return decoder.end();
  } catch (error) {
    throw explainUtf8(error, label);
  }
}
