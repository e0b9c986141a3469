import { collectEdits, render } from './doc.js';
import { resolveOptions } from './options.js';
import { normalizeUnicode } from './stages/normalize-unicode.js';
import { repairJoins } from './stages/repair-joins.js';
import { repairPunctuation } from './stages/repair-punctuation.js';
import { repairTones } from './stages/repair-tones.js';
import { repairTypos } from './stages/repair-typos.js';
import { tokenize } from './tokenize.js';
import type { CleanOptions, CleanResult, Doc, ResolvedOptions } from './types.js';

/** A pipeline stage: takes the doc, changes token texts, returns it. */
export type Stage = (doc: Doc, options: ResolvedOptions) => Doc;

/** The stages in the order they run. */
export const STAGES: readonly Stage[] = [normalizeUnicode, repairTones, repairPunctuation, repairJoins, repairTypos];

/** Runs every stage over `text` and returns the output with its edits. */
export function runPipeline(text: string, options?: CleanOptions): CleanResult {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, got ${typeof text}`);
  const resolved = resolveOptions(options);
  let doc = tokenize(text);
  for (const stage of STAGES) doc = stage(doc, resolved);
  return { text: render(doc), edits: collectEdits(doc) };
}
