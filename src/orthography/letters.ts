import { toNfc, toNfd } from './unicode.js';
import { buildCodeClasses } from '../code-classes.js';

/** The six Vietnamese tones: ngang (level), huyền, sắc, hỏi, ngã, nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Vietnamese names of the tones, indexed by {@link Tone}. */
export const TONE_NAMES = ['ngang', 'huyền', 'sắc', 'hỏi', 'ngã', 'nặng'] as const;

/** The combining mark of each tone, indexed by {@link Tone} (empty for the level tone). */
export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** Vowel modifiers: circumflex (â ê ô), breve (ă) and horn (ơ ư). */
export type Modifier = 'circumflex' | 'breve' | 'horn';

const MODIFIER_MARKS: Record<string, Modifier> = {
  '\u0302': 'circumflex',
  '\u0306': 'breve',
  '\u031B': 'horn',
};

// Deprecated duplicates of the grave and acute that some converters emit.
const TONE_BY_MARK: Record<string, Tone> = {
  '\u0300': 1,
  '\u0340': 1,
  '\u0301': 2,
  '\u0341': 2,
  '\u0309': 3,
  '\u0303': 4,
  '\u0323': 5,
};

/** The twelve toneless Vietnamese vowel letters, lower case. */
export const VOWELS = 'aăâeêioôơuưy';

/** A letter split into its parts. */
export interface LetterParts {
  /** The letter without tone, lower case, modifier kept (`ấ` → `â`). */
  letter: string;
  /** The bare Latin letter (`ấ` → `a`, `đ` → `d`). */
  base: string;
  modifier: Modifier | null;
  tone: Tone;
  upper: boolean;
}

const toneOf = new Map<string, Tone>();
const toneless = new Map<string, string>();
const withToneTable = new Map<string, string>();
const partsTable = new Map<string, LetterParts>();

function buildTables(): void {
  const lowers = [...VOWELS, 'đ'];
  for (const lower of lowers) {
    for (const letter of [lower, lower.toUpperCase()]) {
      const decomposed = toNfd(letter);
      const base = decomposed[0] === 'đ' || decomposed[0] === 'Đ' ? 'd' : decomposed[0].toLowerCase();
      const modifier = decomposed.length > 1 ? (MODIFIER_MARKS[decomposed[1]] ?? null) : null;
      for (let tone = 0 as Tone; tone <= 5; tone = (tone + 1) as Tone) {
        if (lower === 'đ' && tone > 0) break;
        const composed = toNfc(letter + TONE_MARKS[tone]);
        toneOf.set(composed, tone);
        toneless.set(composed, letter);
        withToneTable.set(letter + tone, composed);
        partsTable.set(composed, { letter: lower, base, modifier, tone, upper: letter !== lower });
      }
    }
  }
}
buildTables();

/** Splits one Vietnamese letter into its parts; `undefined` for any other character. */
export function decomposeLetter(char: string): LetterParts | undefined {
  return partsTable.get(char);
}

let letterCodes: Uint8Array | undefined;

/** Whether a UTF-16 code unit is one of the Vietnamese letters, plain or precomposed (`a`, `ộ`, `Đ`). */
export function isVietnameseLetterCode(code: number): boolean {
  if (letterCodes === undefined) {
    let top = 0;
    for (const char of partsTable.keys()) top = Math.max(top, char.charCodeAt(0));
    letterCodes = buildCodeClasses(top + 1, (char) => (partsTable.has(char) ? 1 : 0));
  }
  return code < letterCodes.length && letterCodes[code] === 1;
}

/** The tone carried by a precomposed vowel (`ộ` → 5); 0 for anything else. */
export function toneOfLetter(char: string): Tone {
  return toneOf.get(char) ?? 0;
}

/** A precomposed vowel without its tone (`Ộ` → `Ô`); other characters unchanged. */
export function removeToneFromLetter(char: string): string {
  return toneless.get(char) ?? char;
}

/** A toneless vowel with a tone added (`ô`, 5 → `ộ`); `undefined` when `char` is not a vowel. */
export function addToneToLetter(char: string, tone: Tone): string | undefined {
  return withToneTable.get(char + tone);
}

/** Whether `char` is a Vietnamese vowel letter, any tone or case. */
export function isVowelLetter(char: string): boolean {
  const parts = partsTable.get(char);
  return parts !== undefined && parts.base !== 'd';
}

/** The tone of a combining mark (U+0300 → 1), or `undefined` when it is not a tone mark. */
export function toneOfMark(mark: string): Tone | undefined {
  return TONE_BY_MARK[mark];
}

/** The modifier of a combining mark (U+0302 → circumflex), or `undefined`. */
export function modifierOfMark(mark: string): Modifier | undefined {
  return MODIFIER_MARKS[mark];
}

/** A word without its tone marks, lower case, modifiers kept (`Người` → `ngươi`). */
export function removeTones(word: string): string {
  let out = '';
  for (const char of toNfc(word).toLowerCase()) out += toneless.get(char) ?? char;
  return out;
}

const SKELETON_LETTER: Record<string, string> = {
  ă: 'a',
  â: 'a',
  ê: 'e',
  ô: 'o',
  ơ: 'o',
  ư: 'u',
  đ: 'd',
};

/**
 * A word's skeleton: lower case, without tones, modifiers or the stroke of đ (`Đường` → `duong`).
 * Two spellings that differ only in diacritics share a skeleton.
 */
export function skeletonOf(word: string): string {
  let out = '';
  for (const char of toNfc(word).toLowerCase()) {
    const bare = toneless.get(char) ?? char;
    out += SKELETON_LETTER[bare] ?? bare;
  }
  return out;
}

const COMBINING = /[\u0300-\u036f]/g;

/**
 * Removes every diacritic: tones, vowel modifiers and the stroke of `đ`/`Đ`
 * (`Hà Nội` → `Ha Noi`). Other characters are kept; the result is NFC.
 */
export function removeDiacritics(text: string): string {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string');
  return toNfc(toNfd(text).replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'));
}
