/** A piece of streamed text that can be cleaned on its own. */
export interface Segment {
  /** The text to clean. */
  text: string;
  /** What the text follows, as the cleaner should see it: `''` at the start, the line break, or a space. */
  context: string;
}

/** Where a {@link Segmenter} may cut. */
export interface SegmenterOptions {
  /** Cut at the first line break after this many UTF-16 units (default 65,536). */
  minLength?: number;
  /** Cut inside a line only when it runs past this many UTF-16 units (default 1,048,576). */
  maxLength?: number;
  /** What the first segment follows (default `''`). */
  context?: string;
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
const SPACE = '[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]';
// A sentence ends, then a run of spaces, then a new sentence: the language model breaks sentences
// there, so no repair looks across it.
const SENTENCE_CUT = new RegExp(`[.!?\\u2026]["'\\u201D\\u2019\\u00BB)\\]]*${SPACE}+(?=[\\p{Lu}\\p{N}"\\u201C\\u2018\\u00AB(])`, 'gu');
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
 * Where to cut the buffered text: a line break first (batching lines up to `min`), then, in a line
 * longer than `max`, a sentence end, then a space before a word, then any character boundary.
 * Returns NEED_MORE when more text could change the answer.
 */
function findCut(text: string, min: number, max: number, final: boolean): number {
  if (text.length === 0) return NEED_MORE;
  const lineEnd = firstLineEnd(text, Math.max(0, min - 1), max, final);
  if (lineEnd === NEED_MORE) return NEED_MORE;
  if (lineEnd !== NOT_FOUND && lineEnd <= max + 1) return lineEnd;
  if (text.length <= max + 1) return final ? text.length : NEED_MORE;
  const earlier = lastLineEnd(text, Math.min(min, max));
  if (earlier > 0) return earlier;
  const sentence = lastMatchEnd(text, SENTENCE_CUT, min, max);
  if (sentence !== NOT_FOUND) return sentence;
  const word = lastMatchEnd(text, WORD_CUT, min, max);
  if (word !== NOT_FOUND) return word;
  return lastCharacterBoundary(text, max);
}

function contextAfter(text: string): string {
  const last = text[text.length - 1];
  if (last === '\n' || last === '\r') return last;
  return /\s/u.test(last) ? ' ' : '';
}

/**
 * Creates a segmenter for streamed text.
 * @param options Segment lengths and the context of the first segment.
 */
export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  const min = Math.max(1, options.minLength ?? 65_536);
  const max = Math.max(min, options.maxLength ?? 1_048_576);
  let buffer = '';
  let context = options.context ?? '';

  function takeSegments(final: boolean): Segment[] {
    const segments: Segment[] = [];
    for (let cut = findCut(buffer, min, max, final); cut > 0; cut = findCut(buffer, min, max, final)) {
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
