// The properties every input must satisfy, shared by the test suite and `npm run fuzz`.
// Each returns `undefined` when it holds, or says how it failed.
import { clean, cleanWithEdits } from '../../src/index.js';
import type { Edit } from '../../src/types.js';

/** A property of `clean` over any string: `undefined` when it holds, else what went wrong. */
export type PropertyCheck = (input: string) => string | undefined;

/** Where two strings first differ, shown with a little context on both sides. */
export function describeDivergence(actual: string, expected: string): string {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  const show = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 20), at + 20));
  return `first divergence at ${at}: got ${show(actual)}, expected ${show(expected)}`;
}

/**
 * Applies edits to their source. Throws when they are out of order, overlap, leave its bounds or
 * do not find their `before` text in it.
 * @param source The input the edits were made on.
 * @param edits The edits, as {@link cleanWithEdits} returns them.
 */
export function replayEdits(source: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (!(Number.isInteger(edit.start) && Number.isInteger(edit.end) && edit.start <= edit.end)) {
      throw new Error(`Edit with bad offsets ${edit.start}..${edit.end}`);
    }
    if (edit.start < at) throw new Error(`Edit at ${edit.start} overlaps or precedes the one ending at ${at}`);
    if (edit.end > source.length) throw new Error(`Edit ending at ${edit.end} is past the end (${source.length})`);
    if (source.slice(edit.start, edit.end) !== edit.before) throw new Error(`Edit at ${edit.start} does not find its \`before\``);
    if (edit.before === edit.after) throw new Error(`Edit at ${edit.start} changes nothing`);
    if (!(edit.confidence >= 0 && edit.confidence <= 1)) throw new Error(`Edit at ${edit.start} has confidence ${edit.confidence}`);
    out += source.slice(at, edit.start) + edit.after;
    at = edit.end;
  }
  return out + source.slice(at);
}

function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

/** The four properties `npm run fuzz` runs, by the name pinned counterexamples carry. */
export const FUZZ_PROPERTIES: Readonly<Record<string, PropertyCheck>> = {
  'never-throws': (input) => {
    try {
      clean(input);
      return undefined;
    } catch (error) {
      return `threw ${String(error)}`;
    }
  },
  'output-nfc': (input) => {
    const output = clean(input);
    return isNfc(output) ? undefined : describeDivergence(output, output.normalize('NFC'));
  },
  idempotent: (input) => {
    const once = clean(input);
    const twice = clean(once);
    return twice === once ? undefined : describeDivergence(twice, once);
  },
  'edits-replay': (input) => {
    const { text, edits } = cleanWithEdits(input);
    try {
      const replayed = replayEdits(input, edits);
      return replayed === text ? undefined : describeDivergence(replayed, text);
    } catch (error) {
      return (error as Error).message;
    }
  },
};

/** Every property a pinned counterexample may name: the fuzzed ones and those of the test suite. */
export const PINNABLE_PROPERTIES: Readonly<Record<string, PropertyCheck>> = {
  ...FUZZ_PROPERTIES,
  'nfd-invariant': (input) => {
    const fromNfd = clean(input.normalize('NFD'));
    const fromInput = clean(input);
    return fromNfd === fromInput ? undefined : describeDivergence(fromNfd, fromInput);
  },
};
