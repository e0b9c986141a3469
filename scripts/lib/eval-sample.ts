// Drawing the texts to corrupt: a uniform sample of eligible units, one defect each.
import type { Corruption } from './eval-corruption.js';
import { type JoinFamily, injectJoin, listJoinSites } from './eval-joins.js';
import { type Random, createRandom, deriveSeed, sampleIndices } from './eval-random.js';
import { isSampleableSentence } from './eval-sentences.js';
import { injectTypo, listTypoSites } from './eval-typos.js';

/** The families of defects sampled on their own, each from its own units. */
export type SampleFamily = JoinFamily | 'typo';

/**
 * The texts a family is sampled from. Sentences for most; for `punctuation`, every pair of consecutive
 * sentences of a line (and each sentence that stands alone on its line), so that the space after a
 * sentence stop is a place too.
 * @param lines Lines of sentences.
 * @param family The family.
 */
export function unitsOf(lines: readonly string[][], family: SampleFamily): string[] {
  if (family !== 'punctuation') return lines.flat();
  const units: string[] = [];
  for (const line of lines) {
    if (line.length === 1) units.push(line[0]);
    for (let i = 0; i + 1 < line.length; i++) units.push(`${line[i]} ${line[i + 1]}`);
  }
  return units;
}

function hasPlace(unit: string, family: SampleFamily): boolean {
  return family === 'typo' ? listTypoSites(unit).length > 0 : listJoinSites(unit, family).length > 0;
}

function inject(unit: string, family: SampleFamily, random: Random): Corruption | undefined {
  return family === 'typo' ? injectTypo(unit, random) : injectJoin(unit, family, random);
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
 * @param lines Lines of sentences (held-out news).
 * @param family The family of defects.
 * @param count How many units (all eligible ones when fewer).
 * @param seed The run's seed.
 */
export function sampleFamily(lines: readonly string[][], family: SampleFamily, count: number, seed: number): FamilySample {
  const eligible = unitsOf(lines, family).filter((unit) => isSampleableSentence(unit) && hasPlace(unit, family));
  const random = createRandom(deriveSeed(seed, family));
  const corruptions: Corruption[] = [];
  for (const index of sampleIndices(random, eligible.length, count)) {
    const corruption = inject(eligible[index], family, random);
    if (corruption) corruptions.push(corruption);
  }
  return { family, eligible: eligible.length, corruptions };
}
