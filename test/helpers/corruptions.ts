// Ways to damage correct text the way real text is damaged, each with a known way back.
import { addToneToLetter, isVowelLetter, removeToneFromLetter, toneOfLetter } from '../../src/orthography/letters.js';

/**
 * Every way of writing `word` with its one tone mark on another of its vowels (`của` → `cuả`).
 * @param word One syllable, NFC.
 */
export function slideTone(word: string): string[] {
  const letters = [...word];
  const toned = letters.findIndex((letter) => toneOfLetter(letter) !== 0);
  if (toned < 0) return [];
  const tone = toneOfLetter(letters[toned]);
  const bare = letters.map((letter, i) => (i === toned ? removeToneFromLetter(letter) : letter));
  const variants: string[] = [];
  bare.forEach((letter, i) => {
    if (i === toned || !isVowelLetter(letter)) return;
    const moved = addToneToLetter(letter, tone);
    if (moved !== undefined) variants.push(bare.map((other, j) => (j === i ? moved : other)).join(''));
  });
  return variants;
}

/**
 * Inserts `char` at `at`, moved forward to the nearest place that is not inside a protected span.
 * @param text The text.
 * @param at A UTF-16 offset.
 * @param char The character to insert.
 * @param isFree Whether an offset is a place that may take the character.
 */
export function insertAt(text: string, at: number, char: string, isFree: (offset: number) => boolean): string {
  for (let offset = at; offset <= text.length; offset++) {
    if (isFree(offset)) return text.slice(0, offset) + char + text.slice(offset);
  }
  return text;
}
