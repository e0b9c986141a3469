import { collectEdits, render, retokenize } from './doc.js';
import { resolveOptions } from './options.js';
import { normalizeUnicode } from './stages/normalize-unicode.js';
import { repairJoins } from './stages/repair-joins.js';
import { repairMojibake } from './stages/repair-mojibake.js';
import { repairPunctuation } from './stages/repair-punctuation.js';
import { repairTones } from './stages/repair-tones.js';
import { repairTypos } from './stages/repair-typos.js';
import { restoreBareWords } from './stages/restore-bare-words.js';
import { isHiddenCharacter, tokenize } from './tokenize.js';
import { cleanAfter, contextAfter, mayContinueLine, sentenceCuts } from './safe-cuts.js';
import { isSettledLine } from './settled-lines.js';
import { showsMojibakeEvidence } from './legacy/repair-utf8-mojibake.js';
import { mayShowBunchedJoins } from './stages/repair-joins.js';
import type { CleanOptions, CleanResult, Doc, Edit, ResolvedOptions } from './types.js';

/** A pipeline stage: takes the doc, changes token texts, returns it. */
export type Stage = (doc: Doc, options: ResolvedOptions) => Doc;

/**
 * Stages that need only the text itself, run once. Mojibake is read before the Unicode stage
 * composes the combining marks that Windows-1258 leaves, and again after it, for mojibake that
 * only shows once decomposed letters are composed or invisible characters are gone; what that repair
 * gives back (a no-break space read as a space next to another) is normalised in turn.
 */
export const LOCAL_STAGES: readonly Stage[] = [repairMojibake, normalizeUnicode, repairMojibake, normalizeUnicode, repairTones, restoreBareWords];

/**
 * Stages that read the context, run again while they change anything: a repair changes the context of
 * its neighbours, and the output must be a fixed point (`clean(clean(x)) === clean(x)`).
 */
export const CONTEXT_STAGES: readonly Stage[] = [repairPunctuation, repairJoins, repairTypos];

/** Most texts settle in one pass; a repair next to a repair needs a second. */
const MAX_CONTEXT_PASSES = 4;

/** Runs every stage over the whole of `text`. */
export function runStages(text: string, resolved: ResolvedOptions): CleanResult {
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

/** Runs the stages over a line or sentence as they would over the whole text, after `context`. */
function runStagesAfter(context: string, piece: string, resolved: ResolvedOptions): CleanResult {
  return cleanAfter(context, piece, (text) => runStages(text, resolved));
}

/** The end of the line that starts at `from`: after its `\n`, `\r\n` or `\r`, or the end of the text. */
function lineEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) return at + 1;
    if (code === 0x0d) {
      // The tokenizer reads `\r`, hidden characters, `\n` as one line break.
      let next = at + 1;
      while (next < text.length && isHiddenCharacter(text[next])) next++;
      return text.charCodeAt(next) === 0x0a ? next + 1 : at + 1;
    }
  }
  return text.length;
}

/**
 * Cleans a line sentence by sentence: sentences that need nothing are copied, runs of the others
 * cleaned as texts of their own. Every stage reads one sentence at a time, except that the join stage
 * weighs how bunched the joins of a whole line are; a line whose pieces show joins is cleaned whole.
 */
function cleanLine(line: string, context: string, resolved: ResolvedOptions): CleanResult {
  const cuts = sentenceCuts(line);
  if (cuts.length === 0) return isSettledLine(line, resolved) ? { text: line, edits: [] } : runStagesAfter(context, line, resolved);
  // Mojibake evidence counts within a line: a piece alone could not see it.
  if (showsMojibakeEvidence(line)) return runStagesAfter(context, line, resolved);
  let output = '';
  const edits: Edit[] = [];
  let pending = 0;
  let pendingContext = context;
  const flush = (to: number): void => {
    if (pending === to) return;
    const result = runStagesAfter(pendingContext, line.slice(pending, to), resolved);
    for (const edit of result.edits) edits.push({ ...edit, start: edit.start + pending, end: edit.end + pending });
    output += result.text;
  };
  let from = 0;
  for (const cut of [...cuts, line.length]) {
    const piece = line.slice(from, cut);
    if (isSettledLine(piece, resolved)) {
      flush(from);
      output += piece;
      pending = cut;
      pendingContext = contextAfter(piece);
    }
    from = cut;
  }
  flush(line.length);
  // With no piece copied, the line went through the stages whole already.
  return pending > 0 && mayShowBunchedJoins(edits, resolved) ? runStagesAfter(context, line, resolved) : { text: output, edits };
}

/** Runs every stage over `text` and returns the output with its edits. */
export function runPipeline(text: string, options?: CleanOptions): CleanResult {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, got ${typeof text}`);
  const resolved = resolveOptions(options);
  // Line by line and sentence by sentence, so that the many that need nothing take the fast path; lines
  // wrapped inside a sentence are taken together.
  let output = '';
  const edits: Edit[] = [];
  let context = '';
  for (let start = 0; start < text.length; ) {
    let end = lineEnd(text, start);
    while (end < text.length && mayContinueLine(text, end)) end = lineEnd(text, end);
    const line = text.slice(start, end);
    const result = cleanLine(line, context, resolved);
    for (const edit of result.edits) edits.push({ ...edit, start: edit.start + start, end: edit.end + start });
    output += result.text;
    context = contextAfter(line);
    start = end;
  }
  return { text: output, edits };
}
