// The gold fixtures: no edit on a gold file, and how far each input's output is from its gold.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoredEdit } from './eval-align.js';
import { diffTexts } from './eval-diff.js';
import { repairText } from './eval-repair.js';
import { countWords } from './eval-sentences.js';

/** How the library did on one fixture. */
export interface FixtureCheck {
  name: string;
  goldWords: number;
  /** Edits made on the gold text (each a false edit; there must be none). */
  goldEdits: ScoredEdit[];
  /** Whether the input's output equals the gold text. */
  exact: boolean;
  /** Places where the input differs from the gold. */
  placesBefore: number;
  /** Places where the output differs from the gold. */
  placesAfter: number;
  /** The remaining places, output beside gold, with a little context. */
  differences: Array<{ output: string; gold: string }>;
}

const CONTEXT = 12;

/**
 * Runs every `NAME.txt` that has a `NAME.gold.txt` beside it, and every gold file.
 * @param folder The fixtures folder.
 */
export function checkFixtures(folder: string): FixtureCheck[] {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.gold.txt'))
    .map((name) => name.slice(0, -'.gold.txt'.length))
    .filter((name) => existsSync(join(folder, `${name}.txt`)))
    .sort();
  return names.map((name) => {
    const gold = readFileSync(join(folder, `${name}.gold.txt`), 'utf8');
    const input = readFileSync(join(folder, `${name}.txt`), 'utf8');
    const output = repairText(input).output;
    const remaining = diffTexts(output, gold);
    return {
      name,
      goldWords: countWords(gold),
      goldEdits: [...repairText(gold).edits],
      exact: output === gold,
      placesBefore: diffTexts(input, gold).length,
      placesAfter: remaining.length,
      differences: remaining.map((hunk) => ({
        output: output.slice(Math.max(0, hunk.aStart - CONTEXT), hunk.aEnd + CONTEXT),
        gold: gold.slice(Math.max(0, hunk.bStart - CONTEXT), hunk.bEnd + CONTEXT),
      })),
    };
  });
}
