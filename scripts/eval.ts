// `npm run eval`: measures vn-clean on held-out news with injected defects, and counts its false edits
// on clean text (held-out news, the hand-checked news-ud-vtb sentences, the gold fixtures).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isVietnameseSyllable } from '../src/orthography/syllable.js';
import { collectCleanEdits, describeEdit, editsOf, sampleCleanEdits, summarizeClean } from './lib/eval-clean.js';
import { computeCurve } from './lib/eval-curve.js';
import { loadHeldOutNews, loadReferenceSentences } from './lib/eval-data.js';
import { checkFixtures } from './lib/eval-fixtures.js';
import { THRESHOLDS, countByRule, perTenThousand } from './lib/eval-metrics.js';
import { createRandom, deriveSeed, sampleIndices } from './lib/eval-random.js';
import { formatRestoreTable, scoreRestoration } from './lib/eval-restore.js';
import { SAMPLE_FAMILIES, eligibleUnitsOf, sampleFamily } from './lib/eval-sample.js';
import { isSampleableSentence } from './lib/eval-sentences.js';
import { JOIN_KINDS, type ScoredSample, TYPO_KINDS, scoreSample, summarizeRecords, summarizeRows } from './lib/eval-sites.js';
import { formatTable } from './lib/eval-report.js';
import { formatClassTable, formatCurveTable, formatFixtureTable, formatRuleTable } from './lib/eval-tables.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `Usage: npm run eval -- [--corpus DIR] [--sentences N] [--seed S] [--json FILE]
                        [--clean-sentences N] [--show-edits]
  --corpus DIR           corpus folder (default ../shared/corpus from the repository root)
  --sentences N          texts sampled per family of defects (default 3000)
  --seed S               seed of every random draw (default 1)
  --json FILE            where to write every number (default .eval/results.json)
  --clean-sentences N    clean held-out sentences to run (default all)
  --show-edits           print 20 edits made on clean news and 20 on news-ud-vtb`;

interface EvalOptions {
  corpus: string;
  sentences: number;
  seed: number;
  json: string;
  cleanSentences: number;
  showEdits: boolean;
}

function readCount(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new TypeError(`Expected \`--${name}\` to be a whole number, got \`${value}\``);
  return count;
}

function readOptions(argv: string[]): EvalOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      sentences: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'string' },
      'clean-sentences': { type: 'string' },
      'show-edits': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    corpus: values.corpus === undefined ? resolve(REPO_ROOT, '../shared/corpus') : resolve(values.corpus),
    sentences: readCount(values.sentences, 'sentences', 3000),
    seed: readCount(values.seed, 'seed', 1),
    json: values.json === undefined ? join(REPO_ROOT, '.eval/results.json') : resolve(values.json),
    cleanSentences: readCount(values['clean-sentences'], 'clean-sentences', Number.POSITIVE_INFINITY),
    showEdits: values['show-edits'] ?? false,
  };
}

/** How long one section took, and how much text it ran the library on. */
interface Timing {
  section: string;
  seconds: number;
  texts: number;
  words: number;
}

const timings: Timing[] = [];

async function timed<T>(section: string, run: () => T | Promise<T>, size?: (result: T) => { texts: number; words: number }): Promise<T> {
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  const { texts, words } = size ? size(result) : { texts: 0, words: 0 };
  timings.push({ section, seconds, texts, words });
  const rate = words > 0 ? `, ${Math.round(words / seconds).toLocaleString('en')} words/s` : '';
  console.error(`  ${section}: ${seconds.toFixed(1)} s${rate}`);
  return result;
}

function sizeOf(samples: readonly ScoredSample[]): { texts: number; words: number } {
  return {
    texts: samples.reduce((sum, sample) => sum + sample.records.length, 0),
    words: samples.reduce((sum, sample) => sum + sample.words, 0),
  };
}

function formatTimings(totalSeconds: number): string {
  return formatTable(
    `Time (total ${totalSeconds.toFixed(1)} s)`,
    ['section', 'seconds', 'texts', 'words', 'words/s'],
    timings.map((timing) => [
      timing.section,
      timing.seconds.toFixed(1),
      timing.texts || '',
      timing.words || '',
      timing.words ? Math.round(timing.words / timing.seconds) : '',
    ]),
  );
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  console.error(`vn-clean evaluation: seed ${options.seed}, ${options.sentences} texts per family`);

  const news = await timed('read held-out news', () => loadHeldOutNews(options.corpus));
  const reference = await timed('read news-ud-vtb', () => loadReferenceSentences(options.corpus));
  const samples = await timed('sample and corrupt', () => {
    const eligible = eligibleUnitsOf(news.lines);
    return SAMPLE_FAMILIES.map((family) => sampleFamily(eligible[family], family, options.sentences, options.seed));
  });
  const joinSamples = samples.filter((sample) => sample.family !== 'typo');
  const typoSamples = samples.filter((sample) => sample.family === 'typo');
  const joins = await timed('joins: repair and score', () => joinSamples.map(scoreSample), sizeOf);
  const typos = await timed('typos: repair and score', () => typoSamples.map(scoreSample), sizeOf);
  const joinRecords = joins.flatMap((sample) => sample.records);
  const typoRecords = typos.flatMap((sample) => sample.records);

  const sentences = news.lines.flat();
  const cleanTexts =
    options.cleanSentences >= sentences.length
      ? sentences
      : sampleIndices(createRandom(deriveSeed(options.seed, 'clean')), sentences.length, options.cleanSentences).map((index) => sentences[index]);
  const cleanNews = await timed('clean news: repair', () => collectCleanEdits(cleanTexts), (run) => run);
  const cleanReference = await timed('news-ud-vtb: repair', () => collectCleanEdits(reference), (run) => run);
  const fixtures = await timed('fixtures: repair', () => checkFixtures(join(REPO_ROOT, 'fixtures')));
  const restoreNews = await timed('restoration: held-out news', () => {
    const pool = sentences.filter((sentence) => isSampleableSentence(sentence));
    return scoreRestoration(sampleIndices(createRandom(deriveSeed(options.seed, 'restore')), pool.length, options.sentences).map((index) => pool[index]));
  });
  const restoreReference = await timed('restoration: news-ud-vtb', () => scoreRestoration(reference));
  const curve = computeCurve(
    joinRecords,
    typoRecords,
    { edits: editsOf(cleanReference), words: cleanReference.words },
    { edits: editsOf(cleanNews), words: cleanNews.words },
  );
  const totalSeconds = (performance.now() - started) / 1000;

  const joinRows = summarizeRows(joinRecords, JOIN_KINDS, 'all joins');
  const typoRows = summarizeRows(typoRecords, TYPO_KINDS, 'all typos');
  const fixtureGoldEdits = fixtures.flatMap((fixture) => fixture.goldEdits);
  const fixtureGoldWords = fixtures.reduce((sum, fixture) => sum + fixture.goldWords, 0);
  const scored = [...joins, ...typos];
  const crashes = [...scored.flatMap((sample) => sample.crashes), ...cleanNews.crashes, ...cleanReference.crashes];
  const textsRun = sizeOf(scored).texts + cleanNews.texts + cleanReference.texts;
  const recovered = scored.reduce((sum, sample) => sum + sample.recovered, 0) + cleanNews.recovered + cleanReference.recovered;

  const out: string[] = [];
  // A library that throws leaves every text unchanged, which would read as a perfect false-edit score.
  if (crashes.length > 0) {
    out.push(`WARNING: the library threw on ${crashes.length} of ${textsRun} texts (counted as unchanged); first: ${crashes[0]}`);
    process.exitCode = 1;
  }
  out.push(
    `Held-out news: ${news.documents} of ${news.documentsSeen} documents, ${sentences.length} sentences; ` +
      `eligible units: ${samples.map((sample) => `${sample.family} ${sample.eligible}`).join(', ')}`,
  );
  const families = joinSamples.map((sample) => sample.family).join(', ');
  out.push(formatClassTable(`Joins (held-out news, one lost space per text; ≤ ${options.sentences} texts from each of ${families})`, joinRows));
  out.push(formatClassTable('Typos (held-out news, one diacritic typo per sentence)', typoRows));
  out.push(
    formatRuleTable([
      ['news', editsOf(cleanNews), cleanNews.words],
      ['ud-vtb', editsOf(cleanReference), cleanReference.words],
      ['fixture golds', fixtureGoldEdits, fixtureGoldWords],
    ]),
  );
  out.push(formatFixtureTable(fixtures));
  out.push(formatCurveTable(curve));
  out.push(formatRestoreTable([['held-out news', restoreNews], ['news-ud-vtb', restoreReference]]));
  out.push(formatTimings(totalSeconds));
  if (recovered > 0) out.push(`Edits that did not replay to the output (recovered by diff, rule \`unattributed\`): ${recovered} texts`);
  if (options.showEdits) {
    for (const [name, run, label] of [
      ['clean held-out news', cleanNews, 'show-news'],
      ['news-ud-vtb', cleanReference, 'show-reference'],
    ] as const) {
      const shown = sampleCleanEdits(run, 20, options.seed, label).map((entry) => `  ${describeEdit(entry)}`);
      out.push([`Sample of edits on ${name} (${run.edits.length} in all):`, ...(shown.length > 0 ? shown : ['  (none)'])].join('\n'));
    }
  }
  console.log(out.join('\n\n'));

  const results = {
    config: {
      seed: options.seed,
      sentencesPerFamily: options.sentences,
      cleanSentences: cleanTexts.length,
      thresholds: THRESHOLDS,
      node: process.version,
      version: JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version as string,
    },
    data: {
      heldOutDocuments: news.documents,
      documentsRead: news.documentsSeen,
      heldOutSentences: sentences.length,
      eligibleUnits: Object.fromEntries(samples.map((sample) => [sample.family, sample.eligible])),
      referenceSentences: reference.length,
    },
    joins: {
      rows: joinRows,
      byFamily: Object.fromEntries(joins.map((sample) => [sample.family, summarizeRecords(sample.records)])),
      // Joins whose result is itself a valid syllable: no repair can see them.
      undetectable: joinSamples
        .filter((sample) => sample.family === 'syllable')
        .flatMap((sample) => sample.corruptions)
        .filter((corruption) => isVietnameseSyllable(corruption.text.slice(corruption.start, corruption.end))).length,
      missed: joins.flatMap((sample) => sample.missed),
      wrong: joins.flatMap((sample) => sample.wrong),
    },
    typos: {
      rows: typoRows,
      byOperation: Object.fromEntries(
        ['change-tone', 'drop-tone', 'drop-modifier', 'd-for-dd'].map((operation) => [
          operation,
          summarizeRecords(typoRecords.filter((record) => record.operation === operation)),
        ]),
      ),
      missed: typos.flatMap((sample) => sample.missed),
      wrong: typos.flatMap((sample) => sample.wrong),
    },
    clean: {
      news: summarizeClean(cleanNews),
      reference: summarizeClean(cleanReference),
      fixtureGolds: {
        texts: fixtures.length,
        words: fixtureGoldWords,
        edits: fixtureGoldEdits.length,
        per10k: perTenThousand(fixtureGoldEdits.length, fixtureGoldWords),
        byRule: countByRule(fixtureGoldEdits),
      },
      referenceEdits: cleanReference.edits.map(({ edit, text }) => ({ ...edit, text })),
    },
    fixtures,
    curve,
    restoration: { news: restoreNews, reference: restoreReference },
    timing: { totalSeconds, sections: timings },
    crashes: { count: crashes.length, of: textsRun, first: crashes.slice(0, 50) },
  };
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
  console.error(`Wrote ${options.json}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
