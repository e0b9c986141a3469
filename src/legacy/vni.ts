// VNI-Windows font encoding (VNI Software, the VNI-Times family of fonts): a letter is its base letter
// followed by a code for the modifier and tone, both bytes of the font's Windows-1252 repertoire.
// Fixed one-byte letters: ơ = 0xF4, ư = 0xF6, đ = 0xF1, the toned i (0xEC 0xED 0xE6 0xF3 0xF2 for
// huyền sắc hỏi ngã nặng) and ỵ = 0xEE; capitals use the code 0x20 lower (the Latin-1 capital).
import { VOWELS, addToneToLetter, type Tone } from '../orthography/letters.js';

// Indexed by tone: ngang, huyền, sắc, hỏi, ngã, nặng.
const TONE_CODES = ['', 'ø', 'ù', 'û', 'õ', 'ï'];
const CIRCUMFLEX_CODES = ['â', 'à', 'á', 'å', 'ã', 'ä'];
const BREVE_CODES = ['ê', 'è', 'é', 'ú', 'ü', 'ë'];
const TONED_I = ['i', 'ì', 'í', 'æ', 'ó', 'ò'];

function vniOfLower(vowel: string, tone: Tone): string {
  switch (vowel) {
    case 'ă':
      return 'a' + BREVE_CODES[tone];
    case 'â':
    case 'ê':
    case 'ô':
      return { â: 'a', ê: 'e', ô: 'o' }[vowel] + CIRCUMFLEX_CODES[tone];
    case 'ơ':
      return 'ô' + TONE_CODES[tone];
    case 'ư':
      return 'ö' + TONE_CODES[tone];
    case 'i':
      return TONED_I[tone];
    case 'y':
      return tone === 5 ? 'î' : 'y' + TONE_CODES[tone];
    default:
      return vowel + TONE_CODES[tone];
  }
}

/** Every Vietnamese letter that is not ASCII, with its VNI-Windows spelling. */
function buildLetters(): Map<string, string> {
  const letters = new Map<string, string>([
    ['đ', 'ñ'],
    ['Đ', 'Ñ'],
  ]);
  for (const vowel of VOWELS) {
    for (let tone = 0 as Tone; tone <= 5; tone = (tone + 1) as Tone) {
      const letter = addToneToLetter(vowel, tone)!;
      const vni = vniOfLower(vowel, tone);
      if (letter !== vni) letters.set(letter, vni);
      const upper = letter.toUpperCase();
      if (upper !== vni.toUpperCase()) letters.set(upper, vni.toUpperCase());
    }
  }
  return letters;
}

const VNI_OF_LETTER = buildLetters();
const LETTER_OF_VNI = new Map([...VNI_OF_LETTER].map(([letter, vni]) => [vni, letter]));

/**
 * Decodes VNI-Windows text, given as the characters its bytes stand for in Windows-1252 (`Vieät` →
 * `Việt`). Characters that are not VNI letters pass through.
 * @param text The text as found.
 */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = LETTER_OF_VNI.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i++;
      continue;
    }
    out += LETTER_OF_VNI.get(text[i]) ?? text[i];
  }
  return out;
}

/**
 * Encodes NFC text in VNI-Windows, as Windows-1252 characters: the reference writer for tests and the
 * evaluation; characters without a VNI spelling pass through.
 * @param text NFC text.
 */
export function encodeVni(text: string): string {
  let out = '';
  for (const char of text) out += VNI_OF_LETTER.get(char) ?? char;
  return out;
}
