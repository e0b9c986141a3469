import { describe, expect, it } from 'vitest';
import type { ScoredEdit } from '../../scripts/lib/eval-align.js';
import { replaceSpan } from '../../scripts/lib/eval-corruption.js';
import {
  THRESHOLDS,
  countByRule,
  countEdits,
  countSites,
  f1Of,
  perTenThousand,
  precisionOf,
  recallOf,
  recordSite,
} from '../../scripts/lib/eval-metrics.js';
import { summarizeRecords } from '../../scripts/lib/eval-sites.js';

const edit = (start: number, after: string, confidence: number, rules: string[]): ScoredEdit => ({
  start,
  end: start + 1,
  before: 'x',
  after,
  rules,
  confidence,
});

describe('precision, recall and F1', () => {
  const counts = { sites: 10, restored: 6, wrongAtSite: 1, otherEdits: 1 };

  it('divides restored sites by every edit counted (fixes, wrong fixes, edits elsewhere)', () => {
    expect(precisionOf(counts)).toBe(6 / 8);
  });

  it('divides restored sites by injected ones', () => {
    expect(recallOf(counts)).toBe(0.6);
  });

  it('takes the harmonic mean', () => {
    expect(f1Of(counts)).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 12);
  });

  it('gives precision 1 and recall 0 when nothing was edited', () => {
    const none = { sites: 5, restored: 0, wrongAtSite: 0, otherEdits: 0 };
    expect([precisionOf(none), recallOf(none), f1Of(none)]).toEqual([1, 0, 0]);
  });
});

describe('countSites', () => {
  const gold = 'hai địa phương';
  const corruption = replaceSpan('join', gold, 0, 7, 'haiđịa');
  const fix: ScoredEdit = { start: 0, end: 6, before: 'haiđịa', after: 'hai địa', rules: ['missing-space'], confidence: 0.9 };
  const stray: ScoredEdit = { start: 7, end: 13, before: 'phương', after: 'phường', rules: ['diacritic-typo'], confidence: 0.6 };

  it('counts a restored site, a missed one and a stray edit at the threshold asked for', () => {
    const records = [recordSite(corruption, gold, [fix], 3), recordSite(corruption, corruption.text, [], 3), recordSite(corruption, '', [fix, stray], 3)];
    expect(countSites(records)).toEqual({ sites: 3, restored: 2, wrongAtSite: 0, otherEdits: 1 });
    const at = (threshold: number) => countSites(records, THRESHOLDS.indexOf(threshold));
    expect(at(0.7)).toEqual({ sites: 3, restored: 2, wrongAtSite: 0, otherEdits: 0 });
    expect(at(0.95)).toEqual({ sites: 3, restored: 0, wrongAtSite: 0, otherEdits: 0 });
  });

  it('also gives the precision that counts, away from the site, only the edits of the rule that repairs it', () => {
    const strayJoin: ScoredEdit = { ...stray, after: 'phư ơng', rules: ['missing-space'] };
    const row = summarizeRecords([recordSite(corruption, 'hai địa phường', [fix, stray], 3), recordSite(corruption, 'hai địa phư ơng', [fix, strayJoin], 3)]);
    expect(row.precision).toBe(2 / 4);
    expect(row.ownRulePrecision).toBe(2 / 3);
  });

  it('records whether the whole output equals the gold text', () => {
    expect(recordSite(corruption, gold, [fix], 3).exact).toBe(true);
    expect(recordSite(corruption, 'hai địa phường', [fix, stray], 3).exact).toBe(false);
  });
});

describe('counting edits on clean text', () => {
  const edits = [edit(0, 'a', 0.99, ['missing-space']), edit(2, 'b', 0.6, ['diacritic-typo']), edit(4, 'c', 1, ['missing-space', 'tone-placement'])];

  it('counts edits at or above a threshold', () => {
    expect([countEdits(edits), countEdits(edits, 0.6), countEdits(edits, 0.99), countEdits(edits, 0.995)]).toEqual([3, 3, 2, 1]);
  });

  it('counts only edits one of the given rules made', () => {
    expect(countEdits(edits, 0, ['missing-space', 'punctuation-space'])).toBe(2);
    expect(countEdits(edits, 0, ['diacritic-typo'])).toBe(1);
  });

  it('counts an edit once for each rule that made it', () => {
    expect(countByRule(edits)).toEqual({ 'missing-space': 2, 'diacritic-typo': 1, 'tone-placement': 1 });
  });

  it('scales to 10,000 words', () => {
    expect(perTenThousand(3, 60_000)).toBe(0.5);
    expect(perTenThousand(3, 0)).toBe(0);
  });
});
