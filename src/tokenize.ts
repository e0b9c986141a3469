import type { Doc, Token, TokenKind } from './types.js';
import { isVietnameseSyllable } from './orthography/syllable.js';

// Alternatives in priority order; each group index maps to a kind in GROUP_KINDS.
// Every class and look-around that admits a letter admits `\p{M}` too, so NFD text splits like NFC.
const TLD = '(?:vn|com|net|org|gov|edu|info|io|co|biz|uk|us|de|fr|jp|cn|kr|ru|au|ca|tv|me|app|dev)';
const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;
// Invisible format characters that the Unicode stage may remove. Tokens must split the same with and
// without them, or a second pass would split the output differently from the input: they are
// transparent to look-arounds, they stay with the token before them, and between spaces they stay
// in the space token (else two space tokens would be left side by side).
const HIDDEN = String.raw`[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]`;
const NOT_AFTER_LETTER = String.raw`(?<!${LETTER}${HIDDEN}*)`;
const NOT_BEFORE_LETTER = String.raw`(?!${HIDDEN}*${LETTER})`;
// Bounded as in RFC 1035 and RFC 5321 (labels of 63, local parts of 64): each start position then
// costs a constant, where `+` rescanned a whole run of `a.a.a…` and made tokenizing quadratic.
const LABEL = String.raw`[\p{L}\p{M}\p{N}-]{1,63}`;
const SPACES = String.raw`[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]`;
const URL_END = String.raw`[^\s<>"'\x60.,;:!?)\]}]`;
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(\x60[^\x60\n]+\x60)`,
    String.raw`((?:https?|ftp):\/\/[^\s<>"'\x60]*${URL_END}|www\.[^\s<>"'\x60]*${URL_END})`,
    String.raw`([\p{L}\p{M}\p{N}._%+-]{0,63}[\p{L}\p{M}\p{N}_%+-]@${LABEL}(?:\.${LABEL}){0,8}\.(?:\p{L}\p{M}*){2,})`,
    String.raw`(${NOT_AFTER_LETTER}${LABEL}(?:\.${LABEL}){0,8}\.${TLD}(?:\/[^\s<>"'\x60]*${URL_END})?${NOT_BEFORE_LETTER})`,
    String.raw`((?<![\p{L}\p{M}\p{N}_]${HIDDEN}*)[@#][\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*)`,
    String.raw`(${NOT_AFTER_LETTER}(?:~|\.{1,2})?\/[\p{L}\p{M}\p{N}._-]+(?:\/[\p{L}\p{M}\p{N}._-]+)+\/?|${NOT_AFTER_LETTER}[A-Za-z]:\\(?:[^\s<>"'\x60]*${URL_END})?)`,
    String.raw`(${NOT_AFTER_LETTER}\p{Lu}[\p{Lu}\p{M}\p{N}]*-\p{N}[\p{Lu}\p{M}\p{N}]*${NOT_BEFORE_LETTER})`,
    String.raw`(\d+(?:[.,:/-]\d+)+${NOT_BEFORE_LETTER})`,
    String.raw`([\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*)`,
    String.raw`(\r\n|[\n\r\u2028\u2029])`,
    String.raw`(${SPACES}+(?:${HIDDEN}+${SPACES}+)*)`,
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
  'code',
  'number',
  'word',
  'newline',
  'space',
  'punctuation',
];

// Marks and hidden characters after any token stay with it, so that normalising one token at a time
// equals normalising the whole text. Sticky, read from the token's end: a look-ahead window would
// split long runs.
const TRAILING = new RegExp(String.raw`(?:\p{M}|${HIDDEN})+`, 'uy');

const ACRONYM = /^[\p{Lu}]{2,}$/u;
const CODE = /^(?=[\p{L}\p{M}\p{N}]*\p{N})(?=[\p{L}\p{M}\p{N}]*\p{Lu})[\p{Lu}\p{N}]+$/u;
const DIGITS = /^\p{N}+$/u;

const HIDDEN_ALL = new RegExp(HIDDEN, 'gu');

function classifyWord(word: string): TokenKind {
  // Classified as it will read once hidden characters are gone (`UB\u200BND` is `UBND`).
  const text = word.replace(HIDDEN_ALL, '');
  if (DIGITS.test(text)) return 'number';
  if (CODE.test(text)) return 'code';
  if (ACRONYM.test(text) && !isVietnameseSyllable(text)) return 'acronym';
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

const UNPROTECTED: ReadonlySet<TokenKind> = new Set(['word', 'space', 'newline', 'punctuation']);

/** Splits text into tokens that cover it exactly: joining their texts gives the input back. */
export function tokenize(source: string): Doc {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(source)) !== null) {
    const start = match.index;
    let end = start + match[0].length;
    const kind = kindOf(match);
    if (kind !== 'newline') {
      TRAILING.lastIndex = end;
      if (TRAILING.test(source)) end = TRAILING.lastIndex;
    }
    TOKEN_PATTERN.lastIndex = end;
    tokens.push({
      start,
      end,
      kind,
      text: source.slice(start, end),
      protected: !UNPROTECTED.has(kind),
      rules: [],
      confidence: 1,
    });
  }
  return { source, tokens };
}
