// Plain-text tables for the terminal.

/** A table cell. */
export type Cell = string | number;

/**
 * Formats a number with a fixed count of decimals, or `–` when it is not finite.
 * @param value The number.
 * @param decimals Digits after the point.
 */
export function formatNumber(value: number, decimals = 3): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '–';
}

/**
 * Lays out a table with a title, a header row and aligned columns (the first left, the others right).
 * @param title The line above the table.
 * @param header Column names.
 * @param rows The rows, each as long as the header.
 */
export function formatTable(title: string, header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const text = rows.map((row) => row.map(String));
  const widths = header.map((name, column) => Math.max(name.length, ...text.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd();
  return [title, line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...text.map(line)].join('\n');
}
