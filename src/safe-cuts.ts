// Places where text may be cut into pieces that clean on their own: no repair looks across them.

/** The spaces the tokenizer reads as a space run. */
export const SPACE = '[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]';

/**
 * A sentence ends, then a run of spaces, then a new sentence: the language model breaks sentences
 * there, so no repair looks across it. The cut is at the end of the match.
 */
export const SENTENCE_CUT = new RegExp(`[.!?\\u2026]["'\\u201D\\u2019\\u00BB)\\]]*${SPACE}+(?=[\\p{Lu}\\p{N}"\\u201C\\u2018\\u00AB(])`, 'gu');

/** The offsets after which a line may be cut between sentences, in order. */
export function sentenceCuts(line: string): number[] {
  const cuts: number[] = [];
  SENTENCE_CUT.lastIndex = 0;
  for (let match = SENTENCE_CUT.exec(line); match !== null; match = SENTENCE_CUT.exec(line)) {
    cuts.push(match.index + match[0].length);
  }
  return cuts;
}
