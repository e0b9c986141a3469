/**
 * A syllable trigram language model over lower-case, classic-tone-style syllables, with class tokens
 * for numbers, punctuation, unknown words and sentence boundaries. Log-probabilities are natural logs.
 */
export interface LanguageModel {
  /** Id of the sentence-start token `<s>`. */
  readonly bos: number;
  /** Id of the sentence-end token `</s>`. */
  readonly eos: number;
  /** Id of `<unk>`: any word that is not an in-vocabulary syllable. */
  readonly unk: number;
  /** Id of `<num>`: any number. */
  readonly num: number;
  /** Id of `<p>`: any punctuation mark inside a sentence. */
  readonly punct: number;
  /** Number of ids (syllables and class tokens). */
  readonly size: number;
  /** Ids below this were seen in training (class tokens included); the rest are possible but unseen syllables. */
  readonly attestedSize: number;
  /** Id of a word in any case and tone style (`Hoà` → id of `hòa`), or `unk`. */
  idOf(word: string): number;
  /** The syllable (or class token) an id stands for. */
  wordOf(id: number): string;
  /** ln P(w3 | w1 w2), backing off to shorter contexts as needed. */
  logProb(w1: number, w2: number, w3: number): number;
  /** ln of how often an id was seen in training, as a share of every word seen (half a time when never). */
  logFrequency(id: number): number;
  /** How often an id was seen in training, as the word predicted. */
  wordCount(id: number): number;
  /** Ids of in-vocabulary syllables with this skeleton (`skeletonOf`), for candidate generation. */
  syllablesWithSkeleton(skeleton: string): readonly number[];
  /**
   * ln P(word | `<unk>`): how likely a token the model reads as `<unk>` is exactly this word, from the
   * whole-token counts (case-insensitive). Add it to the `<unk>` log-probability to score a specific word.
   */
  unknownWordLogProb(word: string): number;
  /** How often a lower-case letter token that is not one syllable (`ôtô`, `taxi`) was seen whole in training. */
  wholeTokenCount(lowerWord: string): number;
  /** Share (0..1) of an id's occurrences written capitalised in the middle of a sentence (name-likeness). */
  capitalizedShare(id: number): number;
}
