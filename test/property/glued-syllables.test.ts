// The missing-space property over the gold fixtures: every place where two syllables of correct text
// meet at one space, glued (`thành phố` → `thànhphố`) and, where the first one's tone mark can slide,
// glued with the mark slid (`Nội và` → `Nôịvà`, `dự án` → `dưạ́n`), comes back as the gold.
import { describe, expect, it } from 'vitest';
import { joinWithSlidTone, listJoinSites } from '../../scripts/lib/eval-joins.js';
import { clean } from '../../src/index.js';
import { readArticles } from '../helpers/fixtures.js';

/** Share of glued samples that must come back exactly. */
const MIN_UNDONE = 0.99;

interface GluedSample {
  gold: string;
  damaged: string;
  /** The two syllables as glued. */
  joined: string;
  slid: boolean;
}

// One sentence at a time: every sample is cleaned, so the text around each join is kept short.
const goldSentences = readArticles()
  .flatMap(({ gold }) => gold.split('\n'))
  .flatMap((line) => line.split(/(?<=[.!?…])\s+/))
  .filter((sentence) => sentence.trim() !== '');

function gluedSamplesOf(gold: string): GluedSample[] {
  return listJoinSites(gold, 'syllable').flatMap(({ left, right }) => {
    const glue = (joined: string, slid: boolean) => ({ gold, damaged: gold.slice(0, left.start) + joined + gold.slice(right.end), joined, slid });
    const samples = [glue(left.text + right.text, false)];
    const slid = joinWithSlidTone(left.text, right.text);
    if (slid !== undefined) samples.push(glue(slid.text, true));
    return samples;
  });
}

describe('two syllables glued by a lost space', () => {
  const samples = goldSentences.flatMap(gluedSamplesOf);

  it('covers every syllable pair of the gold fixtures, with and without a slid tone mark', () => {
    expect(samples.length).toBeGreaterThan(1500);
    expect(samples.filter((sample) => sample.slid).length).toBeGreaterThan(100);
  });

  it(`come back exactly as the gold in at least ${MIN_UNDONE * 100} % of the samples`, () => {
    const missed = samples.filter((sample) => clean(sample.damaged) !== sample.gold);
    const undone = 1 - missed.length / samples.length;
    if (undone < MIN_UNDONE) {
      const shown = missed.slice(0, 20).map(({ joined, slid }) => `${joined}${slid ? ' (tone slid)' : ''}`);
      expect.fail(`${missed.length} of ${samples.length} not undone (${(undone * 100).toFixed(2)} %):\n${shown.join('\n')}`);
    }
  });
});
