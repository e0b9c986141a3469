// Reports what the bundled model costs and how good it is: held-out perplexity of the shipped model
// against the unpruned one and other pruning levels, sizes, load time, memory and query speed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createModel } from '../src/model/create-model.js';
import { decodeModel } from '../src/model/decode-model.js';
import { getDefaultModel } from '../src/model/default-model.js';
import { encodeModel } from '../src/model/encode-model.js';
import type { PruneOptions } from '../src/model/estimate-model.js';
import type { LanguageModel } from '../src/model/types.js';
import { CLASS_TOKENS } from '../src/model/vocabulary.js';
import { REPO_ROOT, corpusDirectory } from './lib/lm-args.js';
import { SHIPPED_PRUNING, assembleModel, collectTraining } from './lib/lm-build.js';
import { IdStream, createIdMapper, readNews, type IdMapper } from './lib/lm-training.js';

const DATA_MODULE = join(REPO_ROOT, 'src/model/data.generated.ts');
const LOAD_RUNS = 5;
const QUERY_ROUNDS = 5;

interface Perplexity {
  all: number;
  syllables: number;
  tokens: number;
}

function perplexityOf(model: Pick<LanguageModel, 'logProb' | 'bos'>, ids: Int32Array): Perplexity {
  let all = 0;
  let syllables = 0;
  let tokens = 0;
  let syllableTokens = 0;
  for (let i = 1; i < ids.length; i++) {
    if (ids[i] === model.bos) continue;
    const p = model.logProb(i >= 2 ? ids[i - 2] : model.bos, ids[i - 1], ids[i]);
    all += p;
    tokens++;
    if (ids[i] >= CLASS_TOKENS.length) {
      syllables += p;
      syllableTokens++;
    }
  }
  return { all: Math.exp(-all / tokens), syllables: Math.exp(-syllables / syllableTokens), tokens };
}

async function heldOutIds(corpus: string, mapper: IdMapper): Promise<Int32Array> {
  const stream = new IdStream();
  for await (const { sequence } of readNews(corpus, 'held-out', mapper)) stream.push(sequence.ids);
  return stream.view().slice();
}

function moduleSizes(text: string): { rawMb: number; gzipMb: number } {
  return { rawMb: text.length / 1e6, gzipMb: gzipSync(text, { level: 9 }).length / 1e6 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface LoadRun {
  importMs: number;
  importCpuMs: number;
  decodeMs: number;
  decodeCpuMs: number;
  heapMb: number;
}

// The module's import with plain Node (an .mjs copy), then its decoding in a second fresh process.
function measureLoadOnce(copy: string): LoadRun {
  const importScript = [
    'const c = process.cpuUsage(); const t = performance.now();',
    `await import(${JSON.stringify(pathToFileURL(copy).href)});`,
    'const u = process.cpuUsage(c);',
    'console.log(JSON.stringify({ importMs: performance.now() - t, importCpuMs: (u.user + u.system) / 1000 }));',
  ].join(' ');
  const imported = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', importScript], { encoding: 'utf8' }).trim(),
  ) as Pick<LoadRun, 'importMs' | 'importCpuMs'>;
  const decoded = JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(REPO_ROOT, 'scripts/lib/lm-measure-load.ts'), copy],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .pop()!,
  ) as Pick<LoadRun, 'decodeMs' | 'decodeCpuMs' | 'heapMb'>;
  return { ...imported, ...decoded };
}

function measureLoad(): LoadRun {
  const dir = mkdtempSync(join(tmpdir(), 'vn-clean-model-'));
  const copy = join(dir, 'data.mjs');
  writeFileSync(copy, readFileSync(DATA_MODULE, 'utf8'));
  const runs: LoadRun[] = [];
  try {
    for (let run = 0; run < LOAD_RUNS; run++) runs.push(measureLoadOnce(copy));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pick = (key: keyof LoadRun) => median(runs.map((run) => run[key]));
  return {
    importMs: pick('importMs'),
    importCpuMs: pick('importCpuMs'),
    decodeMs: pick('decodeMs'),
    decodeCpuMs: pick('decodeCpuMs'),
    heapMb: pick('heapMb'),
  };
}

function measureQueries(model: LanguageModel, ids: Int32Array): number {
  const n = Math.min(ids.length, 2_000_000);
  let sink = 0;
  const started = performance.now();
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (let i = 2; i < n; i++) sink += model.logProb(ids[i - 2], ids[i - 1], ids[i]);
  }
  const seconds = (performance.now() - started) / 1000;
  if (Number.isNaN(sink)) throw new Error('NaN log-probability');
  return (QUERY_ROUNDS * (n - 2)) / seconds;
}

const LEVELS: { label: string; prune: PruneOptions }[] = [
  { label: 'bigram level alone (continuation counts)', prune: { bigramMinCount: 1, trigramMinCount: Number.POSITIVE_INFINITY } },
  { label: 'trigram, unpruned', prune: { bigramMinCount: 1, trigramMinCount: 1 } },
  { label: 'trigram ≥ 2', prune: { bigramMinCount: 2, trigramMinCount: 2 } },
  { label: 'trigram ≥ 3, bigram ≥ 2', prune: { bigramMinCount: 2, trigramMinCount: 3 } },
  { label: 'trigram ≥ 3, bigram ≥ 3', prune: { bigramMinCount: 3, trigramMinCount: 3 } },
  { label: 'trigram ≥ 5, bigram ≥ 3', prune: { bigramMinCount: 3, trigramMinCount: 5 } },
  { label: 'weighted difference ≥ 4 (trigram ≥ 2), bigram ≥ 2', prune: { bigramMinCount: 2, trigramMinCount: 2, trigramMinScore: 4 } },
  { label: 'weighted difference ≥ 6 (trigram ≥ 2), bigram ≥ 2', prune: { bigramMinCount: 2, trigramMinCount: 2, trigramMinScore: 6 } },
  { label: 'weighted difference ≥ 8 (trigram ≥ 2), bigram ≥ 2', prune: { bigramMinCount: 2, trigramMinCount: 2, trigramMinScore: 8 } },
  { label: 'SHIPPED: weighted difference ≥ 8 (trigram ≥ 2), bigram ≥ 3', prune: SHIPPED_PRUNING },
];

async function main(): Promise<void> {
  const corpus = corpusDirectory();
  const log = (message: string) => console.error(message);
  const training = await collectTraining(corpus, log, { wholeTokenSources: [] });
  const ids = await heldOutIds(corpus, createIdMapper(training.vocabulary.slice(CLASS_TOKENS.length)));
  log(`held out: ${ids.length} ids`);

  const rows: Record<string, unknown>[] = [];
  console.log('| model | bigrams | trigrams | PPL | PPL syllables | PPL 8-bit | packed MB | base64 gzip MB |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const { label, prune } of LEVELS) {
    const { data } = assembleModel(training, prune);
    const exact = perplexityOf(createModel(data), ids);
    const bytes = encodeModel(data);
    const quantized = perplexityOf(createModel(decodeModel(bytes)), ids);
    rows.push({
      model: label,
      bigrams: data.bigramWords.length,
      trigrams: data.trigramWords.length,
      ppl: +exact.all.toFixed(2),
      pplSyllables: +exact.syllables.toFixed(2),
      pplQuantized: +quantized.all.toFixed(2),
      packedMb: +(bytes.length / 1e6).toFixed(2),
      base64GzipMb: +(gzipSync(Buffer.from(bytes).toString('base64'), { level: 9 }).length / 1e6).toFixed(2),
    });
    console.log(`| ${Object.values(rows[rows.length - 1]).join(' | ')} |`);
  }

  const shipped = getDefaultModel();
  const shippedIds = await heldOutIds(corpus, shipped);
  const shippedPpl = perplexityOf(shipped, shippedIds);
  const sizes = moduleSizes(readFileSync(DATA_MODULE, 'utf8'));
  const load = measureLoad();
  const queriesPerSecond = measureQueries(shipped, shippedIds);
  const summary = {
    heldOutTokens: shippedPpl.tokens,
    shippedPpl: +shippedPpl.all.toFixed(2),
    shippedPplSyllables: +shippedPpl.syllables.toFixed(2),
    moduleRawMb: +sizes.rawMb.toFixed(2),
    moduleGzipMb: +sizes.gzipMb.toFixed(2),
    loadMs: +(load.importMs + load.decodeMs).toFixed(1),
    loadCpuMs: +(load.importCpuMs + load.decodeCpuMs).toFixed(1),
    importMs: +load.importMs.toFixed(1),
    decodeMs: +load.decodeMs.toFixed(1),
    heapMb: +load.heapMb.toFixed(1),
    queriesPerSecond: Math.round(queriesPerSecond),
  };

  console.log('');
  console.log(`Shipped module (src/model/data.generated.ts): PPL ${summary.shippedPpl} (syllables ${summary.shippedPplSyllables}) on ${summary.heldOutTokens} held-out tokens`);
  console.log(`  size ${summary.moduleRawMb} MB raw, ${summary.moduleGzipMb} MB gzip -9`);
  console.log(
    `  load ${summary.loadMs} ms wall = import ${summary.importMs} + decode ${summary.decodeMs} (CPU ${summary.loadCpuMs} ms); heap + buffers ${summary.heapMb} MB; ${summary.queriesPerSecond} logProb queries/s`,
  );
  console.log(JSON.stringify({ levels: rows, shipped: summary }));
}

await main();
