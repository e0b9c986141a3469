// VIQR, Vietnamese Quoted-Readable (Viet-Std group; RFC 1456): ASCII only. A vowel is followed by its
// modifier — `(` breve, `^` circumflex, `+` horn — then its tone — `'` sắc, `` ` `` huyền, `?` hỏi,
// `~` ngã, `.` nặng; `dd` is đ. A backslash before a mark (or `d`) makes it literal.
import { addToneToLetter, decomposeLetter, type Modifier, type Tone } from '../orthography/letters.js';

const MODIFIER_OF_MARK: Record<string, Modifier> = { '(': 'breve', '^': 'circumflex', '+': 'horn' };
const MARK_OF_MODIFIER: Record<Modifier, string> = { breve: '(', circumflex: '^', horn: '+' };
const TONE_OF_MARK: Record<string, Tone> = { '`': 1, "'": 2, '?': 3, '~': 4, '.': 5 };
const MARK_OF_TONE = ['', '`', "'", '?', '~', '.'];
const MARKS = new Set([...Object.keys(MODIFIER_OF_MARK), ...Object.keys(TONE_OF_MARK)]);
const LETTER = /\p{L}/u;

const WITH_MODIFIER: Record<string, string> = {
  'a(': 'ă',
  'a^': 'â',
  'e^': 'ê',
  'o^': 'ô',
  'o+': 'ơ',
  'u+': 'ư',
};

function applyModifier(vowel: string, mark: string): string | undefined {
  const lower = WITH_MODIFIER[vowel.toLowerCase() + mark];
  if (lower === undefined) return undefined;
  return vowel === vowel.toLowerCase() ? lower : lower.toUpperCase();
}

function isVowel(char: string): boolean {
  const parts = decomposeLetter(char);
  return parts !== undefined && parts.base !== 'd' && parts.tone === 0;
}

/** The vowels that end `out`: a syllable's vowels are adjacent, so its tone, if any, is among them. */
function trailingVowels(out: string): string {
  let at = out.length;
  while (at > 0 && decomposeLetter(out[at - 1]) !== undefined && decomposeLetter(out[at - 1])!.base !== 'd') at--;
  return out.slice(at);
}

function hasTone(word: string): boolean {
  for (const char of word) if ((decomposeLetter(char)?.tone ?? 0) !== 0) return true;
  return false;
}

/**
 * Decodes VIQR text (`Vie^.t Nam` → `Việt Nam`) as RFC 1456 reads it: a mark after a vowel is a mark
 * unless a backslash escapes it; a tone mark that ends a word whose vowels have their tone already is
 * punctuation.
 * @param text ASCII VIQR text.
 */
export function decodeViqr(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const next = text[i + 1] ?? '';
    if (char === '\\' && (MARKS.has(next) || next === 'd' || next === 'D' || next === '\\')) {
      out += next;
      i++;
      continue;
    }
    if ((char === 'd' || char === 'D') && (next === 'd' || next === 'D')) {
      out += char === 'd' ? 'đ' : 'Đ';
      i++;
      continue;
    }
    if (!isVowel(char)) {
      out += char;
      continue;
    }
    let letter = char;
    const modified = applyModifier(letter, next);
    if (modified !== undefined) {
      letter = modified;
      i++;
    }
    const toneMark = text[i + 1] ?? '';
    const tone = TONE_OF_MARK[toneMark];
    // A second tone in one vowel group is punctuation (`No^.i.`), unless the word goes on after it.
    const wordGoesOn = LETTER.test(text[i + 2] ?? '');
    if (tone !== undefined && (wordGoesOn || !hasTone(trailingVowels(out)))) {
      const toned = addToneToLetter(letter.toLowerCase(), tone)!;
      const casedToned = letter === letter.toLowerCase() ? toned : toned.toUpperCase();
      letter = casedToned;
      i++;
    }
    out += letter;
  }
  return out;
}

const ESCAPE_AFTER = /[\p{L}]/u;

/**
 * Encodes NFC text in VIQR: the reference writer for tests and the evaluation. A literal mark after a
 * letter, and a literal `dd`, are escaped with a backslash, as RFC 1456 asks.
 * @param text NFC text.
 */
export function encodeViqr(text: string): string {
  let out = '';
  let previous = '';
  for (const char of text) {
    const parts = decomposeLetter(char);
    if (parts !== undefined && char !== 'đ' && char !== 'Đ' && !(parts.modifier === null && parts.tone === 0)) {
      const base = parts.upper ? parts.base.toUpperCase() : parts.base;
      out += base + (parts.modifier ? MARK_OF_MODIFIER[parts.modifier] : '') + MARK_OF_TONE[parts.tone];
    } else if (char === 'đ' || char === 'Đ') {
      out += char === 'đ' ? 'dd' : 'DD';
    } else if ((MARKS.has(char) && ESCAPE_AFTER.test(previous)) || char === '\\') {
      out += '\\' + char;
    } else if ((char === 'd' || char === 'D') && (previous === 'd' || previous === 'D')) {
      out += '\\' + char;
    } else {
      out += char;
    }
    previous = char;
  }
  return out;
}
