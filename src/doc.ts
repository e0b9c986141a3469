import type { Doc, Edit, RuleId, Token } from './types.js';

/** Replaces a token's text, recording the rule and confidence; a no-op when the text is the same. */
export function replaceToken(token: Token, text: string, rule: RuleId, confidence: number): void {
  if (token.text === text) return;
  token.text = text;
  token.rules.push(rule);
  if (confidence < token.confidence) token.confidence = confidence;
}

/** The output text: every token's current text, in order. */
export function render(doc: Doc): string {
  let out = '';
  for (const token of doc.tokens) out += token.text;
  return out;
}

/** The edits that turn the input into the output, one per changed token, sorted by offset. */
export function collectEdits(doc: Doc): Edit[] {
  const edits: Edit[] = [];
  for (const token of doc.tokens) {
    const before = doc.source.slice(token.start, token.end);
    if (before === token.text) continue;
    const rules = token.rules.length > 0 ? token.rules : (['unicode-nfc'] as RuleId[]);
    edits.push({
      start: token.start,
      end: token.end,
      before,
      after: token.text,
      rule: rules[rules.length - 1],
      rules: [...new Set(rules)],
      confidence: token.confidence,
    });
  }
  return edits;
}
