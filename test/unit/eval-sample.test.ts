import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eligibleUnitsOf, sampleFamily, sentencePairsOf } from '../../scripts/lib/eval-sample.js';
import { sentencesOf } from '../../scripts/lib/eval-sentences.js';

const GOLD = readFileSync(new URL('../../fixtures/000_6a7ce73d3663950d.gold.txt', import.meta.url), 'utf8');
const LINES = sentencesOf(GOLD);

describe('sentencePairsOf', () => {
  it('pairs consecutive sentences of a line and keeps a lone sentence as it is', () => {
    expect(sentencePairsOf([['A.', 'B.', 'C.'], ['D.']])).toEqual(['A. B.', 'B. C.', 'D.']);
  });
});

describe('eligibleUnitsOf', () => {
  const eligible = eligibleUnitsOf(LINES);

  it('keeps for each family only units that have a place for its defect', () => {
    expect(eligible.syllable.length).toBeGreaterThan(0);
    expect(eligible['letter-digit'].every((unit) => /\p{N}/u.test(unit))).toBe(true);
    expect(eligible.punctuation.every((unit) => /[,;:.!?] \p{L}/u.test(unit))).toBe(true);
  });

  it('draws sentence stops only from pairs, where the space after them is inside the unit', () => {
    expect(eligible.punctuation.some((unit) => /[.!?] \p{Lu}/u.test(unit))).toBe(true);
  });
});

describe('sampleFamily', () => {
  const eligible = eligibleUnitsOf(LINES);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(sampleFamily(eligible.typo, 'typo', 5, 1)).toEqual(sampleFamily(eligible.typo, 'typo', 5, 1));
    expect(sampleFamily(eligible.typo, 'typo', 5, 1)).not.toEqual(sampleFamily(eligible.typo, 'typo', 5, 2));
  });

  it('corrupts each drawn unit once, without drawing a unit twice', () => {
    const sample = sampleFamily(eligible.syllable, 'syllable', 10, 3);
    expect(sample.corruptions).toHaveLength(Math.min(10, eligible.syllable.length));
    expect(new Set(sample.corruptions.map((corruption) => corruption.gold)).size).toBe(sample.corruptions.length);
  });

  it('takes every eligible unit when asked for more than there are', () => {
    const sample = sampleFamily(eligible['letter-digit'], 'letter-digit', 10_000, 1);
    expect(sample.corruptions.map((corruption) => corruption.gold)).toEqual(eligible['letter-digit']);
  });
});
