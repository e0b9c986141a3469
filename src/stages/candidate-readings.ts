import type { LanguageModel } from '../model/types.js';

/**
 * A syllable rarer than this in training (ln of its share of the words seen: about 3 in the 25 million
 * words of the training news) is not offered as what a word should read: such a reading is hardly ever
 * the word meant, and often a typo in the training text itself. On `npm run eval`, leaving these out
 * changed no typo repair and no restored syllable, and the two stages looked up a tenth fewer trigrams.
 * The join stage still weighs them, as readings a non-word could be before it is split.
 */
const MIN_CANDIDATE_LOG_FREQUENCY = -16;

/** The syllables a word with this skeleton may be repaired or restored to: attested, and not too rare. */
export function candidateReadings(model: LanguageModel, skeleton: string): number[] {
  return model.syllablesWithSkeleton(skeleton).filter((id) => model.logFrequency(id) >= MIN_CANDIDATE_LOG_FREQUENCY);
}
