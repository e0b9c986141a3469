// Streaming: cutting text that arrives in chunks into segments that clean on their own, and a web
// TransformStream built on it. Web-standard APIs only, so that this module loads in browsers too.
import { resolveOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import { SENTENCE_CUT, SPACE, cleanAfter, contextAfter, mayContinueLine, skipBlanks } from './safe-cuts.js';
import type { CleanOptions, CleanResult } from './types.js';

/** A piece of streamed text that can be cleaned on its own. */
export interface Segment {
  /** The text to clean. */
  text: string;
  /** What the text follows, as the cleaner should see it: `''` at the start, the line break, or a space. */
  context: string;
}

/** Where a {@link Segmenter} may cut. */
export interface SegmenterOptions {
  /**
   * Cut at the first line break after this many UTF-16 units (default 65,536) that a new sentence
   * follows, or at the first line break when none does up to `maxLength`.
   */
  minLength?: number;
  /** Cut inside a line only when it runs past this many UTF-16 units (default 131,072). */
  maxLength?: number;
  /** What the first segment follows (default `''`). */
  context?: string;
  /** Every line stands alone (JSON Lines records): cut at the first line break after `minLength`. */
  records?: boolean;
}

/** Cuts text that arrives in chunks into segments at places that depend on the text alone, never on the chunks. */
export interface Segmenter {
  /** Adds text and returns the segments now complete. */
  push(text: string): Segment[];
  /** Ends the input and returns the remaining segments. */
  end(): Segment[];
}

const NOT_FOUND = -1;
const NEED_MORE = -2;
// Any run of spaces before a letter or digit: the space run stays whole on the left.
const WORD_CUT = new RegExp(`${SPACE}+(?=[\\p{L}\\p{N}])`, 'gu');
const NOT_BOUNDARY_AFTER = /[\p{M}\p{Cf}\uDC00-\uDFFF\n]/u;

/** The end of the last match of `pattern` that ends inside `[from, to]`, or NOT_FOUND. */
function lastMatchEnd(text: string, pattern: RegExp, from: number, to: number): number {
  // Starting a little early lets a space run that begins before `from` still count; the window
  // stops at `to` so that one huge chunk is not scanned again for every cut.
  const start = Math.max(0, from - 256);
  const window = text.slice(start, to + 1);
  pattern.lastIndex = 0;
  let best = NOT_FOUND;
  for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) {
    const end = start + match.index + match[0].length;
    if (end >= from && end <= to) best = end;
  }
  return best;
}

/**
 * The last place at or before `to` that splits no character, mark sequence, joined emoji or CRLF;
 * `to` itself (but never inside a surrogate pair) when the whole stretch is such a sequence.
 */
function lastCharacterBoundary(text: string, to: number): number {
  for (let cut = to; cut > 0; cut--) {
    const next = text[cut];
    if (next === '\n' && text[cut - 1] !== '\r') return cut;
    if (!NOT_BOUNDARY_AFTER.test(next) && text.charCodeAt(cut - 1) !== 0x200d) return cut;
  }
  return /[\uDC00-\uDFFF]/.test(text[to]) ? to + 1 : to;
}

/** The end of the first line break starting in `[from, to]`, NEED_MORE, or NOT_FOUND. */
function firstLineEnd(text: string, from: number, to: number, final: boolean): number {
  for (let index = from; index < Math.min(text.length, to + 1); index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) return index + 1;
    if (code === 0x0d) {
      if (index + 1 < text.length) return text.charCodeAt(index + 1) === 0x0a ? index + 2 : index + 1;
      return final ? index + 1 : NEED_MORE;
    }
  }
  return NOT_FOUND;
}

/** The end of the last line break that ends at or before `to`, or 0. */
function lastLineEnd(text: string, to: number): number {
  for (let index = to - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || code === 0x0d) return index + 1;
  }
  return 0;
}

/**
 * Whether a new sentence starts after the line break that ends at `end`, NEED_MORE when the text ends
 * before that shows. Only blanks up to `max` are looked through, so that no more is ever held.
 */
function opensSentence(text: string, end: number, max: number, final: boolean): boolean | typeof NEED_MORE {
  const next = skipBlanks(text, end);
  if (next > max) return true;
  if (next >= text.length) return final || NEED_MORE;
  return !mayContinueLine(text, end);
}

/**
 * The first of the line breaks from the one that ends at `first` on that a new sentence follows, so
 * that lines wrapped inside a sentence, which the pipeline reads together, stay in one segment. When
 * there is none up to `max`, `first`; at the end of the input, all that is left (never more than `max`
 * and a CR, or the last text added would have been cut already). NEED_MORE when more text could change
 * the answer.
 */
function lineCut(text: string, first: number, max: number, final: boolean): number {
  for (let end = first; ; ) {
    const opens = opensSentence(text, end, max, final);
    if (opens === NEED_MORE) return NEED_MORE;
    if (opens) return end;
    const next = firstLineEnd(text, end, max, final);
    if (next === NEED_MORE) return NEED_MORE;
    if (next === NOT_FOUND || next > max + 1) return final ? text.length : text.length > max ? first : NEED_MORE;
    end = next;
  }
}

/**
 * Where to cut the buffered text: a line break first (batching lines up to `min`, and past it up to one
 * a new sentence follows), then, in a line longer than `max`, a sentence end, then a space before a
 * word, then any character boundary. Returns NEED_MORE when more text could change the answer.
 */
function findCut(text: string, min: number, max: number, final: boolean, records: boolean): number {
  if (text.length === 0) return NEED_MORE;
  const lineEnd = firstLineEnd(text, Math.max(0, min - 1), max, final);
  if (lineEnd === NEED_MORE) return NEED_MORE;
  if (lineEnd !== NOT_FOUND && lineEnd <= max + 1) return records ? lineEnd : lineCut(text, lineEnd, max, final);
  if (text.length <= max + 1) return final ? text.length : NEED_MORE;
  const earlier = lastLineEnd(text, Math.min(min, max));
  if (earlier > 0) return earlier;
  const sentence = lastMatchEnd(text, SENTENCE_CUT, min, max);
  if (sentence !== NOT_FOUND) return sentence;
  const word = lastMatchEnd(text, WORD_CUT, min, max);
  if (word !== NOT_FOUND) return word;
  return lastCharacterBoundary(text, max);
}

/**
 * Creates a segmenter for streamed text.
 * @param options Segment lengths and the context of the first segment.
 */
export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  const min = Math.max(1, options.minLength ?? 65_536);
  const max = Math.max(min, options.maxLength ?? 131_072);
  let buffer = '';
  let context = options.context ?? '';
  const records = options.records ?? false;

  function takeSegments(final: boolean): Segment[] {
    const segments: Segment[] = [];
    for (let cut = findCut(buffer, min, max, final, records); cut > 0; cut = findCut(buffer, min, max, final, records)) {
      const text = buffer.slice(0, cut);
      segments.push({ text, context });
      context = contextAfter(text);
      buffer = buffer.slice(cut);
    }
    return segments;
  }

  return {
    push(text) {
      buffer += text;
      return takeSegments(false);
    },
    end() {
      return takeSegments(true);
    },
  };
}

/**
 * Cleans one segment as the whole text would have cleaned it: the segment's context is put in front,
 * so that rules about the start of the text (a byte-order mark, a sentence start) see what precedes it.
 * @param segment The text and what it follows.
 * @param options Options of {@link cleanWithEdits}.
 * @returns The segment's output, with edit offsets into the segment's text.
 */
export function cleanSegment(segment: Segment, options?: CleanOptions): CleanResult {
  return cleanAfter(segment.context, segment.text, (text) => runPipeline(text, options));
}

/** Options of {@link createCleanStream}: those of {@link clean}, and where segments may be cut. */
export interface CleanStreamOptions extends CleanOptions {
  /** Cut at the first line break after this many UTF-16 units (default 65,536) that a new sentence follows. */
  minSegmentLength?: number;
  /** Cut inside a line only when it runs past this many UTF-16 units (default 131,072). */
  maxSegmentLength?: number;
}

/**
 * Creates a stream that repairs text written to it in chunks of any size, split anywhere (inside a
 * UTF-8 sequence, a surrogate pair or a CRLF): the output is the same for every split. A text that
 * fits in one segment comes out as {@link clean} gives it; a longer one is cleaned segment by segment
 * (whole lines, or safe places in an enormous line), each as a text of its own. Memory stays bounded by
 * `maxSegmentLength`. Works in Node (`stream.pipeline` accepts it; `Duplex.fromWeb` turns it into a
 * Node stream) and in browsers.
 * @param options Cleaning options and segment lengths.
 * @returns A TransformStream taking strings or UTF-8 bytes and giving strings.
 * @throws TypeError when an option is invalid; the stream errors on bytes that are not UTF-8.
 */
export function createCleanStream(options: CleanStreamOptions = {}): TransformStream<string | Uint8Array, string> {
  const { minSegmentLength, maxSegmentLength, ...cleanOptions } = options;
  resolveOptions(cleanOptions);
  const segmenter = createSegmenter({ minLength: minSegmentLength, maxLength: maxSegmentLength });
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const emit = (segments: Segment[], controller: TransformStreamDefaultController<string>) => {
    for (const segment of segments) {
      const { text } = cleanSegment(segment, cleanOptions);
      if (text !== '') controller.enqueue(text);
    }
  };
  return new TransformStream<string | Uint8Array, string>({
    transform(chunk, controller) {
      // A string after bytes must not land inside a character those bytes started.
      const text = typeof chunk === 'string' ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true });
      emit(segmenter.push(text), controller);
    },
    flush(controller) {
      emit(segmenter.push(decoder.decode()), controller);
      emit(segmenter.end(), controller);
    },
  });
}
