import { insertedToken } from '../doc.js';
import { isVietnameseSyllable } from '../orthography/syllable.js';
import { GLUED_ABBREVIATIONS } from './glued-units.generated.js';
import type { Doc, ResolvedOptions, Token } from '../types.js';

const CLAUSE_MARKS = new Set([',', ';', ':']);
const SENTENCE_MARKS = new Set(['.', '!', '?']);
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LETTER = /^\p{L}/u;

function isSyllableWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && isVietnameseSyllable(token.text);
}

// Before a glued mark, besides a Vietnamese word: a foreign word, an acronym or a number (`Michigan,Hoa`,
// `USD,gấp`, `2016,Thủ`). A mark never belongs to them: acronyms and numbers are whole tokens. A lone
// letter is left alone: a slip inside a word (`đầu t,ư`) or an initial (`Q.Bình Thạnh`, `anh S.`).
function isOtherWordOrNumber(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'number') return true;
  return (token.kind === 'acronym' || (token.kind === 'word' && !token.protected)) && token.text.length > 1;
}

/**
 * Whether the punctuation token at `index` needs a space after it: a Vietnamese word glued to a mark
 * after a word or number. Numbers, abbreviations (`TP.HCM`, `v.v.`), file names, URLs, e-mails and times
 * are single tokens or have a non-syllable on one side, and stay as they are; so does a full stop after
 * an abbreviation that news writes glued as readily as spaced (`TP.Hà Nội`, `TX.Sơn Tây`).
 */
export function needsSpaceAfter(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index];
  if (mark.kind !== 'punctuation') return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (after === undefined || after.kind !== 'word' || after.protected) return false;
  if (isSyllableWord(before)) {
    if (CLAUSE_MARKS.has(mark.text)) return STARTS_LETTER.test(after.text);
    if (SENTENCE_MARKS.has(mark.text)) return STARTS_UPPER.test(after.text) && before!.text.length > 1;
    return false;
  }
  if (!isOtherWordOrNumber(before) || !isSyllableWord(after)) return false;
  if (CLAUSE_MARKS.has(mark.text)) return true;
  if (SENTENCE_MARKS.has(mark.text)) return STARTS_UPPER.test(after.text) && !(mark.text === '.' && GLUED_ABBREVIATIONS.has(before!.text));
  return false;
}

/**
 * Stage: puts the space back after `, ; : . ! ?` when a word follows directly (`sản,gạo` → `sản, gạo`,
 * `phẩm.Hai` → `phẩm. Hai`). A space before a mark is left as found.
 */
export function repairPunctuation(doc: Doc, options: ResolvedOptions): Doc {
  if (!options.enabled.has('punctuation-space')) return doc;
  const { tokens } = doc;
  let out: Token[] | undefined;
  for (let index = 0; index < tokens.length; index++) {
    if (needsSpaceAfter(tokens, index)) {
      out ??= tokens.slice(0, index);
      out.push(tokens[index], insertedToken(tokens[index].end, 'space', ' ', 'punctuation-space', 0.98));
    } else if (out) {
      out.push(tokens[index]);
    }
  }
  return out ? { source: doc.source, tokens: out } : doc;
}
