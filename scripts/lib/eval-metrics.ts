// Counting: precision, recall and F1 on injected defects; false edits per 10,000 words on clean text.
import { type ScoredEdit, type SiteOutcome, scoreSite } from './eval-align.js';
import type { Corruption, CorruptionKind } from './eval-corruption.js';

/** Confidence thresholds of the curve; an edit below the threshold counts as not made. 0 is the run as is. */
export const THRESHOLDS: readonly number[] = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999];

/** Rules that repair lost spaces. */
export const JOIN_RULES: readonly string[] = ['missing-space', 'punctuation-space'];

/** Rules that repair diacritic typos. */
export const TYPO_RULES: readonly string[] = ['diacritic-typo'];

/** Counts over injected defects. */
export interface SiteCounts {
  /** Defects injected. */
  sites: number;
  /** Defects restored exactly (true positives). */
  restored: number;
  /** Defects edited but not restored (false positives; also misses). */
  wrongAtSite: number;
  /** Edits away from the defects (false positives). */
  otherEdits: number;
}

/** One corrupted text after repair: its row, size, and its outcome at every threshold of {@link THRESHOLDS}. */
export interface SiteRecord {
  kind: CorruptionKind;
  /** For typos: the operation that made the defect. */
  operation?: string;
  words: number;
  outcomes: SiteOutcome[];
  /** Whether the whole output equals the gold text (no threshold). */
  exact: boolean;
}

/**
 * Adds up site records at one threshold.
 * @param records The records to count.
 * @param thresholdIndex Index into {@link THRESHOLDS}.
 */
export function countSites(records: readonly SiteRecord[], thresholdIndex = 0): SiteCounts {
  const counts: SiteCounts = { sites: 0, restored: 0, wrongAtSite: 0, otherEdits: 0 };
  for (const record of records) {
    const outcome = record.outcomes[thresholdIndex];
    counts.sites++;
    if (outcome.restored) counts.restored++;
    if (outcome.wrongAtSite) counts.wrongAtSite++;
    counts.otherEdits += outcome.otherEdits.length;
  }
  return counts;
}

/**
 * Precision: restored defects over all edits counted as fixes or false (1 when nothing was edited).
 * @param counts The counts.
 */
export function precisionOf(counts: SiteCounts): number {
  const made = counts.restored + counts.wrongAtSite + counts.otherEdits;
  return made === 0 ? 1 : counts.restored / made;
}

/**
 * Recall: restored defects over injected ones (0 when none were injected).
 * @param counts The counts.
 */
export function recallOf(counts: SiteCounts): number {
  return counts.sites === 0 ? 0 : counts.restored / counts.sites;
}

/**
 * F1: the harmonic mean of precision and recall.
 * @param counts The counts.
 */
export function f1Of(counts: SiteCounts): number {
  const precision = precisionOf(counts);
  const recall = recallOf(counts);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Edits per 10,000 words.
 * @param edits How many edits.
 * @param words How many words.
 */
export function perTenThousand(edits: number, words: number): number {
  return words === 0 ? 0 : (edits * 10_000) / words;
}

/**
 * Counts edits at or above a confidence threshold, optionally only those made by some rules.
 * @param edits The edits.
 * @param threshold Lowest confidence counted.
 * @param rules Count an edit only when one of its rules is here; every edit when omitted.
 */
export function countEdits(edits: readonly ScoredEdit[], threshold = 0, rules?: readonly string[]): number {
  let count = 0;
  for (const edit of edits) {
    if (edit.confidence < threshold) continue;
    if (rules && !edit.rules.some((rule) => rules.includes(rule))) continue;
    count++;
  }
  return count;
}

/**
 * Counts edits per rule; an edit several rules made counts once for each of them.
 * @param edits The edits.
 */
export function countByRule(edits: readonly ScoredEdit[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const edit of edits) for (const rule of new Set(edit.rules)) counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

/**
 * Scores a repaired corrupted text at every threshold of {@link THRESHOLDS}.
 * @param corruption The defect.
 * @param output The repaired text.
 * @param edits The repair's edits.
 * @param words How many words the text has.
 */
export function recordSite(corruption: Corruption, output: string, edits: readonly ScoredEdit[], words: number): SiteRecord {
  return {
    kind: corruption.kind,
    operation: corruption.operation,
    words,
    outcomes: THRESHOLDS.map((threshold) => scoreSite(corruption, edits, threshold)),
    exact: output === corruption.gold,
  };
}
