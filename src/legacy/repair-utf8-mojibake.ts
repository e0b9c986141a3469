import type { LanguageModel } from '../model/types.js';
import { decomposeLetter } from '../orthography/letters.js';
import { isVietnameseSyllable } from '../orthography/syllable.js';
import { toNfc } from '../orthography/unicode.js';
import { anyCodePageByteOf, codePageCharacters } from './code-pages.js';

/** One repair of UTF-8 text that was read as Windows-1252, Latin-1 or Windows-1258. */
export interface MojibakeRepair {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
  confidence: number;
}

// Bytes that are lost when UTF-8 is read as Windows-1252: the five it leaves unassigned (replaced by
// U+FFFD or dropped) and the no-break space 0xA0 (turned into a space or dropped by later cleaning).
const LOST_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xa0];
const REPLACEMENT = '\uFFFD';
const CHUNK = /[^\t\n\r \u2028\u2029]+/g;
const LETTERS = /[\p{L}\p{M}]+/gu;
// Characters a repaired sequence may decode to: Latin letters and marks, general punctuation, the
// currency signs. Anything else (CJK, Cyrillic…) means the bytes only happened to be valid UTF-8.
const PLAUSIBLE = /^[\u00A0-\u024F\u0300-\u036F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20BF\u2100-\u2122]$/u;
const MAX_CHOICES = 64;

/** A piece of the decoded chunk: fixed text, or the possible characters of a sequence that lost a byte. */
type Piece = string | readonly string[];

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeSequence(bytes: readonly number[]): string | undefined {
  try {
    const char = UTF8.decode(Uint8Array.from(bytes));
    return [...char].length === 1 && PLAUSIBLE.test(char) ? char : undefined;
  } catch {
    return undefined;
  }
}

/** The characters a sequence with unknown bytes (-1) could have been: Vietnamese letters only. */
function possibleChars(bytes: readonly number[]): string[] {
  let partial: number[][] = [[]];
  for (const byte of bytes) {
    const options = byte >= 0 ? [byte] : LOST_BYTES;
    partial = partial.flatMap((prefix) => options.map((option) => [...prefix, option]));
  }
  const chars = new Set<string>();
  for (const candidate of partial) {
    const char = decodeSequence(candidate);
    if (char !== undefined && decomposeLetter(char) !== undefined) chars.add(char);
  }
  return [...chars];
}

/**
 * Reads a chunk (no white space) as UTF-8 bytes misread through a Western code page. `undefined` when
 * it is not that: no multi-byte sequence, or a non-ASCII character that no sequence explains.
 */
function decodeChunk(chunk: string): { pieces: Piece[]; intact: number; lossy: number } | undefined {
  const chars = [...chunk];
  const bytes = chars.map((char) => (char === REPLACEMENT ? -1 : (anyCodePageByteOf(char) ?? -2)));
  const pieces: Piece[] = [];
  let intact = 0;
  let lossy = 0;
  for (let i = 0; i < chars.length; ) {
    const byte = bytes[i];
    if (byte >= 0 && byte < 0x80) {
      pieces.push(chars[i++]);
      continue;
    }
    const length = byte >= 0 ? sequenceLength(byte) : 0;
    if (length === 0) return undefined;
    const sequence = [byte];
    let lost = false;
    let j = i + 1;
    while (sequence.length < length) {
      const next = bytes[j];
      if (next !== undefined && next >= 0x80 && next <= 0xbf) {
        sequence.push(next);
        j++;
      } else if (next === -1) {
        sequence.push(-1);
        lost = true;
        j++;
      } else {
        // A byte that is gone without a trace (dropped, or a no-break space cleaned away).
        sequence.push(-1);
        lost = true;
      }
    }
    if (!lost) {
      const char = decodeSequence(sequence);
      if (char === undefined) return undefined;
      pieces.push(char);
      intact++;
    } else {
      // A lone lead byte is more often a real Latin-1 letter than a damaged sequence: it needs a
      // surviving continuation byte, or to be followed by another sequence.
      if (sequence.filter((b) => b >= 0).length < 2 && length > 2) return undefined;
      const options = possibleChars(sequence);
      if (options.length === 0) return undefined;
      pieces.push(options.length === 1 ? options[0] : options);
      lossy++;
    }
    i = j;
  }
  return intact + lossy > 0 ? { pieces, intact, lossy } : undefined;
}

function isPlainCase(word: string): boolean {
  const lower = word.toLowerCase();
  return word === lower || word === word.toUpperCase() || word[0] + lower.slice(1) === word;
}

function spellsVietnamese(text: string): boolean {
  const words = text.match(LETTERS) ?? [];
  return words.every((word) => isPlainCase(word) && (isVietnameseSyllable(toNfc(word)) || !/[^\u0000-\u007F]/.test(word)));
}

function expand(pieces: readonly Piece[]): string[] {
  let texts = [''];
  for (const piece of pieces) {
    const options = typeof piece === 'string' ? [piece] : piece;
    texts = texts.flatMap((text) => options.map((option) => text + option));
    if (texts.length > MAX_CHOICES) return [];
  }
  return texts;
}

function scoreInContext(model: LanguageModel, left: string, word: string, right: string): number {
  const ids = [left, word, right].map((text) => (text === '' ? model.bos : model.idOf(text)));
  return model.logProb(model.bos, ids[0], ids[1]) + (right === '' ? 0 : model.logProb(ids[0], ids[1], ids[2]));
}

/** Marks every character that lost a byte and that nothing decides with U+FFFD. */
function markUndecided(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : REPLACEMENT)).join('');
}

interface Context {
  left: string;
  right: string;
  model?: () => LanguageModel;
  /** Whether the text holds intact mojibake elsewhere, which makes a damaged sequence here likely. */
  evidence: boolean;
}

const VIETNAMESE_OR_ASCII = /^[\u0000-\u007F]$/;

function hasForeignLetter(chunk: string): boolean {
  for (const char of chunk) if (!VIETNAMESE_OR_ASCII.test(char) && decomposeLetter(char) === undefined) return true;
  return false;
}

/** The repaired chunk and how sure it is; `undefined` when the chunk is not mojibake. */
function repairChunk(chunk: string, context: Context): { text: string; confidence: number } | undefined {
  const decoded = decodeChunk(chunk);
  if (decoded === undefined) return undefined;
  const { pieces, intact, lossy } = decoded;
  if (lossy === 0) return { text: toNfc(pieces.join('')), confidence: 0.99 };
  // With no intact sequence in sight, a lone lead byte may be a real letter (`SÃO`, `Äpfel`): only a
  // character no Vietnamese text has, in a text that shows mojibake elsewhere or that the bytes decide,
  // is read as damage.
  const alone = intact === 0;
  if (alone && !hasForeignLetter(chunk) && !context.evidence) return undefined;
  const valid = expand(pieces).filter(spellsVietnamese);
  if (valid.length === 1) return { text: toNfc(valid[0]), confidence: alone ? 0.8 : 0.9 };
  if (alone && !context.evidence) return undefined;
  if (valid.length > 1 && context.model !== undefined) {
    const model = context.model();
    const scored = valid.map((text) => ({ text, score: scoreInContext(model, context.left, text, context.right) }));
    scored.sort((a, b) => b.score - a.score);
    const margin = scored[0].score - scored[1].score;
    if (margin > 2) return { text: toNfc(scored[0].text), confidence: 0.7 };
  }
  if (alone) return undefined;
  return { text: toNfc(markUndecided(pieces)), confidence: 0.5 };
}

/** Repairs layer after layer: text misread twice decodes twice. */
function repairLayers(chunk: string, context: Context): { text: string; confidence: number } | undefined {
  let result = repairChunk(chunk, context);
  for (let layer = 1; result !== undefined && layer < 3; layer++) {
    const again = repairChunk(result.text, context);
    if (again === undefined) break;
    result = { text: again.text, confidence: Math.min(result.confidence, again.confidence) };
  }
  return result;
}

// Characters without which no chunk decodes: a continuation byte, U+FFFD, or a lead byte whose lost
// continuation leaves a Vietnamese letter (a longer sequence keeps a continuation byte to be read at
// all). Text with none of them is not this mojibake, which most text shows at once.
let mojibakeSign: RegExp | undefined;

function signOfMojibake(): RegExp {
  if (mojibakeSign) return mojibakeSign;
  const signs = new Set(['\uFFFD']);
  for (const [char, byte] of codePageCharacters()) {
    if ((byte >= 0x80 && byte <= 0xbf) || (sequenceLength(byte) === 2 && possibleChars([byte, -1]).length > 0)) signs.add(char);
  }
  const escaped = [...signs].map((char) => `\\u{${char.codePointAt(0)!.toString(16)}}`).join('');
  return (mojibakeSign = new RegExp(`[${escaped}]`, 'u'));
}

const HAS_HIGH = /[\u0080-\u00FF\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u0300-\u0323]/u;

// A mark with no letter to sit on, or a combining mark left after composing.
const LOOSE_MARK = /(?:^|[^\p{L}\p{N}\p{M}])\p{M}|[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF]/u;

/**
 * Whether a text shows intact mojibake somewhere, which lets a lone lead byte on the same line count as
 * damage: a line with it must be repaired whole for its pieces to repair the same.
 * @param text One line.
 */
export function showsMojibakeEvidence(text: string): boolean {
  if (!HAS_HIGH.test(text) || !signOfMojibake().test(text)) return false;
  for (const match of text.matchAll(CHUNK)) if (isIntactMojibake(match[0])) return true;
  return false;
}

// A chunk that decodes with at least one UTF-8 sequence whole: evidence that its line is mojibake.
function isIntactMojibake(chunk: string): boolean {
  return HAS_HIGH.test(chunk) && hasLeadThenContinuation(chunk) && (decodeChunk(chunk)?.intact ?? 0) > 0;
}

// A whole sequence starts with a lead byte followed by a continuation byte: clean Vietnamese words
// rarely have such a pair, and reading the chunk whole costs far more than looking for one.
function hasLeadThenContinuation(chunk: string): boolean {
  let afterLead = false;
  for (const char of chunk) {
    const byte = anyCodePageByteOf(char) ?? -1;
    if (afterLead && byte >= 0x80 && byte <= 0xbf) return true;
    afterLead = sequenceLength(byte) > 0;
  }
  return false;
}

/**
 * Finds spans of UTF-8 text that was read as Windows-1252, Latin-1 or Windows-1258 (`Viá»‡t` →
 * `Việt`) and their repairs, also where bytes were lost (U+FFFD, dropped bytes, a no-break space turned
 * into a space): a character that the surviving bytes and the spelling decide is restored; one they
 * leave open is decided by the language model when given, else marked with U+FFFD. Text that is not
 * such mojibake gives no repairs.
 * @param text Any text.
 * @param model Optional language model (loaded on first need) to choose between spellings that the
 *   bytes leave open.
 */
export function findMojibakeRepairs(text: string, model?: () => LanguageModel): MojibakeRepair[] {
  const repairs: MojibakeRepair[] = [];
  if (!HAS_HIGH.test(text) || !signOfMojibake().test(text)) return repairs;
  const chunks = [...text.matchAll(CHUNK)];
  const lines = lineNumbersOf(text, chunks);
  // Evidence counts within a line, so that a line repairs the same on its own as inside a text.
  const linesWithEvidence = new Set<number>();
  chunks.forEach((match, index) => {
    if (isIntactMojibake(match[0])) linesWithEvidence.add(lines[index]);
  });
  let skipUntil = -1;
  chunks.forEach((match, index) => {
    const start = match.index;
    if (start < skipUntil || !HAS_HIGH.test(match[0])) return;
    const evidence = linesWithEvidence.has(lines[index]);
    const context = { left: wordBefore(chunks, index), right: wordAfter(chunks, index), model, evidence };
    const found = repairWithLostSpace(text, chunks, index, context) ?? repairAt(match[0], start, context);
    // Real text composes fully: a mark left loose (`BÌ…` read as `B` + U+0305) means the bytes were not UTF-8.
    if (found === undefined || LOOSE_MARK.test(toNfc(found.text))) return;
    repairs.push(found);
    skipUntil = found.end;
  });
  return repairs;
}

/** For each chunk, the number of line breaks before it. */
function lineNumbersOf(text: string, chunks: readonly RegExpExecArray[]): Int32Array {
  const lines = new Int32Array(chunks.length);
  let line = 0;
  let at = 0;
  chunks.forEach((match, index) => {
    for (; at < match.index; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) line++;
    }
    lines[index] = line;
  });
  return lines;
}

function repairAt(chunk: string, start: number, context: Context): MojibakeRepair | undefined {
  const repaired = repairLayers(chunk, context);
  if (repaired === undefined || repaired.text === chunk) return undefined;
  return { start, end: start + chunk.length, text: repaired.text, confidence: repaired.confidence };
}

/**
 * A chunk that ends in a lone lead byte, in a text that shows mojibake: its no-break space 0xA0 may have
 * become a space, inside a word (`thÃ nh` → `thành`) or before the space that followed it (`HÃ  Ná»™i`).
 */
function repairWithLostSpace(text: string, chunks: readonly RegExpExecArray[], index: number, context: Context): MojibakeRepair | undefined {
  const chunk = chunks[index][0];
  const start = chunks[index].index;
  const end = start + chunk.length;
  if (!context.evidence || !endsWithLostByte(chunk) || text[end] !== ' ') return undefined;
  const next = chunks[index + 1];
  if (next !== undefined && next.index === end + 1) {
    const joined = repairLayers(chunk + '\u00A0' + next[0], context);
    if (joined !== undefined && !joined.text.includes('\uFFFD') && spellsVietnamese(joined.text)) {
      return { start, end: end + 1 + next[0].length, text: joined.text, confidence: Math.min(joined.confidence, 0.8) };
    }
  }
  if (text[end + 1] !== ' ') return undefined;
  const repaired = repairLayers(chunk + '\u00A0', context);
  if (repaired === undefined) return undefined;
  return { start, end: end + 1, text: repaired.text, confidence: Math.min(repaired.confidence, 0.9) };
}

function endsWithLostByte(chunk: string): boolean {
  const byte = anyCodePageByteOf(chunk[chunk.length - 1]);
  return byte !== undefined && sequenceLength(byte) === 2;
}

function wordBefore(chunks: readonly RegExpExecArray[], index: number): string {
  return index > 0 ? (chunks[index - 1][0].match(LETTERS)?.pop() ?? '') : '';
}

function wordAfter(chunks: readonly RegExpExecArray[], index: number): string {
  return index + 1 < chunks.length ? (chunks[index + 1][0].match(LETTERS)?.[0] ?? '') : '';
}
