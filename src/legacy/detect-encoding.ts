import { getDefaultModel } from '../model/default-model.js';
import { mapTokensToIds } from '../model/map-tokens.js';
import type { LanguageModel } from '../model/types.js';
import { isVietnameseSyllable } from '../orthography/syllable.js';
import { toNfc } from '../orthography/unicode.js';
import { tokenize } from '../tokenize.js';
import { westernByteOf } from './code-pages.js';
import { decodeWith } from './decode-with.js';
import { LEGACY_ENCODINGS, type DetectedEncoding } from './legacy-encoding.js';
import { findMojibakeRepairs } from './repair-utf8-mojibake.js';

/** What {@link detectEncoding} found, with the evidence. */
export interface EncodingDetection {
  encoding: DetectedEncoding;
  /** How sure the choice is, 0 to 1. */
  confidence: number;
  /** The text decoded as detected (the input itself when `unicode`). */
  text: string;
  /** Share of words that are Vietnamese syllables, for each reading considered. */
  scores: Partial<Record<DetectedEncoding, number>>;
}

/** Options of {@link detectEncoding}. */
export interface DetectOptions {
  /** The language model that breaks near ties; default: the bundled one. */
  model?: LanguageModel;
}

const WORDS = /[\p{L}\p{M}]+/gu;
// Letters only Vietnamese Unicode text has: VIQR text, being ASCII, never holds them.
const VIETNAMESE_LETTER = /[ăâêôơưđĂÂÊÔƠƯĐ\u1EA0-\u1EF9]/u;
const SAMPLE_CHARS = 20_000;
// A reading must make this many more words Vietnamese than the text as it is, and must reach a share
// of Vietnamese words that only Vietnamese text has. Both are far from where readings of Vietnamese
// text in the wrong encoding land (measured with `npm run eval:legacy`).
const MIN_GAIN = 0.25;
const MIN_SHARE = 0.6;
const MIN_WORDS = 4;
// Text in some encodings, read as it is, still holds many syllables, so its gain is smaller: VIQR reads as
// many short syllables (`trie^.u` is `trie` and `u`), and VPS keeps à á â ã è é ê ì í ò ó ô õ ù ú at their
// Latin-1 places. Clean text that fits one byte gains far less from any reading (`npm run eval:legacy`).
const MIN_GAIN_OF: Partial<Record<DetectedEncoding, number>> = { viqr: 0.1, vps: 0.15 };

/** Share of the words (letter runs with a non-ASCII letter or not) that are Vietnamese syllables. */
function syllableShare(text: string): { share: number; words: number } {
  const words = text.match(WORDS) ?? [];
  if (words.length === 0) return { share: 0, words: 0 };
  let valid = 0;
  for (const word of words) if (isVietnameseSyllable(toNfc(word))) valid++;
  return { share: valid / words.length, words: words.length };
}

function meanLogProb(text: string, model: LanguageModel): number {
  const { ids } = mapTokensToIds(tokenize(text).tokens, model);
  let total = 0;
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] === model.bos) continue;
    const w2 = i >= 1 ? ids[i - 1] : model.bos;
    const w1 = i >= 2 && w2 !== model.bos ? ids[i - 2] : model.bos;
    total += model.logProb(w1, w2, ids[i]);
    count++;
  }
  return count === 0 ? -Infinity : total / count;
}

/** Whether text could be a legacy encoding read through Windows-1252 / Latin-1 (single-byte ones). */
function fitsOneByte(text: string): boolean {
  for (const char of text) if (westernByteOf(char) === undefined && !/[\u2000-\u206F\u20AC\u2122]/u.test(char)) return false;
  return true;
}

function readings(text: string, model: () => LanguageModel): Map<DetectedEncoding, string> {
  const found = new Map<DetectedEncoding, string>();
  const oneByte = fitsOneByte(text);
  for (const encoding of LEGACY_ENCODINGS) {
    // VIQR is ASCII; every other legacy text reached Unicode as Windows-1252 / Latin-1 characters.
    if (encoding === 'viqr' ? VIETNAMESE_LETTER.test(text) : !oneByte) continue;
    const decoded = decodeWith(text, encoding);
    if (decoded !== text) found.set(encoding, decoded);
  }
  const repairs = findMojibakeRepairs(text, model);
  if (repairs.length > 0) {
    let out = '';
    let at = 0;
    for (const repair of repairs) {
      out += text.slice(at, repair.start) + repair.text;
      at = repair.end;
    }
    found.set('utf8-mojibake', out + text.slice(at));
  }
  return found;
}

/**
 * Decides whether a text is good Unicode, a legacy encoding (read as Windows-1252 / Latin-1
 * characters) or UTF-8 mojibake, by decoding it every possible way and scoring each reading by its
 * share of Vietnamese syllables, with the language model to break near ties. Text that is already
 * good Unicode, or too short to tell, is `unicode`.
 * @param input The text, or its bytes (valid UTF-8 is read as UTF-8, anything else as Latin-1).
 * @param options The language model to use.
 */
export function detectEncoding(input: string | Uint8Array, options: DetectOptions = {}): EncodingDetection {
  const text = typeof input === 'string' ? input : bytesToText(input);
  const sample = text.slice(0, SAMPLE_CHARS);
  const model = () => options.model ?? getDefaultModel();
  const base = syllableShare(sample);
  const scores: Partial<Record<DetectedEncoding, number>> = { unicode: base.share };
  const candidates: { encoding: DetectedEncoding; text: string; share: number }[] = [];
  for (const [encoding, decoded] of readings(sample, model)) {
    const { share, words } = syllableShare(decoded);
    scores[encoding] = share;
    if (words >= MIN_WORDS && share >= MIN_SHARE && share - base.share >= (MIN_GAIN_OF[encoding] ?? MIN_GAIN)) candidates.push({ encoding, text: decoded, share });
  }
  if (candidates.length === 0) return { encoding: 'unicode', confidence: 1 - base.share / 2, text, scores };
  candidates.sort((a, b) => b.share - a.share);
  let best = candidates[0];
  const close = candidates.filter((candidate) => best.share - candidate.share < 0.05);
  if (close.length > 1) {
    const lm = model();
    best = close.map((candidate) => ({ candidate, score: meanLogProb(candidate.text, lm) })).sort((a, b) => b.score - a.score)[0].candidate;
  }
  const second = candidates.find((candidate) => candidate !== best)?.share ?? base.share;
  const confidence = Math.min(0.99, 0.5 + (best.share - second));
  const full = text.length === sample.length ? best.text : decodeFull(text, best.encoding, model);
  return { encoding: best.encoding, confidence, text: full, scores };
}

function decodeFull(text: string, encoding: DetectedEncoding, model: () => LanguageModel): string {
  if (encoding === 'unicode') return text;
  if (encoding !== 'utf8-mojibake') return decodeWith(text, encoding);
  return readings(text, model).get('utf8-mojibake') ?? text;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LATIN1 = new TextDecoder('latin1');

function bytesToText(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    // TextDecoder('latin1') is Windows-1252 in the Encoding Standard; bytes 0x80–0x9F come out as
    // its punctuation, which the decoders read back to the same bytes.
    return LATIN1.decode(bytes);
  }
}
