import { collectEdits, render, retokenize } from './doc.js';
import { resolveOptions } from './options.js';
import { normalizeUnicode } from './stages/normalize-unicode.js';
import { repairJoins } from './stages/repair-joins.js';
import { repairMojibake } from './stages/repair-mojibake.js';
import { repairPunctuation } from './stages/repair-punctuation.js';
import { repairTones } from './stages/repair-tones.js';
import { repairTypos } from './stages/repair-typos.js';
import { restoreBareWords } from './stages/restore-bare-words.js';
import { tokenize } from './tokenize.js';
import type { CleanOptions, CleanResult, Doc, ResolvedOptions } from './types.js';

/** A pipeline stage: takes the doc, changes token texts, returns it. */
export type Stage = (doc: Doc, options: ResolvedOptions) => Doc;

/**
 * Stages that need only the text itself, run once. Mojibake is read before the Unicode stage
 * composes the combining marks that Windows-1258 leaves, and again after it, for mojibake that
 * only shows once decomposed letters are composed or invisible characters are gone.
 */
export const LOCAL_STAGES: readonly Stage[] = [repairMojibake, normalizeUnicode, repairMojibake, repairTones, restoreBareWords];

/**
 * Stages that read the context, run again while they change anything: a repair changes the context of
 * its neighbours, and the output must be a fixed point (`clean(clean(x)) === clean(x)`).
 */
export const CONTEXT_STAGES: readonly Stage[] = [repairPunctuation, repairJoins, repairTypos];

/** Most texts settle in one pass; a repair next to a repair needs a second. */
const MAX_CONTEXT_PASSES = 4;

/** Runs every stage over `text` and returns the output with its edits. */
export function runPipeline(text: string, options?: CleanOptions): CleanResult {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, got ${typeof text}`);
  const resolved = resolveOptions(options);
  let doc = tokenize(text);
  for (const stage of LOCAL_STAGES) doc = stage(doc, resolved);
  let before = render(doc);
  for (let pass = 0; pass < MAX_CONTEXT_PASSES; pass++) {
    for (const stage of CONTEXT_STAGES) doc = stage(doc, resolved);
    const after = render(doc);
    if (after === before) break;
    // Read the repaired text as a fresh call would, so that the next pass decides as it would; a split
    // can expose what the local stages look for (`vàHÈ…` → `và HÈ…`), so they read it again too.
    doc = retokenize(doc);
    for (const stage of LOCAL_STAGES) doc = stage(doc, resolved);
    before = render(doc);
  }
  return { text: render(doc), edits: collectEdits(doc) };
}
