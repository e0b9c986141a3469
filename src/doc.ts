import { classifyWord, createToken, tokenize } from './tokenize.js';
import type { Doc, Edit, RuleId, Token } from './types.js';

/** Replaces a token's text, recording the rule and confidence; a no-op when the text is the same. */
export function replaceToken(token: Token, text: string, rule: RuleId, confidence: number): void {
  if (token.text === text) return;
  token.text = text;
  token.rules.push(rule);
  if (confidence < token.confidence) token.confidence = confidence;
}

/**
 * Replaces a token by pieces separated by single spaces (a split); every new token keeps the source
 * span of the original, so that the edits of a split come out as one edit.
 */
export function replaceTokenWith(token: Token, pieces: readonly string[], rule: RuleId, confidence: number): Token[] {
  const tokens: Token[] = [];
  const confidenceAfter = Math.min(token.confidence, confidence);
  pieces.forEach((piece, index) => {
    if (index > 0) tokens.push(createToken(token.start, token.end, 'space', ' ', [...token.rules, rule], confidenceAfter));
    // Each piece is what the tokenizer would make of it, so that the output re-read reads the same.
    const kind = classifyWord(piece);
    tokens.push(createToken(token.start, token.end, kind, piece, [...token.rules, rule], confidenceAfter));
  });
  return tokens;
}

/** A new zero-width token holding `text`, inserted at source offset `at` (an insertion edit). */
export function insertedToken(at: number, kind: Token['kind'], text: string, rule: RuleId, confidence: number): Token {
  return createToken(at, at, kind, text, [rule], confidence);
}

/** The output text: every token's current text, in order. */
export function render(doc: Doc): string {
  let out = '';
  for (const token of doc.tokens) out += token.text;
  return out;
}

/**
 * The doc as a fresh tokenization of its current text would read it (a split can make `0,1` one number
 * again), each new token tied to the source span of the tokens it was made from, with their rules.
 */
export function retokenize(doc: Doc): Doc {
  const fresh = tokenize(render(doc)).tokens;
  if (fresh.length === 0) return doc;
  const old = doc.tokens;
  const oldStart: number[] = [];
  let offset = 0;
  for (const token of old) {
    oldStart.push(offset);
    offset += token.text.length;
  }
  const total = offset;
  const tokens: Token[] = [];
  let first = 0;
  let at = 0;
  fresh.forEach((token, index) => {
    const end = at + token.text.length;
    const last = index === fresh.length - 1;
    let start = Infinity;
    let sourceEnd = -Infinity;
    const rules: RuleId[] = [];
    let confidence = 1;
    for (let i = first; i < old.length; i++) {
      const from = oldStart[i];
      const to = from + old[i].text.length;
      if (from > end || (from === end && !(last && end === total && to === from))) break;
      // An emptied token belongs to the token that covers its place.
      const covers = to > from ? to > at && from < end : from >= at && (from < end || last);
      if (!covers) continue;
      start = Math.min(start, old[i].start);
      sourceEnd = Math.max(sourceEnd, old[i].end);
      for (const rule of old[i].rules) if (!rules.includes(rule)) rules.push(rule);
      confidence = Math.min(confidence, old[i].confidence);
    }
    while (first < old.length && oldStart[first] + old[first].text.length <= end && !(oldStart[first] === end && old[first].text.length === 0 && !last)) first++;
    tokens.push(createToken(start, sourceEnd, token.kind, token.text, rules, confidence));
    at = end;
  });
  return { source: doc.source, tokens };
}

/**
 * The edits that turn the input into the output, sorted by offset: one per changed source span.
 * Tokens whose source spans meet or overlap (the pieces of a split, a number re-read across one) make
 * one edit.
 */
export function collectEdits(doc: Doc): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = doc;
  for (let first = 0; first < tokens.length; ) {
    const { start } = tokens[first];
    let { end } = tokens[first];
    let last = first;
    let after = tokens[first].text;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      const same = next.start === tokens[first].start && next.end === end;
      if (!same && !(next.start < end)) break;
      last++;
      after += next.text;
      end = Math.max(end, next.end);
    }
    const before = doc.source.slice(start, end);
    if (before !== after) {
      const rules: RuleId[] = [];
      let confidence = 1;
      for (let i = first; i <= last; i++) {
        for (const rule of tokens[i].rules) if (!rules.includes(rule)) rules.push(rule);
        confidence = Math.min(confidence, tokens[i].confidence);
      }
      if (rules.length === 0) rules.push('unicode-nfc');
      edits.push({ start, end, before, after, rule: rules[rules.length - 1], rules, confidence });
    }
    first = last + 1;
  }
  return edits;
}
