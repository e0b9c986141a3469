// Recall and precision against false edits on clean text, as the confidence threshold rises.
import type { ScoredEdit } from './eval-align.js';
import { JOIN_RULES, type SiteRecord, THRESHOLDS, TYPO_RULES, countEdits, countSites, f1Of, perTenThousand, precisionOf, recallOf } from './eval-metrics.js';

/** Scores of one class at one threshold. */
export interface ClassPoint {
  precision: number;
  recall: number;
  f1: number;
}

/** False edits per 10,000 words at one threshold: all of them, by the join rules, by the typo rule. */
export interface RatePoint {
  all: number;
  joinRules: number;
  typoRules: number;
}

/** One point of the curve. */
export interface CurvePoint {
  threshold: number;
  joins: ClassPoint;
  typos: ClassPoint;
  referencePer10k: RatePoint;
  newsPer10k: RatePoint;
}

/** Clean edits and the words they were made in. */
export interface CleanEdits {
  edits: readonly ScoredEdit[];
  words: number;
}

function classPoint(records: readonly SiteRecord[], index: number): ClassPoint {
  const counts = countSites(records, index);
  return { precision: precisionOf(counts), recall: recallOf(counts), f1: f1Of(counts) };
}

function ratePoint({ edits, words }: CleanEdits, threshold: number): RatePoint {
  return {
    all: perTenThousand(countEdits(edits, threshold), words),
    joinRules: perTenThousand(countEdits(edits, threshold, JOIN_RULES), words),
    typoRules: perTenThousand(countEdits(edits, threshold, TYPO_RULES), words),
  };
}

/**
 * Computes the curve at every threshold of {@link THRESHOLDS}. Edits below a threshold count as not
 * made, after the run: an approximation for a decoder that weighs edits jointly.
 * @param joins Site records of the joins class.
 * @param typos Site records of the typos class.
 * @param reference Edits on the hand-checked reference.
 * @param news Edits on clean held-out news.
 */
export function computeCurve(joins: readonly SiteRecord[], typos: readonly SiteRecord[], reference: CleanEdits, news: CleanEdits): CurvePoint[] {
  return THRESHOLDS.map((threshold, index) => ({
    threshold,
    joins: classPoint(joins, index),
    typos: classPoint(typos, index),
    referencePer10k: ratePoint(reference, threshold),
    newsPer10k: ratePoint(news, threshold),
  }));
}
