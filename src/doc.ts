import { UNPROTECTED, classifyWord } from './tokenize.js';
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
    if (index > 0) tokens.push({ ...token, kind: 'space', text: ' ', rules: [...token.rules, rule], confidence: confidenceAfter });
    // Each piece is what the tokenizer would make of it, so that the output re-read reads the same.
    const kind = classifyWord(piece);
    tokens.push({ ...token, kind, protected: !UNPROTECTED.has(kind), text: piece, rules: [...token.rules, rule], confidence: confidenceAfter });
  });
  return tokens;
}

/** A new zero-width token holding `text`, inserted at source offset `at` (an insertion edit). */
export function insertedToken(at: number, kind: Token['kind'], text: string, rule: RuleId, confidence: number): Token {
  return { start: at, end: at, kind, text, protected: false, rules: [rule], confidence };
}

/** The output text: every token's current text, in order. */
export function render(doc: Doc): string {
  let out = '';
  for (const token of doc.tokens) out += token.text;
  return out;
}

/**
 * The edits that turn the input into the output, sorted by offset: one per changed source span
 * (tokens that share a span, as the pieces of a split do, make one edit).
 */
export function collectEdits(doc: Doc): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = doc;
  for (let first = 0; first < tokens.length; ) {
    const { start, end } = tokens[first];
    let last = first;
    let after = tokens[first].text;
    while (last + 1 < tokens.length && tokens[last + 1].start === start && tokens[last + 1].end === end) {
      last++;
      after += tokens[last].text;
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
