// The fuzzing loop behind `npm run fuzz` and its fixed-seed sample in the test suite.
import fc from 'fast-check';
import { cleanWithEdits, clean } from '../../src/index.js';
import { combiningStorm, damagedVietnameseText, hostileText, vietnameseText } from './arbitraries.js';
import type { PinnedExample } from './pinned.js';
import { describeDivergence, replayEdits } from './properties.js';

/** What the fuzzer feeds `clean`: hostile strings most of all, then damaged and plain Vietnamese. */
export const fuzzInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 3, arbitrary: damagedVietnameseText },
  { weight: 2, arbitrary: vietnameseText },
  { weight: 1, arbitrary: combiningStorm },
);

/** The property names the fuzzer checks, in the order it checks them. */
export const FUZZED = ['never-throws', 'output-nfc', 'edits-replay', 'idempotent'] as const;

/**
 * The first of the fuzzed properties that fails on `input`, with what went wrong; `undefined` when
 * all hold. Calls `clean` twice, where checking the properties one by one would call it five times.
 * @param input Any string.
 */
export function findFailure(input: string): { property: (typeof FUZZED)[number]; failure: string } | undefined {
  let result;
  try {
    result = cleanWithEdits(input);
  } catch (error) {
    return { property: 'never-throws', failure: `threw ${String(error)}` };
  }
  const { text, edits } = result;
  if (text !== text.normalize('NFC')) return { property: 'output-nfc', failure: describeDivergence(text, text.normalize('NFC')) };
  try {
    const replayed = replayEdits(input, edits);
    if (replayed !== text) return { property: 'edits-replay', failure: describeDivergence(replayed, text) };
  } catch (error) {
    return { property: 'edits-replay', failure: (error as Error).message };
  }
  const twice = clean(text);
  if (twice !== text) return { property: 'idempotent', failure: describeDivergence(twice, text) };
  return undefined;
}

/** What a fuzzing run did. */
export interface FuzzReport {
  runs: number;
  /** Shrunk counterexamples, one per failing batch. */
  counterexamples: PinnedExample[];
}

/**
 * Runs `runs` generated inputs through the fuzzed properties, in batches; a failing batch stops,
 * is shrunk to a small counterexample, and the next batch goes on.
 * @param seed Seed of the first batch (the next ones count up from it).
 * @param runs How many inputs to try.
 * @param onBatch Called after every batch with the runs so far.
 */
export function runFuzz(seed: number, runs: number, onBatch?: (report: FuzzReport) => void): FuzzReport {
  const report: FuzzReport = { runs: 0, counterexamples: [] };
  const batchSize = Math.min(runs, 20_000);
  for (let batch = 0; report.runs < runs; batch++) {
    const numRuns = Math.min(batchSize, runs - report.runs);
    const details = fc.check(
      fc.property(fuzzInput, (input) => findFailure(input) === undefined),
      { numRuns, seed: seed + batch },
    );
    report.runs += details.failed ? details.numRuns : numRuns;
    if (details.failed && details.counterexample) {
      const [input] = details.counterexample;
      const found = findFailure(input);
      if (found) {
        report.counterexamples.push({ property: found.property, input, note: `Found by \`npm run fuzz -- --seed ${seed + batch}\`: ${found.failure}` });
      }
    }
    onBatch?.(report);
  }
  return report;
}
