// Fuzzes `clean` for the properties every input must satisfy: it never throws, returns NFC, its
// edits replay onto the input as the output, and a second pass changes nothing. Counterexamples
// are shrunk and pinned in test/pinned/counterexamples.json, which the test suite replays.
//
//   npm run fuzz -- [--seed <integer>] [--runs <count>]      (default: a new seed, 1,000,000 runs)
import { parseArgs } from 'node:util';
import { runFuzz } from '../test/helpers/fuzz.js';
import { addPinned } from '../test/helpers/pinned.js';

const PINNED_PER_PROPERTY = 5;

const { values } = parseArgs({
  options: { seed: { type: 'string' }, runs: { type: 'string', default: '1000000' } },
});
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const runs = Number(values.runs);
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
  console.error('Expected `--seed` and `--runs` to be integers');
  process.exit(2);
}

console.log(`fuzzing ${runs.toLocaleString('en')} inputs from seed ${seed}`);
const started = Date.now();
let shown = 0;
const report = runFuzz(seed, runs, ({ runs: done, counterexamples }) => {
  if (done - shown < 100_000 && done < runs) return;
  shown = done;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`${done.toLocaleString('en')} runs, ${counterexamples.length} counterexamples, ${seconds} s`);
});

const byProperty = new Map<string, number>();
for (const { property } of report.counterexamples) byProperty.set(property, (byProperty.get(property) ?? 0) + 1);
for (const [property, count] of byProperty) console.log(`  ${property}: ${count}`);
for (const { property, input } of report.counterexamples) console.log(`  ${property} ${JSON.stringify(input)}`);
// The shortest few of each property are pinned: shrunk counterexamples of one bug look alike.
const pinned = [...byProperty.keys()].flatMap((property) =>
  report.counterexamples
    .filter((example) => example.property === property)
    .sort((a, b) => a.input.length - b.input.length)
    .slice(0, PINNED_PER_PROPERTY),
);
const added = addPinned(pinned);
console.log(`${report.runs.toLocaleString('en')} runs in ${((Date.now() - started) / 1000).toFixed(0)} s; ${report.counterexamples.length} counterexamples, ${added} newly pinned`);
process.exit(report.counterexamples.length > 0 ? 1 : 0);
