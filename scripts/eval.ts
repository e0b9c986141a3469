// `npm run eval`: measures vn-clean on held-out news with injected defects, and counts its false edits
// on clean text (held-out news, the hand-checked news-ud-vtb sentences, the gold fixtures).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isVietnameseSyllable } from '../src/orthography/syllable.js';
import type { ScoredEdit } from './lib/eval-align.js';
import type { Corruption, CorruptionKind } from './lib/eval-corruption.js';
import { loadHeldOutNews, loadReferenceSentences } from './lib/eval-data.js';
import { diffTexts } from './lib/eval-diff.js';
import {
  JOIN_RULES,
  type SiteRecord,
  THRESHOLDS,
  TYPO_RULES,
  countByRule,
  countEdits,
  countSites,
  f1Of,
  perTenThousand,
  precisionOf,
  recallOf,
  recordSite,
} from './lib/eval-metrics.js';
import { createRandom, deriveSeed, sampleIndices } from './lib/eval-random.js';
import { type Repair, repairText } from './lib/eval-repair.js';
import { type Cell, formatNumber, formatTable } from './lib/eval-report.js';
import { type FamilySample, SAMPLE_FAMILIES, type SampleFamily, eligibleUnitsOf, sampleFamily } from './lib/eval-sample.js';
import { countWords } from './lib/eval-sentences.js';

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

// ---- injected defects ---------------------------------------------------------------------------

/** A defect the repair missed or got wrong, with the text around it. */
interface SiteExample {
  kind: CorruptionKind;
  operation?: string;
  damaged: string;
  expected: string;
  output: string;
}

const CONTEXT = 30;
const EXAMPLES_PER_KIND = 25;

function outputOffset(position: number, edits: readonly ScoredEdit[]): number {
  let shift = 0;
  for (const edit of edits) if (edit.end <= position) shift += edit.after.length - edit.before.length;
  return position + shift;
}

function describeSite(corruption: Corruption, repair: Repair): SiteExample {
  const from = Math.max(0, corruption.start - CONTEXT);
  const to = Math.min(corruption.text.length, corruption.end + CONTEXT);
  const goldTo = to - corruption.end + corruption.start + corruption.expected.length;
  const outFrom = outputOffset(from, repair.edits);
  const outTo = outputOffset(to, repair.edits);
  return {
    kind: corruption.kind,
    operation: corruption.operation,
    damaged: corruption.text.slice(from, to),
    expected: corruption.gold.slice(from, goldTo),
    output: repair.output.slice(outFrom, outTo),
  };
}

interface SampleResult {
  family: SampleFamily;
  eligible: number;
  records: SiteRecord[];
  words: number;
  crashes: string[];
  recovered: number;
  /** Undetectable joins: the joined text is itself a valid syllable. */
  missed: SiteExample[];
  wrong: SiteExample[];
}

function evaluateSample(sample: FamilySample): SampleResult {
  const result: SampleResult = { family: sample.family, eligible: sample.eligible, records: [], words: 0, crashes: [], recovered: 0, missed: [], wrong: [] };
  const shown = new Map<string, number>();
  for (const corruption of sample.corruptions) {
    const repair = repairText(corruption.text);
    const words = countWords(corruption.gold);
    const record = recordSite(corruption, repair.output, repair.edits, words);
    result.records.push(record);
    result.words += words;
    if (repair.error) result.crashes.push(`${repair.error}: ${corruption.text.slice(0, 80)}`);
    if (repair.recovered) result.recovered++;
    const outcome = record.outcomes[0];
    if (outcome.restored) continue;
    const key = `${corruption.kind}:${outcome.wrongAtSite}`;
    const count = shown.get(key) ?? 0;
    if (count >= EXAMPLES_PER_KIND) continue;
    shown.set(key, count + 1);
    (outcome.wrongAtSite ? result.wrong : result.missed).push(describeSite(corruption, repair));
  }
  return result;
}

const JOIN_KINDS: readonly CorruptionKind[] = ['join', 'join-tone-own', 'join-tone-next', 'letter-digit', 'punctuation', 'sentence-stop'];
const TYPO_KINDS: readonly CorruptionKind[] = ['typo-real-word', 'typo-non-word'];

interface RowNumbers {
  n: number;
  tp: number;
  fpAtSite: number;
  fpOther: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  exact: number;
  /** The false positives away from the sites, by rule. */
  fpOtherByRule: Record<string, number>;
}

function rowNumbers(records: readonly SiteRecord[]): RowNumbers {
  const counts = countSites(records);
  return {
    n: counts.sites,
    tp: counts.restored,
    fpAtSite: counts.wrongAtSite,
    fpOther: counts.otherEdits,
    fn: counts.sites - counts.restored,
    precision: precisionOf(counts),
    recall: recallOf(counts),
    f1: f1Of(counts),
    exact: records.length === 0 ? 0 : records.filter((record) => record.exact).length / records.length,
    fpOtherByRule: countByRule(records.flatMap((record) => record.outcomes[0].otherEdits)),
  };
}

function classRows(records: readonly SiteRecord[], kinds: readonly CorruptionKind[], total: string): Record<string, RowNumbers> {
  const rows: Record<string, RowNumbers> = {};
  for (const kind of kinds) rows[kind] = rowNumbers(records.filter((record) => record.kind === kind));
  rows[total] = rowNumbers(records);
  return rows;
}

function classTable(title: string, rows: Record<string, RowNumbers>): string {
  const body: Cell[][] = Object.entries(rows).map(([name, row]) => [
    name,
    row.n,
    row.tp,
    row.fpAtSite,
    row.fpOther,
    row.fn,
    formatNumber(row.precision),
    formatNumber(row.recall),
    formatNumber(row.f1),
    formatNumber(row.exact),
  ]);
  return formatTable(title, ['row', 'n', 'TP', 'FP site', 'FP other', 'FN', 'P', 'R', 'F1', 'exact'], body);
}

// ---- clean text ---------------------------------------------------------------------------------

/** An edit made on clean text, with the text it was made in. */
interface CleanEdit {
  edit: ScoredEdit;
  text: string;
}

interface CleanResult {
  texts: number;
  words: number;
  edits: CleanEdit[];
  crashes: string[];
  recovered: number;
}

function evaluateClean(texts: readonly string[]): CleanResult {
  const result: CleanResult = { texts: texts.length, words: 0, edits: [], crashes: [], recovered: 0 };
  for (const text of texts) {
    const repair = repairText(text);
    result.words += countWords(text);
    if (repair.error) result.crashes.push(`${repair.error}: ${text.slice(0, 80)}`);
    if (repair.recovered) result.recovered++;
    for (const edit of repair.edits) result.edits.push({ edit, text });
  }
  return result;
}

function editsOf(result: CleanResult): ScoredEdit[] {
  return result.edits.map((entry) => entry.edit);
}

function cleanSummary(result: CleanResult) {
  const edits = editsOf(result);
  return {
    texts: result.texts,
    words: result.words,
    edits: edits.length,
    per10k: perTenThousand(edits.length, result.words),
    byRule: countByRule(edits),
    crashes: result.crashes.length,
    recoveredEdits: result.recovered,
  };
}

function showEdit({ edit, text }: CleanEdit): string {
  const left = text.slice(Math.max(0, edit.start - CONTEXT), edit.start);
  const right = text.slice(edit.end, edit.end + CONTEXT);
  return `  [${edit.rules.join('+')} ${edit.confidence.toFixed(3)}] …${left}⟦${edit.before} → ${edit.after}⟧${right}…`;
}

function sampleEdits(result: CleanResult, count: number, seed: number, label: string): CleanEdit[] {
  const random = createRandom(deriveSeed(seed, label));
  return sampleIndices(random, result.edits.length, count).map((index) => result.edits[index]);
}

// ---- fixtures -----------------------------------------------------------------------------------

interface FixtureResult {
  name: string;
  goldWords: number;
  goldEdits: ScoredEdit[];
  exact: boolean;
  placesBefore: number;
  placesAfter: number;
  differences: Array<{ output: string; gold: string }>;
}

function evaluateFixtures(folder: string): FixtureResult[] {
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
        output: output.slice(Math.max(0, hunk.aStart - 12), hunk.aEnd + 12),
        gold: gold.slice(Math.max(0, hunk.bStart - 12), hunk.bEnd + 12),
      })),
    };
  });
}

// ---- the run ------------------------------------------------------------------------------------

function curveOf(joins: readonly SiteRecord[], typos: readonly SiteRecord[], reference: CleanResult, news: CleanResult) {
  const referenceEdits = editsOf(reference);
  const newsEdits = editsOf(news);
  return THRESHOLDS.map((threshold, index) => {
    const joinCounts = countSites(joins, index);
    const typoCounts = countSites(typos, index);
    const rates = (edits: ScoredEdit[], words: number) => ({
      all: perTenThousand(countEdits(edits, threshold), words),
      joinRules: perTenThousand(countEdits(edits, threshold, JOIN_RULES), words),
      typoRules: perTenThousand(countEdits(edits, threshold, TYPO_RULES), words),
    });
    return {
      threshold,
      joins: { precision: precisionOf(joinCounts), recall: recallOf(joinCounts), f1: f1Of(joinCounts) },
      typos: { precision: precisionOf(typoCounts), recall: recallOf(typoCounts), f1: f1Of(typoCounts) },
      referencePer10k: rates(referenceEdits, reference.words),
      newsPer10k: rates(newsEdits, news.words),
    };
  });
}

function curveTable(curve: ReturnType<typeof curveOf>): string {
  const rows: Cell[][] = curve.map((point) => [
    point.threshold === 0 ? 'as run' : String(point.threshold),
    formatNumber(point.joins.recall),
    formatNumber(point.joins.precision),
    formatNumber(point.referencePer10k.joinRules, 2),
    formatNumber(point.typos.recall),
    formatNumber(point.typos.precision),
    formatNumber(point.referencePer10k.typoRules, 2),
    formatNumber(point.referencePer10k.all, 2),
    formatNumber(point.newsPer10k.all, 2),
  ]);
  return formatTable(
    'Confidence curve (an edit below the threshold counts as not made; FE = false edits per 10,000 words)',
    ['min confidence', 'joins R', 'joins P', 'FE ud-vtb join', 'typos R', 'typos P', 'FE ud-vtb typo', 'FE ud-vtb all', 'FE news all'],
    rows,
  );
}

function ruleTable(sets: Array<[string, ScoredEdit[], number]>): string {
  const rules = [...new Set(sets.flatMap(([, edits]) => Object.keys(countByRule(edits))))].sort();
  const rows: Cell[][] = rules.map((rule) => [
    rule,
    ...sets.flatMap(([, edits, words]) => {
      const count = countByRule(edits)[rule] ?? 0;
      return [count, formatNumber(perTenThousand(count, words), 2)];
    }),
  ]);
  rows.push([
    'all edits',
    ...sets.flatMap(([, edits, words]) => [edits.length, formatNumber(perTenThousand(edits.length, words), 2)]),
  ]);
  const header = ['rule', ...sets.flatMap(([name]) => [name, '/10k'])];
  const words = sets.map(([name, , count]) => `${name} ${count.toLocaleString('en')} words`).join(', ');
  return formatTable(`False edits on clean text, by rule (${words})`, header, rows);
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

  const sized = (results: SampleResult[]) => ({
    texts: results.reduce((sum, result) => sum + result.records.length, 0),
    words: results.reduce((sum, result) => sum + result.words, 0),
  });
  const joinSamples = samples.filter((sample) => sample.family !== 'typo');
  const typoSamples = samples.filter((sample) => sample.family === 'typo');
  const joinResults = await timed('joins: repair and score', () => joinSamples.map(evaluateSample), sized);
  const typoResults = await timed('typos: repair and score', () => typoSamples.map(evaluateSample), sized);
  const joinRecords = joinResults.flatMap((result) => result.records);
  const typoRecords = typoResults.flatMap((result) => result.records);

  const allSentences = news.lines.flat();
  const cleanTexts =
    options.cleanSentences >= allSentences.length
      ? allSentences
      : sampleIndices(createRandom(deriveSeed(options.seed, 'clean')), allSentences.length, options.cleanSentences).map(
          (index) => allSentences[index],
        );
  const cleanNews = await timed('clean news: repair', () => evaluateClean(cleanTexts), (result) => result);
  const cleanReference = await timed('news-ud-vtb: repair', () => evaluateClean(reference), (result) => result);
  const fixtures = await timed('fixtures: repair', () => evaluateFixtures(join(REPO_ROOT, 'fixtures')));
  const curve = curveOf(joinRecords, typoRecords, cleanReference, cleanNews);
  const totalSeconds = (performance.now() - started) / 1000;

  const joinRows = classRows(joinRecords, JOIN_KINDS, 'all joins');
  const typoRows = classRows(typoRecords, TYPO_KINDS, 'all typos');
  const fixtureGoldEdits = fixtures.flatMap((fixture) => fixture.goldEdits);
  const fixtureGoldWords = fixtures.reduce((sum, fixture) => sum + fixture.goldWords, 0);

  const runs = [...joinResults, ...typoResults];
  const crashes = [...runs.flatMap((result) => result.crashes), ...cleanNews.crashes, ...cleanReference.crashes];
  const textsRun = runs.reduce((sum, result) => sum + result.records.length, 0) + cleanNews.texts + cleanReference.texts;
  const out: string[] = [];
  // A library that throws leaves every text unchanged, which would read as a perfect false-edit score.
  if (crashes.length > 0) {
    out.push(`WARNING: the library threw on ${crashes.length} of ${textsRun} texts (counted as unchanged); first: ${crashes[0]}`);
    process.exitCode = 1;
  }
  out.push(
    `Held-out news: ${news.documents} of ${news.documentsSeen} documents, ${allSentences.length} sentences; ` +
      `eligible units: ${samples.map((sample) => `${sample.family} ${sample.eligible}`).join(', ')}`,
  );
  out.push(
    classTable(
      `Joins (held-out news, one lost space per text; ≤ ${options.sentences} texts from each of ${joinSamples.map((sample) => sample.family).join(', ')})`,
      joinRows,
    ),
  );
  out.push(classTable('Typos (held-out news, one diacritic typo per sentence)', typoRows));
  out.push(
    ruleTable([
      ['news', editsOf(cleanNews), cleanNews.words],
      ['ud-vtb', editsOf(cleanReference), cleanReference.words],
      ['fixture golds', fixtureGoldEdits, fixtureGoldWords],
    ]),
  );
  out.push(
    formatTable(
      'Fixtures',
      ['fixture', 'edits on gold (must be 0)', 'input → gold exact', 'places differing before', 'after'],
      fixtures.map((fixture) => [fixture.name, fixture.goldEdits.length, fixture.exact ? 'yes' : 'no', fixture.placesBefore, fixture.placesAfter]),
    ),
  );
  for (const fixture of fixtures.filter((item) => item.differences.length > 0)) {
    const flat = (text: string): string => text.replace(/\n/g, '⏎');
    const shown = fixture.differences.slice(0, 10).map((place) => `  output …${flat(place.output)}…\n    gold …${flat(place.gold)}…`);
    out.push([`Places where ${fixture.name} still differs from its gold:`, ...shown].join('\n'));
  }
  out.push(curveTable(curve));
  out.push(
    'The curve drops each edit below the threshold after the run; a decoder that weighs edits jointly might\n' +
      'have chosen differently without them, so points other than "as run" are an approximation.',
  );
  out.push(
    formatTable(
      `Time (total ${totalSeconds.toFixed(1)} s)`,
      ['section', 'seconds', 'texts', 'words', 'words/s'],
      timings.map((timing) => [
        timing.section,
        timing.seconds.toFixed(1),
        timing.texts || '',
        timing.words || '',
        timing.words ? Math.round(timing.words / timing.seconds) : '',
      ]),
    ),
  );
  if (crashes.length > 0) out.push(`WARNING: the library threw on ${crashes.length} of ${textsRun} texts: see \`crashes\` in the JSON`);
  const recovered = [...runs, cleanNews, cleanReference].reduce((sum, result) => sum + result.recovered, 0);
  if (recovered > 0) out.push(`Edits that did not replay to the output (recovered by diff, rule \`unattributed\`): ${recovered} texts`);
  if (options.showEdits) {
    out.push(`Sample of edits on clean held-out news (${cleanNews.edits.length} in all):`);
    out.push(sampleEdits(cleanNews, 20, options.seed, 'show-news').map(showEdit).join('\n') || '  (none)');
    out.push(`Sample of edits on news-ud-vtb (${cleanReference.edits.length} in all):`);
    out.push(sampleEdits(cleanReference, 20, options.seed, 'show-reference').map(showEdit).join('\n') || '  (none)');
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
      heldOutSentences: allSentences.length,
      eligibleUnits: Object.fromEntries(samples.map((sample) => [sample.family, sample.eligible])),
      referenceSentences: reference.length,
    },
    joins: {
      rows: joinRows,
      // Joins whose result is itself a valid syllable: no repair can see them.
      undetectable: joinSamples.flatMap((sample) => (sample.family === 'syllable' ? sample.corruptions : [])).filter((corruption) =>
        isVietnameseSyllable(corruption.text.slice(corruption.start, corruption.end)),
      ).length,
      missed: joinResults.flatMap((result) => result.missed),
      wrong: joinResults.flatMap((result) => result.wrong),
    },
    typos: {
      rows: typoRows,
      byOperation: Object.fromEntries(
        ['change-tone', 'drop-tone', 'drop-modifier', 'd-for-dd'].map((operation) => [
          operation,
          rowNumbers(typoRecords.filter((record) => record.operation === operation)),
        ]),
      ),
      missed: typoResults.flatMap((result) => result.missed),
      wrong: typoResults.flatMap((result) => result.wrong),
    },
    clean: {
      news: cleanSummary(cleanNews),
      reference: cleanSummary(cleanReference),
      fixtureGolds: {
        texts: fixtures.length,
        words: fixtureGoldWords,
        edits: fixtureGoldEdits.length,
        per10k: perTenThousand(fixtureGoldEdits.length, fixtureGoldWords),
        byRule: countByRule(fixtureGoldEdits),
      },
      referenceEdits: cleanReference.edits.map(({ edit }) => edit),
    },
    fixtures: fixtures.map(({ goldEdits, ...fixture }) => ({ ...fixture, goldEdits })),
    curve,
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
