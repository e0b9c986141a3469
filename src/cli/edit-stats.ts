import type { RuleId } from '../index.js';

/** Counts of edits, for `--stats`. */
export interface EditStats {
  /** Counts an edit under every rule that took part in it. */
  add(rules: readonly RuleId[]): void;
  /** The summary: inputs, bytes, time, speed, edits, then one line per rule, most frequent first. */
  format(inputs: number, bytes: number, seconds: number): string;
}

/** Creates empty counts. */
export function createEditStats(): EditStats {
  const byRule = new Map<RuleId, number>();
  let edits = 0;
  return {
    add(rules) {
      edits++;
      for (const rule of rules) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    },
    format(inputs, bytes, seconds) {
      const speed = seconds > 0 ? `, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s` : '';
      const head = `vn-clean: ${inputs} ${inputs === 1 ? 'input' : 'inputs'}, ${bytes} bytes in ${seconds.toFixed(2)} s${speed}, ${edits} ${edits === 1 ? 'edit' : 'edits'}\n`;
      const rows = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const width = Math.max(0, ...rows.map(([rule]) => rule.length));
      return head + rows.map(([rule, count]) => `  ${rule.padEnd(width)}  ${count}\n`).join('');
    },
  };
}
