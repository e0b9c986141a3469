import {
  type Tone,
  addToneToLetter,
  removeToneFromLetter,
  toneOfLetter,
  VOWELS,
} from './letters.js';
import { GENERAL_RIMES, ONSETLESS_Y_RIMES, QU_RIMES, isFrontRime } from './rimes.js';

/**
 * Where a tone mark goes in open `oa`, `oe`, `uy` rimes: `classic` (hòa, khỏe, thủy — the
 * convention of Vietnamese news), `modern` (hoà, khoẻ, thuỷ) or `preserve` (keep either).
 */
export type ToneStyle = 'classic' | 'modern' | 'preserve';

/** Where a parsed syllable had its tone mark. */
export type TonePlacement = 'none' | 'classic' | 'modern' | 'both' | 'misplaced';

/** A Vietnamese syllable split into its spelling parts (all lower case, without tone). */
export interface Syllable {
  /** Initial consonant as written (`ngh`, `qu`, `gi`, or `` for none). */
  onset: string;
  /** The rest as written without tone: medial, nucleus and coda (`oan`, `ương`). */
  rime: string;
  tone: Tone;
  /** Where the input carried its tone mark. */
  placement: TonePlacement;
}

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'kh', 'ph', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

const general = new Set(GENERAL_RIMES);
const front = new Set(GENERAL_RIMES.filter(isFrontRime));
const back = new Set(GENERAL_RIMES.filter((rime) => !isFrontRime(rime)));
const RIMES_BY_ONSET = new Map<string, ReadonlySet<string>>([
  ['', new Set([...GENERAL_RIMES, ...ONSETLESS_Y_RIMES])],
  ['qu', new Set(QU_RIMES)],
  ['gi', general],
  // `g` before `i` is the gi- onset whose `i` is also the vowel (gì, gìn, giêng).
  ['g', new Set([...back, ...GENERAL_RIMES.filter((rime) => rime.startsWith('i'))])],
  ['c', back],
  ['ng', back],
  ['k', front],
  ['gh', new Set([...front].filter((rime) => rime !== 'y'))],
  ['ngh', new Set([...front].filter((rime) => rime !== 'y'))],
]);

function rimesAfter(onset: string): ReadonlySet<string> {
  return RIMES_BY_ONSET.get(onset) ?? general;
}

const MODIFIED_VOWELS = 'ăâêôơư';
const STOP_CODA = /(?:c|ch|p|t)$/;

/** Index, within a rime, of the letter that carries the tone. */
export function toneIndexInRime(rime: string, style: 'classic' | 'modern'): number {
  let vowelEnd = 0;
  let lastModified = -1;
  while (vowelEnd < rime.length && VOWELS.includes(rime[vowelEnd])) {
    if (MODIFIED_VOWELS.includes(rime[vowelEnd])) lastModified = vowelEnd;
    vowelEnd++;
  }
  if (lastModified >= 0) return lastModified;
  if (vowelEnd < rime.length) return vowelEnd - 1;
  if (vowelEnd === 3) return 1;
  if (vowelEnd === 2 && style === 'modern' && /^(?:oa|oe|uy)$/.test(rime)) return 1;
  return 0;
}

function onsetCandidates(bare: string): string[] {
  if (bare.startsWith('gi')) return ['gi', 'g'];
  if (bare.startsWith('qu')) return ['qu'];
  for (const onset of ONSETS) if (bare.startsWith(onset)) return [onset];
  return [''];
}

function isValid(onset: string, rime: string, tone: Tone): boolean {
  if (!rimesAfter(onset).has(rime)) return false;
  return !STOP_CODA.test(rime) || tone === 2 || tone === 5;
}

/**
 * Splits the lower-case toneless form of a syllable into onset and rime;
 * `undefined` when no spelling rule allows it.
 */
function splitBare(bare: string, tone: Tone): [string, string] | undefined {
  for (const onset of onsetCandidates(bare)) {
    const rime = bare.slice(onset.length);
    if (isValid(onset, rime, tone)) return [onset, rime];
  }
  return undefined;
}

/**
 * Parses one syllable (any case, NFC) into onset, rime and tone. A tone mark on the wrong vowel
 * still parses, with `placement: 'misplaced'`. Returns `undefined` for anything that is not a
 * Vietnamese syllable: foreign words, several tone marks, impossible spellings.
 */
export function parseSyllable(word: string): Syllable | undefined {
  if (word.length === 0 || word.length > 7) return undefined;
  const lower = word.toLowerCase();
  let bare = '';
  let tone: Tone = 0;
  let toneAt = -1;
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i];
    const charTone = toneOfLetter(char);
    if (charTone !== 0) {
      if (toneAt >= 0) return undefined;
      tone = charTone;
      toneAt = i;
      bare += removeToneFromLetter(char);
    } else {
      bare += char;
    }
  }
  const split = splitBare(bare, tone);
  if (!split) return undefined;
  const [onset, rime] = split;
  let placement: TonePlacement = 'none';
  if (tone !== 0) {
    const classic = onset.length + toneIndexInRime(rime, 'classic');
    const modern = onset.length + toneIndexInRime(rime, 'modern');
    if (toneAt === classic) placement = classic === modern ? 'both' : 'classic';
    else if (toneAt === modern) placement = 'modern';
    else placement = 'misplaced';
  }
  return { onset, rime, tone, placement };
}

/**
 * Writes a syllable in lower case with its tone on the letter the style asks for.
 * `preserve` keeps the modern placement when the syllable was parsed with it, else classic.
 */
export function composeSyllable(syllable: Pick<Syllable, 'onset' | 'rime' | 'tone'> & { placement?: TonePlacement }, style: ToneStyle = 'classic'): string {
  const { onset, rime, tone } = syllable;
  if (tone === 0) return onset + rime;
  const effective = style === 'preserve' ? (syllable.placement === 'modern' ? 'modern' : 'classic') : style;
  const at = toneIndexInRime(rime, effective);
  return onset + rime.slice(0, at) + addToneToLetter(rime[at], tone) + rime.slice(at + 1);
}

/** Whether `word` is one correctly spelled Vietnamese syllable (either tone style, any case). */
export function isVietnameseSyllable(word: string): boolean {
  const syllable = parseSyllable(word);
  return syllable !== undefined && syllable.placement !== 'misplaced';
}

/** Copies the letter case of `shape` onto `lower`, letter by letter (both the same length). */
export function applyCase(shape: string, lower: string): string {
  if (shape === lower) return lower;
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const s = shape[i];
    out += s !== undefined && s !== s.toLowerCase() ? lower[i].toUpperCase() : lower[i];
  }
  return out;
}
