// Lining a repair up with an injected defect: which edits touch the damaged span, and whether they restore it.
import type { Corruption } from './eval-corruption.js';
import { diffTexts } from './eval-diff.js';

/** An edit as the harness sees it: offsets into the input, the rules behind it, and its confidence. */
export interface ScoredEdit {
  start: number;
  end: number;
  before: string;
  after: string;
  rules: readonly string[];
  confidence: number;
}

/** Rule name given to changes that had to be recovered by a diff because the edits did not replay. */
export const UNATTRIBUTED = 'unattributed';

/**
 * Replays edits on their input.
 * @param text The input the edits' offsets point into.
 * @param edits Sorted, non-overlapping edits.
 */
export function applyEdits(text: string, edits: readonly ScoredEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.after;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * The edits of a repair, checked: when the reported edits do not replay to the output, the changes
 * are recovered from a token diff of input and output (rule `unattributed`, confidence 1).
 * @param input The text that was repaired.
 * @param output The repaired text.
 * @param edits The edits the repair reported.
 * @returns The edits, and whether they had to be recovered.
 */
export function checkedEdits(input: string, output: string, edits: readonly ScoredEdit[]): { edits: readonly ScoredEdit[]; recovered: boolean } {
  const sorted = edits.every((edit, i) => edit.start <= edit.end && (i === 0 || edits[i - 1].end <= edit.start));
  if (sorted && applyEdits(input, edits) === output) return { edits, recovered: false };
  const recovered = diffTexts(input, output).map((hunk) => ({
    start: hunk.aStart,
    end: hunk.aEnd,
    before: input.slice(hunk.aStart, hunk.aEnd),
    after: output.slice(hunk.bStart, hunk.bEnd),
    rules: [UNATTRIBUTED],
    confidence: 1,
  }));
  return { edits: recovered, recovered: true };
}

/**
 * Whether an edit touches the span `[start, end)`: overlaps it, or, for an insertion or an empty span,
 * sits on it or at its edge.
 * @param edit The edit.
 * @param start Start of the span.
 * @param end End of the span.
 */
export function touchesSpan(edit: Pick<ScoredEdit, 'start' | 'end'>, start: number, end: number): boolean {
  if (edit.start === edit.end || start === end) return edit.start <= end && edit.end >= start;
  return edit.start < end && edit.end > start;
}

/** How a repair fared on one injected defect, counting only the edits kept. */
export interface SiteOutcome {
  /** The edits at the damaged span restore the gold text exactly (a true positive). */
  restored: boolean;
  /** Edits were made at the damaged span but do not restore it (one false positive, and a miss). */
  wrongAtSite: boolean;
  /** Edits elsewhere in the text (each a false positive). */
  otherEdits: ScoredEdit[];
}

/**
 * Scores one repaired defect: edits touching the damaged span are its fix, every other edit is false.
 * The fix counts only if replaying it alone on the damaged text gives back the gold text, so an edit
 * that splits a token (and so adds one) is judged by the text it makes, not by token positions.
 * @param corruption The defect.
 * @param edits The repair's edits on `corruption.text`, sorted.
 * @param threshold Edits with a lower confidence count as not made.
 */
export function scoreSite(corruption: Corruption, edits: readonly ScoredEdit[], threshold = 0): SiteOutcome {
  const atSite: ScoredEdit[] = [];
  const otherEdits: ScoredEdit[] = [];
  for (const edit of edits) {
    if (edit.confidence < threshold) continue;
    (touchesSpan(edit, corruption.start, corruption.end) ? atSite : otherEdits).push(edit);
  }
  const restored = atSite.length > 0 && applyEdits(corruption.text, atSite) === corruption.gold;
  return { restored, wrongAtSite: atSite.length > 0 && !restored, otherEdits };
}
