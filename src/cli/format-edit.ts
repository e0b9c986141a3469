import type { RuleId } from '../index.js';

/** An edit placed in a file, as `--check` and `--report` show it. */
export interface PlacedEdit {
  file: string;
  /** Line, from 1. */
  line: number;
  /** Column in characters (code points), from 1. */
  column: number;
  /** UTF-16 offset into the file's text. */
  start: number;
  end: number;
  rule: RuleId;
  rules: RuleId[];
  before: string;
  after: string;
  confidence: number;
  /** The JSON field the edit was made in, with `--jsonl`. */
  field?: string;
}

// Characters that would be invisible or break the line when printed as they are.
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000"\\]/gu;

/**
 * Quotes text for a message, escaping what would not show (`"Hà\u{200B}Nội"`).
 * @param text Any string.
 */
export function quoteText(text: string): string {
  const escaped = text.replace(UNSEEN, (character) =>
    character === '"' || character === '\\'
      ? `\\${character}`
      : `\\u{${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`,
  );
  return `"${escaped}"`;
}

/**
 * One line of `--check` output: `file:line:column: rule: "before" → "after"`.
 * @param edit The placed edit.
 */
export function formatCheckLine(edit: PlacedEdit): string {
  return `${edit.file}:${edit.line}:${edit.column}: ${edit.rule}: ${quoteText(edit.before)} → ${quoteText(edit.after)}\n`;
}

/**
 * One line of the `--report` JSON Lines file.
 * @param edit The placed edit.
 */
export function formatReportLine(edit: PlacedEdit): string {
  const { file, field, line, column, start, end, rule, rules, before, after, confidence } = edit;
  const record = field === undefined
    ? { file, line, column, start, end, rule, rules, before, after, confidence }
    : { file, field, line, column, start, end, rule, rules, before, after, confidence };
  return `${JSON.stringify(record)}\n`;
}
