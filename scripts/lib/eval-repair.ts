// Running the library on one text, with its edits checked against its output.
import { cleanWithEdits } from '../../src/index.js';
import { type ScoredEdit, checkedEdits } from './eval-align.js';

/** The library's repair of one text. */
export interface Repair {
  input: string;
  output: string;
  edits: readonly ScoredEdit[];
  /** The reported edits did not replay to the output and were recovered by a diff. */
  recovered: boolean;
  /** The message when the library threw (the text then counts as left unchanged). */
  error?: string;
}

/**
 * Repairs a text with the default options, never throwing.
 * @param input The text.
 */
export function repairText(input: string): Repair {
  try {
    const result = cleanWithEdits(input);
    const { edits, recovered } = checkedEdits(input, result.text, result.edits);
    return { input, output: result.text, edits, recovered };
  } catch (error) {
    return { input, output: input, edits: [], recovered: false, error: error instanceof Error ? error.message : String(error) };
  }
}
