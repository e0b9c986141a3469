// `npm run bench`: how fast the built `vn-clean` cleans held-out news, on one thread and with worker
// threads, against a bare NFD→NFC pass over the same text; also the model's load time and peak memory.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'tsup';
import { packageConfigs } from '../tsup.config.js';
import { NEWS_SOURCES, documentsOf, isHeldOut } from './lib/corpus.js';
import { formatTable } from './lib/eval-report.js';
import { removeDiacritics } from '../src/index.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `Usage: npm run bench -- [--corpus DIR] [--mb N] [--jobs N]
  --corpus DIR   corpus folder (default ../shared/corpus from the repository root)
  --mb N         megabytes of text to clean (default 20)
  --jobs N       worker threads of the parallel run (default 2)`;

interface BenchText {
  text: string;
  /** Where the text comes from, in words. */
  source: string;
}

interface Run {
  mode: string;
  seconds: number;
  peakRssMb: number | undefined;
  outputSha256?: string;
}

/** Held-out news documents, repeated when there are fewer than `bytes`; fixtures when the corpus is missing. */
async function readBenchText(corpusDir: string, bytes: number): Promise<BenchText> {
  const documents: string[] = [];
  let size = 0;
  if (existsSync(corpusDir)) {
    for (const source of NEWS_SOURCES) {
      for await (const document of documentsOf(corpusDir, source)) {
        if (!isHeldOut(document)) continue;
        documents.push(document);
        size += Buffer.byteLength(document) + 2;
        if (size >= bytes) break;
      }
      if (size >= bytes) break;
    }
  }
  let source = `${documents.length} held-out news documents (${(size / 1e6).toFixed(1)} MB)`;
  if (documents.length === 0) {
    source = 'the two fixture articles (corpus not found: these are NOT news of the held-out split)';
    for (const name of ['000_6a7ce73d3663950d.txt', '004_74a1b0eedb10951d.txt']) {
      documents.push(readFileSync(join(REPO_ROOT, 'fixtures', name), 'utf8'));
    }
  }
  const unit = `${documents.join('\n\n')}\n\n`;
  const copies = Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit)));
  if (copies > 1) source += `, repeated ${copies} times`;
  // Cut the last copy at the document boundary nearest after the size asked for.
  const text = unit.repeat(copies);
  const end = text.indexOf('\n\n', Math.floor((bytes / Buffer.byteLength(text)) * text.length));
  return { text: end === -1 ? text : text.slice(0, end + 2), source };
}

/** Builds the package into a folder of its own, so that a build running meanwhile cannot disturb it. */
async function buildPackage(outDir: string): Promise<void> {
  // One after the other: the first configuration cleans the output folder.
  for (const config of packageConfigs(outDir)) await build({ ...config, config: false, dts: false, silent: true });
}

/** Runs the built command on a file with a preloaded hook that records the process's peak RSS. */
function runCommand(dist: string, file: string, jobs: number, work: string, extra: readonly string[] = []): Run {
  const label = ['vn-clean', ...extra, '--jobs', String(jobs)].join(' ');
  const rssFile = join(work, `rss-${label.replace(/\W+/g, '-')}.json`);
  const hook = join(work, 'record-rss.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', hook, join(dist, 'cli.js'), '--quiet', ...extra, '--jobs', String(jobs), file], {
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${label} exited ${run.status}: ${run.stderr.toString()}`);
  const peakKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  return {
    mode: label,
    seconds,
    peakRssMb: Number.isFinite(peakKb) ? peakKb / 1024 : undefined,
    outputSha256: createHash('sha256').update(run.stdout).digest('hex'),
  };
}

/** Time to import the built library and to clean a first sentence (which loads the model). */
function measureLoad(dist: string): { importMs: number; firstCleanMs: number } {
  const script = `
    const started = performance.now();
    const { clean } = await import(${JSON.stringify(pathToFileURL(join(dist, 'index.js')).href)});
    const imported = performance.now();
    clean('Hai địa phương đã tích cực hỗ trợ nhau.');
    console.log(JSON.stringify({ importMs: imported - started, firstCleanMs: performance.now() - imported }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Loading the library failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { importMs: number; firstCleanMs: number };
}

function measureBaseline(text: string): Run {
  const started = process.hrtime.bigint();
  text.normalize('NFD').normalize('NFC');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { mode: 'NFD→NFC baseline', seconds, peakRssMb: undefined };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, mb: { type: 'string' }, jobs: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const corpusDir = resolve(REPO_ROOT, values.corpus ?? '../shared/corpus');
  const megabytes = Number(values.mb ?? 20);
  const jobs = Number(values.jobs ?? 2);
  if (!(megabytes > 0) || !Number.isInteger(jobs) || jobs < 1) throw new Error(USAGE);

  const { text, source } = await readBenchText(corpusDir, megabytes * 1e6);
  const bytes = Buffer.byteLength(text);
  console.log(`Text: ${(bytes / 1e6).toFixed(1)} MB from ${source}.`);
  const work = mkdtempSync(join(tmpdir(), 'vn-clean-bench-'));
  try {
    console.log('Building the package…');
    // Inside the repository, so that the build finds the package's dependencies.
    const dist = join(REPO_ROOT, '.cache', 'bench-build', String(process.pid));
    await buildPackage(dist);
    const file = join(work, 'news.txt');
    writeFileSync(file, text);
    const load = measureLoad(dist);
    const baseline = measureBaseline(text);
    console.log('Cleaning on one thread…');
    const single = runCommand(dist, file, 1, work);
    console.log(`Cleaning with --jobs ${jobs}…`);
    const parallel = runCommand(dist, file, jobs, work);
    // Restoration runs on the same news with every diacritic stripped, as text typed without them.
    console.log('Restoring diacritics on one thread…');
    const bare = join(work, 'news-bare.txt');
    writeFileSync(bare, removeDiacritics(text));
    const restore = runCommand(dist, bare, 1, work, ['--restore', 'always']);
    const runs = [baseline, single, parallel, restore];
    const rows = runs.map((run) => [
      run.mode,
      run.seconds.toFixed(2),
      (bytes / 1e6 / run.seconds).toFixed(2),
      (run.seconds / baseline.seconds).toFixed(1),
      run.peakRssMb === undefined ? '–' : run.peakRssMb.toFixed(0),
    ]);
    console.log('');
    console.log(
      formatTable(
        `vn-clean bench — ${(bytes / 1e6).toFixed(1)} MB, Node ${process.version}, ${availableParallelism()} cores`,
        ['mode', 'seconds', 'MB/s', '× baseline time', 'peak RSS (MB)'],
        rows,
      ),
    );
    console.log(`Model load: import ${load.importMs.toFixed(0)} ms, first clean ${load.firstCleanMs.toFixed(0)} ms.`);
    const sameOutput = single.outputSha256 === parallel.outputSha256;
    if (!sameOutput) console.log(`WARNING: --jobs ${jobs} gave a different output from --jobs 1.`);
    console.log(
      JSON.stringify({
        bytes,
        source,
        node: process.version,
        cores: availableParallelism(),
        modelImportMs: Math.round(load.importMs),
        modelFirstCleanMs: Math.round(load.firstCleanMs),
        sameOutput,
        runs: runs.map(({ mode, seconds, peakRssMb }) => ({
          mode,
          seconds: Number(seconds.toFixed(3)),
          mbPerSecond: Number((bytes / 1e6 / seconds).toFixed(3)),
          timesBaseline: Number((seconds / baseline.seconds).toFixed(1)),
          peakRssMb: peakRssMb === undefined ? null : Math.round(peakRssMb),
        })),
      }),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(join(REPO_ROOT, '.cache', 'bench-build', String(process.pid)), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
