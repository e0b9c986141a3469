// Most lines of real text need nothing. A line made only of Vietnamese or ASCII words, plain numbers,
// single spaces and ordinary punctuation is read here without the tokenizer's patterns (by the tokenizer
// where it may hold a web address, a code or a number with separators), and checked
// against what each stage looks for; when no stage would change it, the pipeline copies it through.
// Every check is one a stage makes itself, or a character that cannot take part in what a stage
// repairs, so a line passed here comes out of the stages unchanged (the tests hold both to that).
import { decomposeLetter } from './orthography/letters.js';
import { buildCodeClasses } from './code-classes.js';
import { ownString } from './own-string.js';
import { mapTokensToIds } from './model/map-tokens.js';
import type { LanguageModel } from './model/types.js';
import { maySplit, wouldRepairJoins } from './stages/repair-joins.js';
import { needsSpaceAfter } from './stages/repair-punctuation.js';
import { toneRepairOf } from './stages/repair-tones.js';
import { wouldRepairTypos } from './stages/repair-typos.js';
import { mayRestore } from './stages/restore-bare-words.js';
import { WEB_DOMAINS, classifyWord, createToken, tokenize } from './tokenize.js';
import type { ResolvedOptions, RuleId, Token } from './types.js';

const OTHER = 0;
/** A letter in upper case; `LOWER` in lower case. */
const UPPER = 1;
const DIGIT = 2;
const SPACE = 3;
/** Punctuation. */
const MARK = 4;
/** `, ; : . ! ?`, which may end a sentence or need a space after them. */
const STOP = 5;
const LOWER = 6;

// Capitals that are also lead bytes of a two-byte UTF-8 sequence read through Windows-1252 or -1258
// whose second byte can be a typographic quote or dash, or be lost: text holding them goes the long
// way, past the mojibake stage. Other precomposed letters cannot start such a sequence.
const MOJIBAKE_LEADS = new Set(['Ã', 'Ă', 'È', 'É', 'Ì', 'Í']);
const TABLE_SIZE = 0x2030;
const MAX_CACHED_WORDS = 200_000;

function classOfChar(char: string): number {
  if (char >= 'A' && char <= 'Z') return UPPER;
  if (char >= 'a' && char <= 'z') return LOWER;
  if (char >= '0' && char <= '9') return DIGIT;
  if (char === ' ') return SPACE;
  if ('()[]"\'-%&|=+*<>/–—‘’“”…'.includes(char)) return MARK;
  if (',;:.!?'.includes(char)) return STOP;
  const parts = char >= '\u00c0' && !MOJIBAKE_LEADS.has(char) ? decomposeLetter(char) : undefined;
  return parts === undefined ? OTHER : parts.upper ? UPPER : LOWER;
}

let classes: Uint8Array | undefined;

function classOf(code: number): number {
  classes ??= buildCodeClasses(TABLE_SIZE, classOfChar);
  return code < TABLE_SIZE ? classes[code] : OTHER;
}

const kindsOfWords = new Map<string, Token['kind']>();

// The tokenizer's kind of a run of letters, remembered: words repeat.
function kindOfLetters(text: string): Token['kind'] {
  let kind = kindsOfWords.get(text);
  if (kind === undefined) {
    kind = classifyWord(text);
    if (kindsOfWords.size >= MAX_CACHED_WORDS) kindsOfWords.clear();
    kindsOfWords.set(ownString(text), kind);
  }
  return kind;
}

const isLetterClass = (kind: number): boolean => kind === LOWER || kind === UPPER;
const isWordClass = (kind: number): boolean => isLetterClass(kind) || kind === DIGIT;

// The tokens read here are only looked at, never repaired: they share one empty list of rules, frozen.
const NO_RULES = Object.freeze([]) as unknown as RuleId[];

function token(start: number, end: number, kind: Token['kind'], text: string): Token {
  return createToken(start, end, kind, text, NO_RULES);
}

/** Length of the line break that ends `line`, if any. */
function breakLength(line: string): number {
  if (line.endsWith('\r\n')) return 2;
  return line.endsWith('\n') || line.endsWith('\r') ? 1 : 0;
}

const NUMBER_SEPARATORS = '.,:/-';

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * The end of a number with separators (`10.900`, `1,5`, `15:30`, `12/5/2020`) starting at `from`, as
 * the tokenizer reads it; 0 when there is none, -1 when a letter or digit follows it.
 */
function numberEnd(line: string, from: number, end: number): number {
  let at = from;
  while (at < end && isDigit(line.charCodeAt(at))) at++;
  let groups = 0;
  while (at + 1 < end && NUMBER_SEPARATORS.includes(line[at]) && isDigit(line.charCodeAt(at + 1))) {
    at += 2;
    while (at < end && isDigit(line.charCodeAt(at))) at++;
    groups++;
  }
  if (groups === 0) return 0;
  return at < end && isWordClass(classOf(line.charCodeAt(at))) ? -1 : at;
}

const DOMAINS = new Set(WEB_DOMAINS);

function lettersAt(line: string, from: number, end: number, step: 1 | -1): string {
  let at = from;
  while (at >= 0 && at < end && isLetterClass(classOf(line.charCodeAt(at)))) at += step;
  return step === 1 ? line.slice(from, at) : line.slice(at + 1, from + 1);
}

/**
 * Whether the punctuation at `at` may be part of a span the tokenizer keeps whole: a web address
 * (`…com`, `www.`), a path (`/tin-tuc/…`) or file name (`anh.jpg`), a code (`U-23`) or a number with
 * separators; numbers are read before this.
 */
function startsProtectedSpan(line: string, at: number, end: number): boolean {
  const mark = line[at];
  if (mark === '.' && (lettersAt(line, at - 1, end, -1).toLowerCase() === 'www' || DOMAINS.has(lettersAt(line, at + 1, end, 1)))) return true;
  const before = at > 0 ? classOf(line.charCodeAt(at - 1)) : OTHER;
  // A slash after a letter or digit (`km/h`) cannot start a path.
  if (mark === '/') return !isWordClass(before);
  const after = at + 1 < end ? classOf(line.charCodeAt(at + 1)) : OTHER;
  if (!isWordClass(before) || !isWordClass(after)) return false;
  // Between letters or digits, a full stop may be inside a number or a file name (`bao_cao.xlsx`).
  if (mark === '.') return true;
  if (mark === '-' || mark === ',' || mark === ':') return before === DIGIT || after === DIGIT;
  return false;
}

/** Whether `line` holds, from `from` to `end`, only characters of the classes read here, and no run of spaces. */
function holdsOnlyPlainCharacters(line: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const kind = classOf(line.charCodeAt(at));
    if (kind === OTHER || (kind === SPACE && at + 1 < end && line.charCodeAt(at + 1) === 0x20)) return false;
  }
  return true;
}

/**
 * The tokens of a plain line (or of lines wrapped inside a sentence), as the tokenizer makes them, or
 * `undefined` when the line holds anything else: other characters or a run of spaces. Punctuation that
 * may belong to a web address, a code or a number the tokenizer keeps whole, and a number with letters
 * after it (`1.5L`), are not read here: such a line is left to the tokenizer itself.
 */
export function readPlainLine(line: string): Token[] | undefined {
  const tokens: Token[] = [];
  const end = line.length - breakLength(line);
  let at = 0;
  while (at < end) {
    const code = line.charCodeAt(at);
    // Lines wrapped inside a sentence come together.
    if (code === 0x0a || code === 0x0d) {
      const length = code === 0x0d && line.charCodeAt(at + 1) === 0x0a ? 2 : 1;
      tokens.push(token(at, at + length, 'newline', line.slice(at, at + length)));
      at += length;
      continue;
    }
    const kind = classOf(code);
    if (kind === OTHER) return undefined;
    if (kind === SPACE) {
      if (at + 1 < end && line.charCodeAt(at + 1) === 0x20) return undefined;
      tokens.push(token(at, at + 1, 'space', ' '));
      at++;
      continue;
    }
    if (kind === MARK || kind === STOP) {
      if (startsProtectedSpan(line, at, end)) return holdsOnlyPlainCharacters(line, at, end) ? tokenize(line).tokens : undefined;
      tokens.push(token(at, at + 1, 'punctuation', line[at]));
      at++;
      continue;
    }
    const start = at;
    if (kind === DIGIT) {
      const number = numberEnd(line, at, end);
      if (number < 0) return holdsOnlyPlainCharacters(line, at, end) ? tokenize(line).tokens : undefined;
      if (number > 0) {
        tokens.push(token(start, number, 'number', line.slice(start, number)));
        at = number;
        continue;
      }
    }
    let letters = false;
    let lower = false;
    let digits = false;
    for (; at < end; at++) {
      const inner = classOf(line.charCodeAt(at));
      if (inner === LOWER) letters = lower = true;
      else if (inner === UPPER) letters = true;
      else if (inner === DIGIT) digits = true;
      else break;
    }
    const text = line.slice(start, at);
    // Letters alone with one in lower case make a word; capitals alone may be an acronym, and letters
    // with digits a code (`U23`) or a word (`5năm`, which the join stage weighs).
    const wordKind = !letters ? 'number' : lower && !digits ? 'word' : kindOfLetters(text);
    tokens.push(token(start, at, wordKind, text));
  }
  if (end < line.length) tokens.push(token(end, line.length, 'newline', line.slice(end)));
  return tokens;
}

/** What the word stages make of a word: nothing, a tone repair, or maybe a split that the join stage weighs in context. */
type WordOutlook = 'settled' | 'repaired' | 'may-split';

const outlooksByModel = new WeakMap<LanguageModel, Map<string, Map<string, WordOutlook>>>();

// For each word seen, what the word stages (tones, joins) make of it, per model and per the options
// those stages read: words repeat.
function outlooksFor(model: LanguageModel, options: ResolvedOptions): Map<string, WordOutlook> {
  let byOptions = outlooksByModel.get(model);
  if (!byOptions) outlooksByModel.set(model, (byOptions = new Map()));
  const key = `${options.toneStyle} ${options.enabled.has('tone-placement')} ${options.enabled.has('tone-style')}`;
  let cache = byOptions.get(key);
  if (!cache) byOptions.set(key, (cache = new Map()));
  return cache;
}

function outlookOf(word: string, cache: Map<string, WordOutlook>, model: LanguageModel, options: ResolvedOptions): WordOutlook {
  let outlook = cache.get(word);
  if (outlook === undefined) {
    const style = options.toneStyle === 'modern' ? 'modern' : 'classic';
    outlook = toneRepairOf(word, options) !== undefined ? 'repaired' : maySplit(word, model.idOf(word), model, style) ? 'may-split' : 'settled';
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(ownString(word), outlook);
  }
  return outlook;
}

/**
 * Whether the pipeline would leave this line exactly as it is: a plain line whose every word the word
 * stages keep and where neither restoration nor the typo stage changes anything.
 * @param line One line, with the line break that ends it, if any.
 * @param options Resolved options.
 */
export function isSettledLine(line: string, options: ResolvedOptions): boolean {
  const tokens = readPlainLine(line);
  if (tokens === undefined) return false;
  const doc = { source: line, tokens };
  const model = options.model();
  const outlooks = outlooksFor(model, options);
  let maySplitWord = false;
  for (let index = 0; index < tokens.length; index++) {
    const { kind, text } = tokens[index];
    if (kind === 'word') {
      const outlook = outlookOf(text, outlooks, model, options);
      if (outlook === 'repaired') return false;
      if (outlook === 'may-split') maySplitWord = true;
    }
    if (kind === 'punctuation' && needsSpaceAfter(tokens, index)) return false;
  }
  // Restoration runs before the context stages: when it changes nothing, they see the line as written.
  const sequence = mapTokensToIds(tokens, model);
  if (mayRestore(doc, options, sequence)) return false;
  return !(maySplitWord && wouldRepairJoins(doc, options, sequence)) && !wouldRepairTypos(doc, options, sequence);
}
