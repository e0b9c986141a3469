// What an injected defect is: the sentence before and after, and where the damage sits.

/** The rows of the report: one per kind of injected defect. */
export type CorruptionKind =
  /** Two syllables joined, tone marks untouched (`hai địa` → `haiđịa`). */
  | 'join'
  /** Joined, the first syllable's tone slid onto its last letter (`Nội và` → `Nôịvà`). */
  | 'join-tone-own'
  /** Joined, the first syllable's tone slid onto the next syllable's first letter (`dự án` → `dưạ́n`). */
  | 'join-tone-next'
  /** A number joined to a syllable (`5 năm` → `5năm`, `đoạn 2019` → `đoạn2019`). */
  | 'letter-digit'
  /** The space after `,` `;` `:` lost (`sản, gạo` → `sản,gạo`). */
  | 'punctuation'
  /** The space after `.` `!` `?` lost (`phẩm. Hai` → `phẩm.Hai`). */
  | 'sentence-stop'
  /** A diacritic typo that leaves a valid syllable (`cũng` → `cùng`). */
  | 'typo-real-word'
  /** A diacritic typo that leaves no valid syllable (`tiến` → `tién`). */
  | 'typo-non-word';

/** One injected defect. `gold` is `text` with `[start, end)` replaced by `expected`. */
export interface Corruption {
  kind: CorruptionKind;
  /** The text as found. */
  gold: string;
  /** The text with the defect. */
  text: string;
  /** Start of the damaged span in `text`. */
  start: number;
  /** End of the damaged span in `text`. */
  end: number;
  /** What the damaged span held in `gold`. */
  expected: string;
  /** For typos: the operation that made it. */
  operation?: string;
}

/**
 * Builds a corruption by replacing one span of the gold text.
 * @param kind The report row.
 * @param gold The text as found.
 * @param start Start of the span in `gold`.
 * @param end End of the span in `gold`.
 * @param replacement The damaged text of the span (must differ from the original).
 */
export function replaceSpan(kind: CorruptionKind, gold: string, start: number, end: number, replacement: string): Corruption {
  const expected = gold.slice(start, end);
  if (expected === replacement) throw new Error(`Corruption \`${kind}\` left \`${expected}\` unchanged`);
  return {
    kind,
    gold,
    text: gold.slice(0, start) + replacement + gold.slice(end),
    start,
    end: start + replacement.length,
    expected,
  };
}
