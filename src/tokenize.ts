import type { Doc, Token, TokenKind } from './types.js';
import { isVietnameseSyllable } from './orthography/syllable.js';

// Alternatives in priority order; each group index maps to a kind in GROUP_KINDS.
// Marks (\p{M}) after any token stay with it, so that normalising one token at a time equals
// normalising the whole text.
const TLD = '(?:vn|com|net|org|gov|edu|info|io|co|biz|uk|us|de|fr|jp|cn|kr|ru|au|ca|tv|me|app|dev)';
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(\x60[^\x60\n]+\x60)`,
    String.raw`((?:https?|ftp):\/\/[^\s<>"'\x60]*[^\s<>"'\x60.,;:!?)\]}]|www\.[^\s<>"'\x60]*[^\s<>"'\x60.,;:!?)\]}])`,
    String.raw`([\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-]@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})`,
    String.raw`((?<![\p{L}\p{N}])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.${TLD}(?:\/[^\s<>"'\x60]*[^\s<>"'\x60.,;:!?)\]}])?(?![\p{L}\p{N}]))`,
    String.raw`((?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*)`,
    String.raw`((?<![\p{L}\p{N}])(?:~|\.{1,2})?\/[\p{L}\p{N}._-]+(?:\/[\p{L}\p{N}._-]+)+\/?|(?<![\p{L}\p{N}])[A-Za-z]:\\[^\s<>"'\x60]+)`,
    String.raw`(\d+(?:[.,:/-]\d+)+(?![\p{L}\p{N}]))`,
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
  'number',
  'word',
  'newline',
  'space',
  'punctuation',
];

const TRAILING_MARKS = /^[\p{M}\u200B-\u200D\u2060\uFEFF\u00AD]+/u;

const ACRONYM = /^[\p{Lu}]{2,}$/u;
const CODE = /^(?=[\p{L}\p{M}\p{N}]*\p{N})(?=[\p{L}\p{M}\p{N}]*\p{Lu})[\p{Lu}\p{N}]+$/u;
const DIGITS = /^\p{N}+$/u;

function classifyWord(text: string): TokenKind {
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
    const marks = TRAILING_MARKS.exec(source.slice(end, end + 64));
    if (marks && kind !== 'newline') end += marks[0].length;
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
