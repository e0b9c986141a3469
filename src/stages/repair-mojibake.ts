import { findMojibakeRepairs } from '../legacy/repair-utf8-mojibake.js';
import { toNfc } from '../orthography/unicode.js';
import { createToken, tokenize } from '../tokenize.js';
import type { Doc, ResolvedOptions, RuleId, Token } from '../types.js';

// The rule id of this stage; listed in RULE_IDS when the stage is in the pipeline.
const RULE = 'mojibake' as RuleId;
// A repair never reaches into spans the tokenizer protects for what they are, not for their letters.
const UNTOUCHABLE = new Set<Token['kind']>(['url', 'email', 'path', 'mention', 'hashtag', 'inline-code']);

/**
 * Stage: UTF-8 text that was read as Windows-1252, Latin-1 or Windows-1258 (`Viá»‡t` → `Việt`) is
 * decoded again, also where bytes were lost. The tokenizer splits such text at `»`, `‡` and the like,
 * so the repair works on the text of adjacent tokens and puts back what a fresh tokenization of the
 * repaired text gives, each piece tied to the source span of the tokens it replaces (one edit).
 * Good Unicode has no such spans and is left as it is.
 */
export function repairMojibake(doc: Doc, options: ResolvedOptions): Doc {
  if (!options.enabled.has(RULE)) return doc;
  let text = '';
  for (const token of doc.tokens) text += token.text;
  const repairs = findMojibakeRepairs(text, options.model);
  if (repairs.length === 0) return doc;
  const starts: number[] = [];
  for (let index = 0, at = 0; index < doc.tokens.length; at += doc.tokens[index++].text.length) starts.push(at);
  const tokens: Token[] = [];
  let next = 0;
  for (const repair of repairs) {
    let first = next;
    while (first < doc.tokens.length && starts[first] + doc.tokens[first].text.length <= repair.start) first++;
    let last = first;
    while (last + 1 < doc.tokens.length && starts[last + 1] < repair.end) last++;
    const covered = doc.tokens.slice(first, last + 1);
    if (first < next || covered.length === 0 || covered.some((token) => UNTOUCHABLE.has(token.kind))) continue;
    tokens.push(...doc.tokens.slice(next, first));
    const before = text.slice(starts[first], repair.start);
    const after = text.slice(repair.end, starts[last] + doc.tokens[last].text.length);
    tokens.push(...piecesOf(before + repair.text + after, covered, repair.confidence));
    next = last + 1;
  }
  tokens.push(...doc.tokens.slice(next));
  return { source: doc.source, tokens };
}

/** The repaired text as fresh tokens, each spanning the source of all the tokens it replaces. */
function piecesOf(text: string, covered: readonly Token[], confidence: number): Token[] {
  const start = covered[0].start;
  const end = covered[covered.length - 1].end;
  const rules: RuleId[] = [];
  let lowest = confidence;
  for (const token of covered) {
    for (const rule of token.rules) if (!rules.includes(rule)) rules.push(rule);
    lowest = Math.min(lowest, token.confidence);
  }
  rules.push(RULE);
  return tokenize(toNfc(text)).tokens.map((token) => createToken(start, end, token.kind, token.text, [...rules], lowest));
}
