import type { Doc, RuleId, Token, TokenKind } from './types.js';
import { parseSyllable } from './orthography/syllable.js';
import { toNfc } from './orthography/unicode.js';
import { buildCodeClasses } from './code-classes.js';

// Alternatives in priority order; each group index maps to a kind in GROUP_KINDS.
// Every class and look-around that admits a letter admits `\p{M}` too, so NFD text splits like NFC.
/** Top-level domains that end a web address written without a scheme (`baomoi.com`). */
export const WEB_DOMAINS: readonly string[] = ['vn', 'com', 'net', 'org', 'gov', 'edu', 'info', 'io', 'co', 'biz', 'uk', 'us', 'de', 'fr', 'jp', 'cn', 'kr', 'ru', 'au', 'ca', 'tv', 'me', 'app', 'dev'];
const TLD = `(?:${WEB_DOMAINS.join('|')})`;
const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const NOT_BEFORE_LETTER = String.raw`(?![\p{L}\p{M}\p{N}])`;
// Bounded as in RFC 1035 and RFC 5321 (labels of 63, local parts of 64): each start position then
// costs a constant, where `+` rescanned a whole run of `a.a.a…` and made tokenizing quadratic.
const LABEL = String.raw`[\p{L}\p{M}\p{N}-]{1,63}`;
const URL_END = String.raw`[^\s<>"'\x60.,;:!?)\]}]`;
// A part of a file path; a full stop after the last one ends the sentence, not the path.
const PATH_PART = String.raw`[\p{L}\p{M}\p{N}._-]*[\p{L}\p{M}\p{N}_-]`;
/**
 * Extensions that end a file name written without a folder (`bao_cao.xlsx`, `anh.JPG`). None is a
 * Vietnamese syllable, a common word or a title written after a full stop (`PGS.TS`, `ISO`), so
 * neither a sentence glued to the next one by its full stop (`phẩm.Hai`) nor an abbreviation is read
 * as a file.
 */
const FILE_EXTENSIONS: readonly string[] = [
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'xlsm', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'txt', 'csv', 'tsv',
  'json', 'xml', 'yaml', 'yml', 'html', 'htm', 'css', 'js', 'mjs', 'cjs', 'tsx', 'jsx', 'py', 'java',
  'cpp', 'hpp', 'php', 'rb', 'rs', 'sql', 'md', 'jpg', 'jpeg', 'png', 'gif', 'bmp', 'svg', 'webp', 'tif',
  'tiff', 'heic', 'psd', 'mp3', 'mp4', 'm4a', 'wav', 'flac', 'ogg', 'avi', 'mkv', 'mov', 'wmv', 'flv',
  'webm', 'zip', 'rar', '7z', 'gz', 'tgz', 'bz2', 'xz', 'exe', 'msi', 'dmg', 'apk', 'epub', 'srt',
];
const EXTENSION = `(?:${[...FILE_EXTENSIONS, ...FILE_EXTENSIONS.map((extension) => extension.toUpperCase())].join('|')})`;
const FILE_PART = String.raw`[\p{L}\p{M}\p{N}_-]{1,63}`;
// Words joined by underscores are an identifier or a file name, never prose (`so_luong`, `Ha_Noi`).
const SNAKE_CASE = String.raw`(?<![\p{L}\p{M}\p{N}_])_*[\p{L}\p{M}\p{N}]+(?:_+[\p{L}\p{M}\p{N}]+)+_*(?![\p{L}\p{M}\p{N}_])`;
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(\x60[^\x60\n]+\x60)`,
    String.raw`((?:https?|ftp):\/\/[^\s<>"'\x60]*${URL_END}|www\.[^\s<>"'\x60]*${URL_END})`,
    String.raw`([\p{L}\p{M}\p{N}._%+-]{0,63}[\p{L}\p{M}\p{N}_%+-]@${LABEL}(?:\.${LABEL}){0,8}\.(?:\p{L}\p{M}*){2,})`,
    String.raw`(${NOT_AFTER_LETTER}${LABEL}(?:\.${LABEL}){0,8}\.${TLD}(?:\/[^\s<>"'\x60]*${URL_END})?${NOT_BEFORE_LETTER})`,
    String.raw`((?<![\p{L}\p{M}\p{N}_])[@#][\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*(?![\p{L}\p{M}\p{N}_]|:\/\/))`,
    String.raw`(${NOT_AFTER_LETTER}(?:~|\.{1,2})?\/${PATH_PART}(?:\/${PATH_PART})+\/?|${NOT_AFTER_LETTER}[A-Za-z]:\\(?:[^\s<>"'\x60]*${URL_END})?)`,
    String.raw`((?<![\p{L}\p{M}\p{N}_.-])${FILE_PART}(?:\.${FILE_PART}){0,8}\.${EXTENSION}${NOT_BEFORE_LETTER})`,
    String.raw`(${SNAKE_CASE})`,
    String.raw`(${NOT_AFTER_LETTER}\p{Lu}[\p{Lu}\p{M}\p{N}]*-\p{N}[\p{Lu}\p{M}\p{N}]*${NOT_BEFORE_LETTER})`,
    String.raw`(\d+(?:[.,:/-]\d+)+${NOT_BEFORE_LETTER})`,
    String.raw`([\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*)`,
    String.raw`(\r\n|[\n\r\u2028\u2029])`,
    String.raw`([ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+)`,
    String.raw`([\s\S])`,
  ].join('|'),
  'gu',
);

const GROUP_KINDS: TokenKind[] = [
  'inline-code',
  'url',
  'email',
  'url',
  'mention',
  'path',
  'path',
  'code',
  'code',
  'number',
  'word',
  'newline',
  'space',
  'punctuation',
];

// Invisible format characters, which the Unicode stage may remove. The text is split as if they
// were not there, or a second pass would split the output differently from the input. Each then
// stays in the token it is in or follows (the next one when that token is protected or a line break,
// so that every line keeps its own).
const HIDDEN = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/g;
const ONE_HIDDEN = /^[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/;

/** Whether a character is one the tokenizer reads text as if it were not there (so `\r`, ZWSP, `\n` is one line break). */
export function isHiddenCharacter(char: string): boolean {
  return ONE_HIDDEN.test(char);
}

// Marks after any token stay with it, so that normalising one token at a time equals normalising
// the whole text. Sticky, read from the token's end: a look-ahead window would split long runs.
const TRAILING_MARKS = /\p{M}+/uy;

const ACRONYM = /^[\p{Lu}]{2,}$/u;
const CODE = /^(?=[\p{L}\p{M}\p{N}]*\p{N})(?=[\p{L}\p{M}\p{N}]*\p{Lu})[\p{Lu}\p{N}]+$/u;
const DIGITS = /^\p{N}+$/u;
const MARK = /\p{M}/u;
const ETH = /[\u00D0\u0189]/g;

/** The kind the tokenizer gives a run of letters and digits: word, number, code or acronym. */
export function classifyWord(word: string): TokenKind {
  // Read as NFC, so NFD text is classified alike; an upper-case word that is a syllable with its
  // tone on the wrong letter or `Ð` for `Đ` (`BÙÔNG`, `ÐÀ`) is damaged Vietnamese, not an acronym.
  const text = MARK.test(word) ? toNfc(word) : word;
  if (DIGITS.test(text)) return 'number';
  if (CODE.test(text)) return 'code';
  if (ACRONYM.test(text) && parseSyllable(text.replace(ETH, 'Đ')) === undefined) return 'acronym';
  return 'word';
}

function kindOf(match: RegExpExecArray): TokenKind {
  for (let group = 1; group < match.length; group++) {
    if (match[group] !== undefined) {
      const kind = GROUP_KINDS[group - 1];
      if (kind === 'word') return classifyWord(match[group]);
      return kind === 'mention' && match[group][0] === '#' ? 'hashtag' : kind;
    }
  }
  return 'punctuation';
}

/** Kinds that stages may change; every other kind is protected. */
const UNPROTECTED: ReadonlySet<TokenKind> = new Set(['word', 'space', 'newline', 'punctuation']);

/**
 * A token, protected by its kind. Every token is made here, so that they all share one shape: code
 * that reads tokens made in several ways (literals, copies) runs slower and is compiled again.
 */
export function createToken(start: number, end: number, kind: TokenKind, text: string, rules: RuleId[] = [], confidence = 1): Token {
  return { start, end, kind, text, protected: !UNPROTECTED.has(kind), rules, confidence };
}

function patternToken(view: string, at: number): Token {
  TOKEN_PATTERN.lastIndex = at;
  // Never null: the last alternative takes any character.
  const match = TOKEN_PATTERN.exec(view) as RegExpExecArray;
  let end = match.index + match[0].length;
  const kind = kindOf(match);
  if (kind !== 'newline') {
    TRAILING_MARKS.lastIndex = end;
    if (TRAILING_MARKS.test(view)) end = TRAILING_MARKS.lastIndex;
  }
  return createToken(match.index, end, kind, '');
}

/**
 * The tokens the pattern alone finds in text that holds no hidden characters: what the tokenizer's
 * shortcut for plain text must agree with.
 */
export function splitByPattern(view: string): Token[] {
  const tokens: Token[] = [];
  for (let at = 0; at < view.length; ) {
    const token = patternToken(view, at);
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}

// Most of running text is plain words, single spaces and common punctuation. For these the token the
// pattern would find is known from the characters themselves, and the pattern is run only where one of
// its other alternatives (addresses, e-mails, paths, codes, numbers) could start, or marks follow.
const OTHER = 0;
const LOWER = 1;
/** A letter other than a lower-case one: upper case, or with no case. */
const LETTER = 2;
const SPACE = 3;
const LINE_BREAK = 4;
/** A character that starts no other alternative of the pattern and belongs to no address, e-mail or code. */
const PUNCTUATION = 5;
/** `.` and `:`, which may go on into an address, a scheme or a path; plain when a space follows. */
const STOP = 6;
const COMBINING_MARK = 7;
const CLASS_TABLE_SIZE = 0x2070;
// Punctuation that starts or continues another alternative: inline code, mentions, hashtags, paths,
// e-mails, labels and codes.
const NOT_PLAIN = '`@#~/\\_%+-';

let characterClasses: Uint8Array | undefined;

function characterClassOf(char: string): number {
  if (/\p{Ll}/u.test(char)) return LOWER;
  if (/\p{L}/u.test(char)) return LETTER;
  if (/\p{M}/u.test(char)) return COMBINING_MARK;
  if (/[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F]/.test(char)) return SPACE;
  if (char === '\n') return LINE_BREAK;
  if (char === '.' || char === ':') return STOP;
  if (/[\p{P}\p{S}]/u.test(char) && !NOT_PLAIN.includes(char)) return PUNCTUATION;
  return OTHER;
}

/** The class of the character at `at`; characters past the table count as other. */
function classAt(classes: Uint8Array, view: string, at: number): number {
  const code = view.charCodeAt(at);
  return code < CLASS_TABLE_SIZE ? classes[code] : OTHER;
}

/** Whether what starts at `at` ends a word for the pattern too: nothing, a space, a line break, punctuation, or `.`/`:` then a space. */
function endsWord(classes: Uint8Array, view: string, at: number): boolean {
  if (at >= view.length) return true;
  const next = classAt(classes, view, at);
  if (next === SPACE || next === LINE_BREAK || next === PUNCTUATION) return true;
  if (next !== STOP) return false;
  if (at + 1 >= view.length) return true;
  const after = classAt(classes, view, at + 1);
  return after === SPACE || after === LINE_BREAK;
}

/**
 * The token at `at` when it is plain: a word of letters, a run of spaces, a line break or a punctuation
 * mark, with nothing after it that the pattern would read on into; `undefined` when the pattern must decide.
 */
function plainToken(view: string, at: number): Token | undefined {
  const classes = (characterClasses ??= buildCodeClasses(CLASS_TABLE_SIZE, characterClassOf));
  const first = classAt(classes, view, at);
  let end = at + 1;
  let kind: TokenKind;
  if (first === LOWER || first === LETTER) {
    let lower = first === LOWER;
    for (; end < view.length; end++) {
      const inner = classAt(classes, view, end);
      if (inner === LOWER) lower = true;
      else if (inner !== LETTER) break;
    }
    if (!endsWord(classes, view, end)) return undefined;
    // Letters only: a word, unless all are capitals (an acronym, or a syllable in capitals).
    kind = lower ? 'word' : classifyWord(view.slice(at, end));
  } else if (first === SPACE) {
    while (end < view.length && classAt(classes, view, end) === SPACE) end++;
    kind = 'space';
  } else if (first === LINE_BREAK) {
    return createToken(at, end, 'newline', '');
  } else if (first === PUNCTUATION || (first === STOP && endsWord(classes, view, at))) {
    kind = 'punctuation';
  } else {
    return undefined;
  }
  // Marks after a token stay with it, and a character past the table may be one (or a space).
  if (end < view.length) {
    const next = view.charCodeAt(end);
    if (next >= CLASS_TABLE_SIZE || classes[next] === COMBINING_MARK) return undefined;
  }
  return createToken(at, end, kind, '');
}

/** Token ranges of text that holds no hidden characters. */
function splitVisible(view: string): Token[] {
  const tokens: Token[] = [];
  for (let at = 0; at < view.length; ) {
    const token = plainToken(view, at) ?? patternToken(view, at);
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}

/** For each offset of `source` without its hidden characters (and its end), the offset in `source`. */
function visibleOffsets(source: string): Int32Array {
  const offsets: number[] = [];
  let at = 0;
  for (const hidden of source.matchAll(HIDDEN)) {
    for (; at < hidden.index; at++) offsets.push(at);
    at += hidden[0].length;
  }
  for (; at <= source.length; at++) offsets.push(at);
  return Int32Array.from(offsets);
}

/** Tokens that cover `text`, placing each hidden character in a token. */
function splitText(text: string): Token[] {
  const view = text.replace(HIDDEN, '');
  const tokens = splitVisible(view);
  if (view.length !== text.length) {
    const offsets = visibleOffsets(text);
    if (tokens.length === 0) tokens.push(createToken(0, 0, 'punctuation', ''));
    let start = 0;
    tokens.forEach((token, i) => {
      const last = i === tokens.length - 1;
      const keepsFollowing = !token.protected && token.kind !== 'newline';
      token.end = last ? text.length : keepsFollowing ? offsets[token.end] : offsets[token.end - 1] + 1;
      token.start = start;
      start = token.end;
    });
  }
  for (const token of tokens) token.text = text.slice(token.start, token.end);
  return tokens;
}

/** Splits text into tokens that cover it exactly: joining their texts gives the input back. */
export function tokenize(source: string): Doc {
  // A byte-order mark that opens the text is a file signature, kept apart from the first word.
  if (!source.startsWith('\uFEFF')) return { source, tokens: splitText(source) };
  const mark = createToken(0, 1, 'punctuation', '\uFEFF');
  const rest = splitText(source.slice(1)).map((token) => createToken(token.start + 1, token.end + 1, token.kind, token.text));
  return { source, tokens: [mark, ...rest] };
}
