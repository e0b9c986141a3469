// Drawing the texts to corrupt: a uniform sample of eligible units, one defect each.
import { tokenize } from '../../src/tokenize.js';
import type { Corruption } from './eval-corruption.js';
import { type JoinFamily, injectJoin, listJoinSites } from './eval-joins.js';
import { createRandom, deriveSeed, sampleIndices } from './eval-random.js';
import { isSampleableSentence } from './eval-sentences.js';
import { injectTypo, listTypoSites } from './eval-typos.js';

/** The families of defects sampled on their own, each from its own units. */
export type SampleFamily = JoinFamily | 'typo';

/** Every family, in report order. */
export const SAMPLE_FAMILIES: readonly SampleFamily[] = ['syllable', 'tone-next', 'letter-digit', 'punctuation', 'typo'];

/**
 * Pairs of consecutive sentences of a line (and each sentence that stands alone on its line): the units
 * of the `punctuation` family, so that the space after a sentence stop is a place too.
 * @param lines Lines of sentences.
 */
export function sentencePairsOf(lines: readonly string[][]): string[] {
  const units: string[] = [];
  for (const line of lines) {
    if (line.length === 1) units.push(line[0]);
    for (let i = 0; i + 1 < line.length; i++) units.push(`${line[i]} ${line[i + 1]}`);
  }
  return units;
}

/**
 * The units each family may draw: sampleable sentences (sentence pairs for `punctuation`) with at
 * least one place for the family's defect.
 * @param lines Lines of sentences.
 */
export function eligibleUnitsOf(lines: readonly string[][]): Record<SampleFamily, string[]> {
  const eligible: Record<SampleFamily, string[]> = { syllable: [], 'tone-next': [], 'letter-digit': [], punctuation: [], typo: [] };
  // One tokenization per unit serves every family.
  for (const sentence of lines.flat()) {
    const { tokens } = tokenize(sentence);
    if (!isSampleableSentence(sentence, tokens)) continue;
    if (listJoinSites(sentence, 'syllable', tokens).length > 0) eligible.syllable.push(sentence);
    if (listJoinSites(sentence, 'tone-next', tokens).length > 0) eligible['tone-next'].push(sentence);
    if (listJoinSites(sentence, 'letter-digit', tokens).length > 0) eligible['letter-digit'].push(sentence);
    if (listTypoSites(sentence, tokens).length > 0) eligible.typo.push(sentence);
  }
  for (const pair of sentencePairsOf(lines)) {
    const { tokens } = tokenize(pair);
    if (isSampleableSentence(pair, tokens) && listJoinSites(pair, 'punctuation', tokens).length > 0) eligible.punctuation.push(pair);
  }
  return eligible;
}

/** A family's sample: how many units could have been drawn, and the corrupted ones. */
export interface FamilySample {
  family: SampleFamily;
  /** Units that were long enough and had a place for the defect. */
  eligible: number;
  corruptions: Corruption[];
}

/**
 * Draws `count` eligible units uniformly without replacement and injects one defect in each, at a
 * place drawn uniformly among all of the unit's places. Deterministic for a seed; each family draws
 * from its own stream.
 * @param units The family's eligible units (from {@link eligibleUnitsOf}).
 * @param family The family of defects.
 * @param count How many units (all of them when fewer).
 * @param seed The run's seed.
 */
export function sampleFamily(units: readonly string[], family: SampleFamily, count: number, seed: number): FamilySample {
  const random = createRandom(deriveSeed(seed, family));
  const corruptions: Corruption[] = [];
  for (const index of sampleIndices(random, units.length, count)) {
    const unit = units[index];
    const corruption = family === 'typo' ? injectTypo(unit, random) : injectJoin(unit, family, random);
    if (corruption) corruptions.push(corruption);
  }
  return { family, eligible: units.length, corruptions };
}
