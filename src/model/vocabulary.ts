import { composeSyllable, parseSyllable } from '../orthography/syllable.js';
import { toNfc } from '../orthography/unicode.js';

/** The class tokens, in id order: they take ids 0 to 4 in every model. */
export const CLASS_TOKENS = ['<s>', '</s>', '<unk>', '<num>', '<p>'] as const;

/** Ids of the class tokens. */
export const BOS = 0;
/** Id of `</s>`. */
export const EOS = 1;
/** Id of `<unk>`. */
export const UNK = 2;
/** Id of `<num>`. */
export const NUM = 3;
/** Id of `<p>`. */
export const PUNCT = 4;

/** The class-token ids as a model exposes them. */
export const CLASS_IDS = { bos: BOS, eos: EOS, unk: UNK, num: NUM, punct: PUNCT } as const;

const COMBINING = /[\u0300-\u036f]/;

/**
 * The vocabulary key of a word: lower case, NFC, tone mark where the classic style puts it
 * (`Hoà` → `hòa`, `naỵ` → `nạy`), or `undefined` when the word is not one Vietnamese syllable.
 * @param word A letter token in any case, tone style or normalisation form.
 */
export function foldWord(word: string): string | undefined {
  const text = COMBINING.test(word) ? toNfc(word) : word;
  const syllable = parseSyllable(text);
  return syllable === undefined ? undefined : composeSyllable(syllable, 'classic');
}
