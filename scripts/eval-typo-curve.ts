// `npm run eval:typo-curve`: the recall / false-edit curve of the diacritic-typo repair over its margin.
// Every real-word channel cost is shifted by the same offset and the repair is rerun for real (not a
// threshold applied afterwards): each point runs in a process of its own, since the costs shape caches.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TYPO_COSTS } from '../src/stages/repair-typos.js';
import { collectCleanEdits } from './lib/eval-clean.js';
import { loadHeldOutNews, loadReferenceSentences } from './lib/eval-data.js';
import { perTenThousand } from './lib/eval-metrics.js';
import { formatNumber, formatTable } from './lib/eval-report.js';
import { eligibleUnitsOf, sampleFamily } from './lib/eval-sample.js';
import { TYPO_KINDS, scoreSample, summarizeRows } from './lib/eval-sites.js';
import { corpusDirectory } from './lib/lm-args.js';

const USAGE = `Usage: npm run eval:typo-curve -- [--corpus DIR] [--sentences N] [--seed S] [--offsets LIST]
  --corpus DIR     corpus folder (default ../shared/corpus from the repository root)
  --sentences N    typo texts sampled from held-out news (default 3000)
  --seed S         seed of the sample (default 1; the same draw as \`npm run eval\`)
  --offsets LIST   nats added to every real-word channel cost (default 2,1,0,-0.5,-1,-1.5,-2,-3)`;

/** The costs that a real-word repair pays; the non-word cost and the name term stay as they are. */
const SHIFTED_COSTS = ['addTone', 'removeTone', 'changeTone', 'letters'] as const;

interface CurvePoint {
  offset: number;
  realWord: number;
  nonWord: number;
  all: number;
  precision: number;
  referenceEdits: number;
  referenceWords: number;
}

async function measurePoint(corpus: string, sentences: number, seed: number, offset: number): Promise<CurvePoint> {
  for (const name of SHIFTED_COSTS) TYPO_COSTS[name] += offset;
  const news = await loadHeldOutNews(corpus);
  const sample = sampleFamily(eligibleUnitsOf(news.lines).typo, 'typo', sentences, seed);
  const rows = summarizeRows(scoreSample(sample).records, TYPO_KINDS, 'all');
  const reference = collectCleanEdits(await loadReferenceSentences(corpus));
  return {
    offset,
    realWord: rows['typo-real-word'].recall,
    nonWord: rows['typo-non-word'].recall,
    all: rows.all.recall,
    precision: rows.all.precision,
    referenceEdits: reference.edits.filter((entry) => entry.edit.rules.includes('diacritic-typo')).length,
    referenceWords: reference.words,
  };
}

function readNumbers(text: string, name: string): number[] {
  const numbers = text.split(',').map(Number);
  if (numbers.some((value) => !Number.isFinite(value))) throw new TypeError(`Expected \`--${name}\` to be numbers separated by commas, got \`${text}\``);
  return numbers;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      sentences: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '1' },
      offsets: { type: 'string', default: '2,1,0,-0.5,-1,-1.5,-2,-3' },
      point: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const corpus = corpusDirectory();
  const [sentences] = readNumbers(values.sentences, 'sentences');
  const [seed] = readNumbers(values.seed, 'seed');
  if (values.point !== undefined) {
    console.log(JSON.stringify(await measurePoint(corpus, sentences, seed, Number(values.point))));
    return;
  }
  const script = fileURLToPath(import.meta.url);
  const points: CurvePoint[] = [];
  for (const offset of readNumbers(values.offsets, 'offsets')) {
    const args = ['--import', 'tsx', script, '--corpus', corpus, '--sentences', String(sentences), '--seed', String(seed), `--point=${offset}`];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (run.status !== 0) throw new Error(`The point at offset ${offset} failed (exit ${run.status})`);
    points.push(JSON.parse(run.stdout.trim().split('\n').pop() ?? ''));
    console.error(`  offset ${offset}: done`);
  }
  const defaults = SHIFTED_COSTS.map((name) => `${name} ${TYPO_COSTS[name]}`).join(', ');
  console.log(
    formatTable(
      `Diacritic typos over the channel margin (seed ${seed}, ${sentences} texts; offset added to ${defaults}; FE = typo edits per 10,000 words of news-ud-vtb)`,
      ['offset', 'real-word R', 'non-word R', 'all R', 'all P', 'FE ud-vtb', 'FE /10k'],
      points.map((point) => [
        point.offset === 0 ? '0 (shipped)' : point.offset,
        formatNumber(point.realWord),
        formatNumber(point.nonWord),
        formatNumber(point.all),
        formatNumber(point.precision),
        point.referenceEdits,
        formatNumber(perTenThousand(point.referenceEdits, point.referenceWords), 2),
      ]),
    ),
  );
}

await main();
