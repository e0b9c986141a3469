// Running the library on clean text: every edit it makes there is a false edit.
import type { ScoredEdit } from './eval-align.js';
import { countByRule, perTenThousand } from './eval-metrics.js';
import { createRandom, deriveSeed, sampleIndices } from './eval-random.js';
import { repairText } from './eval-repair.js';
import { countWords } from './eval-sentences.js';

/** An edit made on clean text, with the text it was made in. */
export interface CleanEdit {
  edit: ScoredEdit;
  text: string;
}

/** What the library did to a set of clean texts. */
export interface CleanRun {
  texts: number;
  words: number;
  edits: CleanEdit[];
  /** Messages of the texts the library threw on. */
  crashes: string[];
  /** Texts whose reported edits did not replay to the output. */
  recovered: number;
}

/**
 * Repairs every clean text and keeps the edits made.
 * @param texts The texts.
 */
export function collectCleanEdits(texts: readonly string[]): CleanRun {
  const run: CleanRun = { texts: texts.length, words: 0, edits: [], crashes: [], recovered: 0 };
  for (const text of texts) {
    const repair = repairText(text);
    run.words += countWords(text);
    if (repair.error) run.crashes.push(`${repair.error}: ${text.slice(0, 80)}`);
    if (repair.recovered) run.recovered++;
    for (const edit of repair.edits) run.edits.push({ edit, text });
  }
  return run;
}

/**
 * The bare edits of a clean run.
 * @param run The run.
 */
export function editsOf(run: CleanRun): ScoredEdit[] {
  return run.edits.map((entry) => entry.edit);
}

/** Counts of a clean run for the report. */
export interface CleanSummary {
  texts: number;
  words: number;
  edits: number;
  per10k: number;
  byRule: Record<string, number>;
  crashes: number;
  recoveredEdits: number;
}

/**
 * Counts of a clean run for the report.
 * @param run The run.
 */
export function summarizeClean(run: CleanRun): CleanSummary {
  const edits = editsOf(run);
  return {
    texts: run.texts,
    words: run.words,
    edits: edits.length,
    per10k: perTenThousand(edits.length, run.words),
    byRule: countByRule(edits),
    crashes: run.crashes.length,
    recoveredEdits: run.recovered,
  };
}

/**
 * Draws edits of a clean run uniformly, for reading.
 * @param run The run.
 * @param count How many.
 * @param seed The run's seed.
 * @param label Names the draw, so each draw has its own stream.
 */
export function sampleCleanEdits(run: CleanRun, count: number, seed: number, label: string): CleanEdit[] {
  const random = createRandom(deriveSeed(seed, label));
  return sampleIndices(random, run.edits.length, count).map((index) => run.edits[index]);
}

/**
 * One line showing an edit in its context: `[rule confidence] …left⟦before → after⟧right…`.
 * @param entry The edit and its text.
 * @param context Characters shown on each side.
 */
export function describeEdit({ edit, text }: CleanEdit, context = 30): string {
  const left = text.slice(Math.max(0, edit.start - context), edit.start);
  const right = text.slice(edit.end, edit.end + context);
  return `[${edit.rules.join('+')} ${edit.confidence.toFixed(3)}] …${left}⟦${edit.before} → ${edit.after}⟧${right}…`;
}
