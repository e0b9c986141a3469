// Lost spaces as PDF extraction makes them at line wraps, sometimes with the tone mark slid one letter on.
import { TONE_MARKS, addToneToLetter, isVowelLetter, removeToneFromLetter, toneOfLetter } from '../../src/orthography/letters.js';
import { isVietnameseSyllable } from '../../src/orthography/syllable.js';
import { toNfc } from '../../src/orthography/unicode.js';
import { tokenize } from '../../src/tokenize.js';
import type { Token } from '../../src/types.js';
import { type Corruption, type CorruptionKind, replaceSpan } from './eval-corruption.js';
import { type Random, drawIndex } from './eval-random.js';

/**
 * The families of joins, each sampled on its own: `syllable` (any two syllables, the tone sliding
 * when it can), `tone-next` (only pairs whose tone can slide onto the next syllable, always sliding:
 * rare in running text, so sampled apart to have enough of them), `letter-digit` and `punctuation`.
 */
export type JoinFamily = 'syllable' | 'tone-next' | 'letter-digit' | 'punctuation';

/** A place where a space can be lost: the tokens before and after one single space. */
export interface JoinSite {
  /** The token before the space. */
  left: Token;
  /** The token after the space. */
  right: Token;
}

/** Chance that a tone mark slides when the first syllable has one that can slide. */
export const TONE_SLIDE_PROBABILITY = 0.5;

const STOPS = new Set(['.', '!', '?']);
const PAUSES = new Set([',', ';', ':']);
const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;

function isSyllableToken(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && isVietnameseSyllable(token.text);
}

function matchesFamily(family: JoinFamily, tokens: readonly Token[], i: number): boolean {
  const [left, right] = [tokens[i - 1], tokens[i + 1]];
  if (family === 'syllable') return isSyllableToken(left) && isSyllableToken(right);
  if (family === 'tone-next') {
    return isSyllableToken(left) && isSyllableToken(right) && joinWithSlidTone(left.text, right.text)?.kind === 'join-tone-next';
  }
  if (family === 'letter-digit') {
    return (left.kind === 'number' && isSyllableToken(right)) || (isSyllableToken(left) && right.kind === 'number');
  }
  const before = tokens[i - 2];
  return (
    left.kind === 'punctuation' &&
    (STOPS.has(left.text) || PAUSES.has(left.text)) &&
    before !== undefined &&
    before.end === left.start &&
    ENDS_IN_LETTER_OR_DIGIT.test(before.text) &&
    isSyllableToken(right)
  );
}

/**
 * Lists every place of a family in a text: a single space between a syllable and a syllable
 * (`syllable`; `tone-next` when the first one's tone can slide onto the second), a number and a
 * syllable either way (`letter-digit`), or a word-final `, ; : . ! ?` and a syllable (`punctuation`).
 * @param text The text, usually one sentence.
 * @param family Which places to list.
 * @param tokens The text's tokens, when already at hand.
 */
export function listJoinSites(text: string, family: JoinFamily, tokens: readonly Token[] = tokenize(text).tokens): JoinSite[] {
  const sites: JoinSite[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].kind !== 'space' || tokens[i].text !== ' ') continue;
    if (matchesFamily(family, tokens, i)) sites.push({ left: tokens[i - 1], right: tokens[i + 1] });
  }
  return sites;
}

/**
 * Joins two syllables with the first one's tone mark slid one letter on, the way a misplaced glyph
 * comes out of a PDF: onto its own last letter when that is a toneless vowel (`Nội` `và` → `Nôịvà`),
 * or, when the tone already sits on its last letter, onto the next syllable's first letter if that is
 * a vowel, which then carries both marks (`dự` `án` → `dưạ́n`). The two cases never both apply.
 * @param first The first syllable.
 * @param second The second syllable.
 * @returns The joined text, or `undefined` when the tone cannot slide (no tone, or a consonant next).
 */
export function joinWithSlidTone(first: string, second: string): { text: string; kind: CorruptionKind } | undefined {
  let carrier = 0;
  while (carrier < first.length && toneOfLetter(first[carrier]) === 0) carrier++;
  if (carrier === first.length) return undefined;
  const tone = toneOfLetter(first[carrier]);
  const last = first.length - 1;
  const toneless = first.slice(0, carrier) + removeToneFromLetter(first[carrier]) + first.slice(carrier + 1);
  if (carrier < last && isVowelLetter(first[last])) {
    return { text: toneless.slice(0, last) + addToneToLetter(first[last], tone) + second, kind: 'join-tone-own' };
  }
  if (carrier === last && isVowelLetter(second[0])) {
    const own = toneOfLetter(second[0]);
    const both = toNfc(removeToneFromLetter(second[0]) + TONE_MARKS[tone] + TONE_MARKS[own]);
    return { text: toneless + both + second.slice(1), kind: 'join-tone-next' };
  }
  return undefined;
}

/**
 * Removes the space of one join site; in the `syllable` family the tone mark slides with probability
 * 0.5 when it can, in `tone-next` always.
 * @param text The gold text.
 * @param site A site of `listJoinSites(text, family)`.
 * @param family The family the site belongs to.
 * @param random The generator (drawn from only when the tone can slide).
 */
export function corruptJoinSite(text: string, site: JoinSite, family: JoinFamily, random: Random): Corruption {
  const { left, right } = site;
  if (family === 'letter-digit') return replaceSpan('letter-digit', text, left.start, right.end, left.text + right.text);
  if (family === 'punctuation') {
    const kind = STOPS.has(left.text) ? 'sentence-stop' : 'punctuation';
    return replaceSpan(kind, text, left.start, right.end, left.text + right.text);
  }
  const slid = joinWithSlidTone(left.text, right.text);
  if (slid !== undefined && (family === 'tone-next' || random() < TONE_SLIDE_PROBABILITY)) {
    return replaceSpan(slid.kind, text, left.start, right.end, slid.text);
  }
  return replaceSpan('join', text, left.start, right.end, left.text + right.text);
}

/**
 * Injects one join of a family at a place drawn uniformly among all the text's places of that family.
 * @param text The gold text.
 * @param family Which kind of join.
 * @param random The generator.
 * @returns The corruption, or `undefined` when the text has no such place.
 */
export function injectJoin(text: string, family: JoinFamily, random: Random): Corruption | undefined {
  const sites = listJoinSites(text, family);
  if (sites.length === 0) return undefined;
  return corruptJoinSite(text, sites[drawIndex(random, sites.length)], family, random);
}
