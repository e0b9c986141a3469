// Running the library on corrupted texts and summing up how it did, row by row.
import type { Corruption, CorruptionKind } from './eval-corruption.js';
import { type SiteCounts, type SiteRecord, countByRule, countSites, f1Of, precisionOf, recallOf, recordSite } from './eval-metrics.js';
import { type Repair, repairText } from './eval-repair.js';
import type { FamilySample, SampleFamily } from './eval-sample.js';
import { countWords } from './eval-sentences.js';

/** The rows of the joins table, in order. */
export const JOIN_KINDS: readonly CorruptionKind[] = ['join', 'join-tone-own', 'join-tone-next', 'letter-digit', 'punctuation', 'sentence-stop'];

/** The rows of the typos table, in order. */
export const TYPO_KINDS: readonly CorruptionKind[] = ['typo-real-word', 'typo-non-word'];

/** A defect the repair missed or got wrong, with the text around it. */
export interface SiteExample {
  kind: CorruptionKind;
  operation?: string;
  damaged: string;
  expected: string;
  output: string;
}

/** A family's sample after repair. */
export interface ScoredSample {
  family: SampleFamily;
  eligible: number;
  records: SiteRecord[];
  words: number;
  /** Messages of the texts the library threw on. */
  crashes: string[];
  /** Texts whose reported edits did not replay to the output. */
  recovered: number;
  /** Up to {@link EXAMPLES_PER_KIND} missed defects per row. */
  missed: SiteExample[];
  /** Up to {@link EXAMPLES_PER_KIND} defects edited wrongly per row. */
  wrong: SiteExample[];
}

/** Characters of context shown on each side of an example. */
export const CONTEXT = 30;

/** Examples kept per row and outcome. */
export const EXAMPLES_PER_KIND = 25;

function outputOffset(position: number, repair: Repair): number {
  let shift = 0;
  for (const edit of repair.edits) if (edit.end <= position) shift += edit.after.length - edit.before.length;
  return position + shift;
}

function describeSite(corruption: Corruption, repair: Repair): SiteExample {
  const from = Math.max(0, corruption.start - CONTEXT);
  const to = Math.min(corruption.text.length, corruption.end + CONTEXT);
  const goldTo = to - corruption.end + corruption.start + corruption.expected.length;
  return {
    kind: corruption.kind,
    operation: corruption.operation,
    damaged: corruption.text.slice(from, to),
    expected: corruption.gold.slice(from, goldTo),
    output: repair.output.slice(outputOffset(from, repair), outputOffset(to, repair)),
  };
}

/**
 * Repairs every corrupted text of a sample and scores it.
 * @param sample The sample.
 */
export function scoreSample(sample: FamilySample): ScoredSample {
  const scored: ScoredSample = { family: sample.family, eligible: sample.eligible, records: [], words: 0, crashes: [], recovered: 0, missed: [], wrong: [] };
  const shown = new Map<string, number>();
  for (const corruption of sample.corruptions) {
    const repair = repairText(corruption.text);
    const words = countWords(corruption.gold);
    const record = recordSite(corruption, repair.output, repair.edits, words);
    scored.records.push(record);
    scored.words += words;
    if (repair.error) scored.crashes.push(`${repair.error}: ${corruption.text.slice(0, 80)}`);
    if (repair.recovered) scored.recovered++;
    const outcome = record.outcomes[0];
    if (outcome.restored) continue;
    const key = `${corruption.kind}:${outcome.wrongAtSite}`;
    const count = shown.get(key) ?? 0;
    if (count >= EXAMPLES_PER_KIND) continue;
    shown.set(key, count + 1);
    (outcome.wrongAtSite ? scored.wrong : scored.missed).push(describeSite(corruption, repair));
  }
  return scored;
}

/** One row of a class table. */
export interface RowSummary {
  n: number;
  tp: number;
  fpAtSite: number;
  fpOther: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of texts whose whole output equals the gold text. */
  exact: number;
  /** The false positives away from the sites, by rule. */
  fpOtherByRule: Record<string, number>;
  /** Precision and F1 counting, away from the sites, only the edits of the rule that repairs the row's defect. */
  ownRulePrecision: number;
  ownRuleF1: number;
}

/** The rule that repairs each kind of defect. */
const RULE_OF_KIND: Record<CorruptionKind, string> = {
  join: 'missing-space',
  'join-tone-own': 'missing-space',
  'join-tone-next': 'missing-space',
  'letter-digit': 'missing-space',
  punctuation: 'punctuation-space',
  'sentence-stop': 'punctuation-space',
  'typo-real-word': 'diacritic-typo',
  'typo-non-word': 'diacritic-typo',
};

function countOwnRuleSites(records: readonly SiteRecord[]): SiteCounts {
  const counts = countSites(records);
  counts.otherEdits = 0;
  for (const record of records) {
    const rule = RULE_OF_KIND[record.kind];
    counts.otherEdits += record.outcomes[0].otherEdits.filter((edit) => edit.rules.includes(rule)).length;
  }
  return counts;
}

/**
 * Sums up site records as run (no threshold).
 * @param records The records.
 */
export function summarizeRecords(records: readonly SiteRecord[]): RowSummary {
  const counts = countSites(records);
  const ownRule = countOwnRuleSites(records);
  return {
    n: counts.sites,
    tp: counts.restored,
    fpAtSite: counts.wrongAtSite,
    fpOther: counts.otherEdits,
    fn: counts.sites - counts.restored,
    precision: precisionOf(counts),
    recall: recallOf(counts),
    f1: f1Of(counts),
    exact: records.length === 0 ? 0 : records.filter((record) => record.exact).length / records.length,
    fpOtherByRule: countByRule(records.flatMap((record) => record.outcomes[0].otherEdits)),
    ownRulePrecision: precisionOf(ownRule),
    ownRuleF1: f1Of(ownRule),
  };
}

/**
 * Sums up site records per row, then all of them under `total`.
 * @param records The records.
 * @param kinds The rows.
 * @param total The name of the last row.
 */
export function summarizeRows(records: readonly SiteRecord[], kinds: readonly CorruptionKind[], total: string): Record<string, RowSummary> {
  const rows: Record<string, RowSummary> = {};
  for (const kind of kinds) rows[kind] = summarizeRecords(records.filter((record) => record.kind === kind));
  rows[total] = summarizeRecords(records);
  return rows;
}
