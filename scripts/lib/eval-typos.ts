// Diacritic typos: one syllable with a wrong tone, a lost tone, a lost vowel modifier, or `d` for `đ`.
import { type Tone, addToneToLetter, decomposeLetter, removeToneFromLetter, toneOfLetter } from '../../src/orthography/letters.js';
import { applyCase, composeSyllable, isVietnameseSyllable, parseSyllable } from '../../src/orthography/syllable.js';
import { tokenize } from '../../src/tokenize.js';
import type { Token } from '../../src/types.js';
import { type Corruption, replaceSpan } from './eval-corruption.js';
import { type Random, drawIndex } from './eval-random.js';

/** The ways a syllable is mistyped. */
export type TypoOperation = 'change-tone' | 'drop-tone' | 'drop-modifier' | 'd-for-dd';

/**
 * The operations that change a syllable: `change-tone` always, `drop-tone` when it has a tone,
 * `drop-modifier` when it has `ă â ê ô ơ ư`, `d-for-dd` when it has `đ`.
 * @param syllable A valid Vietnamese syllable.
 */
export function typoOperationsOf(syllable: string): TypoOperation[] {
  const operations: TypoOperation[] = ['change-tone'];
  if ([...syllable].some((char) => toneOfLetter(char) !== 0)) operations.push('drop-tone');
  if ([...syllable].some((char) => decomposeLetter(char)?.modifier)) operations.push('drop-modifier');
  if (/[đĐ]/.test(syllable)) operations.push('d-for-dd');
  return operations;
}

function dropModifiers(syllable: string): string {
  let out = '';
  for (const char of syllable) {
    const parts = decomposeLetter(char);
    if (!parts?.modifier) {
      out += char;
      continue;
    }
    const base = parts.upper ? parts.base.toUpperCase() : parts.base;
    out += addToneToLetter(base, parts.tone) ?? char;
  }
  return out;
}

function changeTone(syllable: string, random: Random): string {
  const parsed = parseSyllable(syllable);
  if (!parsed) throw new Error(`Expected a syllable, got \`${syllable}\``);
  const others = ([1, 2, 3, 4, 5] as Tone[]).filter((tone) => tone !== parsed.tone);
  const tone = others[drawIndex(random, others.length)];
  return applyCase(syllable, composeSyllable({ ...parsed, tone }, 'preserve'));
}

/**
 * Applies one typo operation to a syllable. Tones go where the syllable's own style puts them;
 * a dropped modifier leaves the tone on the same letter (`tiến` → `tién`); `drop-modifier` drops
 * every modifier of the syllable (`đường` → `đuòng`).
 * @param syllable A valid Vietnamese syllable.
 * @param operation One of `typoOperationsOf(syllable)`.
 * @param random The generator (drawn from by `change-tone`, for the new tone).
 */
export function applyTypo(syllable: string, operation: TypoOperation, random: Random): string {
  switch (operation) {
    case 'change-tone':
      return changeTone(syllable, random);
    case 'drop-tone':
      return [...syllable].map(removeToneFromLetter).join('');
    case 'drop-modifier':
      return dropModifiers(syllable);
    case 'd-for-dd':
      return syllable.replace(/đ/g, 'd').replace(/Đ/g, 'D');
  }
}

/**
 * Lists the syllables of a text that a typo may hit: every word token that is a valid syllable.
 * @param text The text, usually one sentence.
 * @param tokens The text's tokens, when already at hand.
 */
export function listTypoSites(text: string, tokens: readonly Token[] = tokenize(text).tokens): Token[] {
  return tokens.filter((token) => token.kind === 'word' && isVietnameseSyllable(token.text));
}

/**
 * Injects one typo: a syllable drawn uniformly among the text's syllables, then an operation drawn
 * uniformly among those that apply to it. The row is `typo-real-word` when the result is still a
 * valid syllable, else `typo-non-word`.
 * @param text The gold text.
 * @param random The generator.
 * @returns The corruption, or `undefined` when the text has no syllable.
 */
export function injectTypo(text: string, random: Random): Corruption | undefined {
  const sites = listTypoSites(text);
  if (sites.length === 0) return undefined;
  const site = sites[drawIndex(random, sites.length)];
  const operations = typoOperationsOf(site.text);
  const operation = operations[drawIndex(random, operations.length)];
  const typo = applyTypo(site.text, operation, random);
  const kind = isVietnameseSyllable(typo) ? 'typo-real-word' : 'typo-non-word';
  return { ...replaceSpan(kind, text, site.start, site.end, typo), operation };
}
