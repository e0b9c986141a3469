// Applies a unified diff to a text, strictly: every context and removed line must match.

/**
 * Applies the hunks of a one-file unified diff to `text` (lines split at line feeds, as `patch` does).
 * @throws Error when a line of the diff does not match the text.
 */
export function applyUnifiedDiff(text: string, diff: string): string {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  let cursor = 0;
  const diffLines = diff.split(/(?<=\n)/);
  let index = 0;
  while (index < diffLines.length && !diffLines[index].startsWith('@@')) index++;
  while (index < diffLines.length) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$/.exec(diffLines[index++]);
    if (!header) throw new Error(`Expected a hunk header, got ${diffLines[index - 1]}`);
    const start = Number(header[1]) - 1;
    while (cursor < start) out.push(lines[cursor++]);
    while (index < diffLines.length && !diffLines[index].startsWith('@@')) {
      const line = diffLines[index++];
      const marker = line[0];
      let body = line.slice(1);
      if (diffLines[index]?.startsWith('\\ No newline')) {
        body = body.slice(0, -1);
        index++;
      }
      if (marker === ' ' || marker === '-') {
        if (lines[cursor] !== body) throw new Error(`Line ${cursor + 1} does not match: ${JSON.stringify(body)}`);
        cursor++;
      }
      if (marker === ' ' || marker === '+') out.push(body);
    }
  }
  while (cursor < lines.length) out.push(lines[cursor++]);
  return out.join('');
}
