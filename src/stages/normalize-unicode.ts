import { replaceToken } from '../doc.js';
import { toNfc } from '../orthography/unicode.js';
import { isVietnameseLetterCode } from '../orthography/letters.js';
import { parseSyllable } from '../orthography/syllable.js';
import type { Doc, ResolvedOptions, Token } from '../types.js';

// Invisible format characters that carry nothing in Vietnamese text. ZWJ and ZWNJ are dropped only
// inside Latin-script words, since emoji sequences and other scripts need them.
const INVISIBLE = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const JOINERS = /[\u200C\u200D]/g;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}\p{N}\p{Cf}]+$/u;
const SPACE_SEPARATOR = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const SPACE_RUN = / {2,}/g;
const ETH_LIKE = /[\u00D0\u00F0\u0189]/;
const VIETNAMESE_ONLY = /[ăâêôơưĂÂÊÔƠƯạ-ỹẠ-Ỹ]/u;

function removeInvisibles(token: Token, text: string, atStart: boolean): string {
  // A byte-order mark that opens the text is a file signature, not damage.
  const bom = atStart && text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let rest = text.slice(bom.length).replace(INVISIBLE, '');
  if (token.kind === 'word' && LATIN_WORD.test(rest)) rest = rest.replace(JOINERS, '');
  return bom + rest;
}

function toDStroke(text: string): string {
  return text.replace(/[\u00D0\u0189]/g, 'Đ').replace(/\u00F0/g, 'đ');
}

function fixesDStroke(text: string): boolean {
  const candidate = toDStroke(text);
  return parseSyllable(candidate) !== undefined || VIETNAMESE_ONLY.test(candidate);
}

// Printable ASCII and Vietnamese letters, precomposed: text of these alone is NFC and holds no
// invisible character, space separator or look-alike of `Đ`, so this stage has nothing to do with it.
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 || code > 0x7e) && !isVietnameseLetterCode(code)) return false;
  }
  return true;
}

function normalizeToken(token: Token, before: Token | undefined, enabled: ResolvedOptions['enabled']): void {
  // A space can still be part of a run, with its own spaces or the one before it.
  if (token.kind === 'space' ? token.text === ' ' && before?.kind !== 'space' : isPlainText(token.text)) return;
  // Invisibles go before composing: one between a letter and a mark (`o\uFEFF\u0300`) blocks NFC.
  if (!token.protected && enabled.has('invisible-character')) {
    replaceToken(token, removeInvisibles(token, token.text, token.start === 0), 'invisible-character', 1);
  }
  if (enabled.has('unicode-nfc')) replaceToken(token, toNfc(token.text), 'unicode-nfc', 1);
  if (token.protected) return;
  if (token.kind === 'space') {
    if (enabled.has('space-separator')) replaceToken(token, token.text.replace(SPACE_SEPARATOR, ' '), 'space-separator', 1);
    if (enabled.has('space-run')) {
      replaceToken(token, token.text.replace(SPACE_RUN, ' '), 'space-run', 1);
      // A repair can leave two space tokens side by side (`Â ` read back as a space before a space).
      if (before?.kind === 'space' && before.text.endsWith(' ')) replaceToken(token, token.text.replace(/^ +/, ''), 'space-run', 1);
    }
  }
  if (token.kind === 'word' && enabled.has('d-stroke') && ETH_LIKE.test(token.text) && fixesDStroke(token.text)) {
    replaceToken(token, toDStroke(token.text), 'd-stroke', 0.99);
  }
}

/** Stage: NFC, invisible characters, space separators and runs, and `Ð`/`ð` used for `Đ`/`đ`. */
export function normalizeUnicode(doc: Doc, options: ResolvedOptions): Doc {
  let before: Token | undefined;
  for (const token of doc.tokens) {
    normalizeToken(token, before, options.enabled);
    if (token.text !== '') before = token;
  }
  return doc;
}
