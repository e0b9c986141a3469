import { type Tone, decomposeLetter, toneOfMark } from './letters.js';

/** A word read letter by letter: toneless lower-case letters, their case, and where tone marks sit. */
export interface Spelling {
  /** Lower-case letters without tones, modifiers kept (`Nôị` → `nôi`). */
  letters: string;
  /** Whether each letter was upper case. */
  upper: boolean[];
  /** Every tone mark in reading order, with the index of the letter that carries it. */
  tones: { at: number; tone: Tone }[];
}

const LATIN_LETTER = /^[a-zA-Z]$/;

/**
 * Reads a word (NFC) into letters and tone marks, keeping marks that sit on the wrong letter or on a
 * consonant (`xett́uyển`), as PDF extraction leaves them. `undefined` when the word has anything but
 * Latin and Vietnamese letters and tone marks.
 */
export function spellWord(word: string): Spelling | undefined {
  let letters = '';
  const upper: boolean[] = [];
  const tones: { at: number; tone: Tone }[] = [];
  for (const char of word) {
    const parts = decomposeLetter(char);
    if (parts !== undefined) {
      letters += parts.letter;
      upper.push(parts.upper);
      if (parts.tone !== 0) tones.push({ at: letters.length - 1, tone: parts.tone });
      continue;
    }
    if (LATIN_LETTER.test(char)) {
      letters += char.toLowerCase();
      upper.push(char !== char.toLowerCase());
      continue;
    }
    const tone = toneOfMark(char);
    if (tone === undefined || letters.length === 0) return undefined;
    tones.push({ at: letters.length - 1, tone });
  }
  return { letters, upper, tones };
}

/** A lower-case word written with the letter case of another spelling of it, letter by letter. */
export function writeWithCase(lower: string, upper: readonly boolean[]): string {
  let out = '';
  for (let i = 0; i < lower.length; i++) out += upper[i] ? lower[i].toUpperCase() : lower[i];
  return out;
}
