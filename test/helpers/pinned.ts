// The counterexamples that properties have failed on, kept in test/pinned/counterexamples.json.
import { writeFileSync } from 'node:fs';
import { readRepoFile } from './fixtures.js';

const PINNED_PATH = 'test/pinned/counterexamples.json';

/** An input a property once failed on, and what was wrong. */
export interface PinnedExample {
  /** A key of `PINNABLE_PROPERTIES`. */
  property: string;
  input: string;
  note: string;
}

/** Every pinned counterexample, oldest first. */
export function readPinned(): PinnedExample[] {
  return JSON.parse(readRepoFile(PINNED_PATH)) as PinnedExample[];
}

// Inputs are written with every character outside printable ASCII escaped, so that invisible
// characters and loose marks can be read and diffed.
function escapeJson(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The pinned file's text for `examples`: one example a line. */
export function formatPinned(examples: readonly PinnedExample[]): string {
  const lines = examples.map(
    ({ property, input, note }) => `  {"property": ${escapeJson(property)}, "input": ${escapeJson(input)}, "note": ${JSON.stringify(note)}}`,
  );
  return `[\n${lines.join(',\n')}\n]\n`;
}

/**
 * Adds counterexamples to the pinned file, skipping any already there.
 * @param examples The new counterexamples.
 * @returns How many were added.
 */
export function addPinned(examples: readonly PinnedExample[]): number {
  const pinned = readPinned();
  const known = new Set(pinned.map((example) => `${example.property}\u0000${example.input}`));
  const fresh = examples.filter((example) => !known.has(`${example.property}\u0000${example.input}`));
  if (fresh.length > 0) writeFileSync(new URL(`../../${PINNED_PATH}`, import.meta.url), formatPinned([...pinned, ...fresh]));
  return fresh.length;
}
