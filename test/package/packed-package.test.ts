import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { ROOT } from '../cli/build-dist.js';
import { installPackedPackage, type PackedPackage } from './install-packed-package.js';

const ARTICLE_NAMES = ['000_6a7ce73d3663950d.txt', '004_74a1b0eedb10951d.txt'];
const ARTICLES = ARTICLE_NAMES.map((name) => join(ROOT, 'fixtures', name));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
// Everything but the model data (code, types, documents) packs to about 0.3 MB; inlining the model into
// both the ESM and the CommonJS build would add a second copy of it.
const BUDGET_BEYOND_MODEL_BYTES = 1e6;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let packed: PackedPackage;
beforeAll(async () => {
  packed = await installPackedPackage();
}, 300_000);

/** Runs a program in the project the tarball is installed in. */
function runInProject(command: string, args: readonly string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: packed.project, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input ?? '');
  });
}

/** Runs a script with Node in the project, as an ES module or as CommonJS, and parses the JSON it prints. */
async function evaluate(type: 'module' | 'commonjs', script: string): Promise<unknown> {
  const run = await runInProject(process.execPath, [`--input-type=${type}`, '-e', script]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

const command = () => join(packed.project, 'node_modules', '.bin', 'vn-clean');
const cleanedArticles = () => ARTICLES.map((path) => clean(readFileSync(path, 'utf8')));

describe('the packed tarball', () => {
  it('holds the built library with its types, the model data, the command and the documents, and nothing else', () => {
    expect(packed.files).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/model-data.cjs',
      'dist/worker.js',
      'package.json',
    ]);
  });

  it(`holds one copy of the model data and under ${BUDGET_BEYOND_MODEL_BYTES / 1e6} MB beside it`, () => {
    const modelData = readFileSync(join(packed.project, 'node_modules', 'vn-clean', 'dist', 'model-data.cjs'));
    expect(packed.size).toBeLessThan(gzipSync(modelData).length + BUDGET_BEYOND_MODEL_BYTES);
  });

  it('installs with one runtime dependency, unorm', () => {
    const installed = readdirSync(join(packed.project, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed.sort()).toEqual(['unorm', 'vn-clean']);
  });
});

describe('the installed package', () => {
  it('resolves `import` to the ES module build and `require` to the CommonJS build', async () => {
    const imported = await evaluate('module', "console.log(JSON.stringify(import.meta.resolve('vn-clean')));");
    const required = await evaluate('commonjs', "console.log(JSON.stringify(require.resolve('vn-clean')));");
    expect(imported).toMatch(/\/node_modules\/vn-clean\/dist\/index\.js$/);
    expect(required).toMatch(/\/node_modules\/vn-clean\/dist\/index\.cjs$/);
  });

  it('cleans the fixture articles as the sources do, loaded with `import`', async () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { clean } from 'vn-clean';
      console.log(JSON.stringify(${JSON.stringify(ARTICLES)}.map((path) => clean(readFileSync(path, 'utf8')))));`;
    expect(await evaluate('module', script)).toEqual(cleanedArticles());
  });

  it('cleans the fixture articles as the sources do, loaded with `require`', async () => {
    const script = `
      const { readFileSync } = require('node:fs');
      const { clean } = require('vn-clean');
      console.log(JSON.stringify(${JSON.stringify(ARTICLES)}.map((path) => clean(readFileSync(path, 'utf8')))));`;
    expect(await evaluate('commonjs', script)).toEqual(cleanedArticles());
  });

  it('gives the same named exports to `import` and `require`', async () => {
    const imported = await evaluate('module', "import * as library from 'vn-clean'; console.log(JSON.stringify(Object.keys(library).sort()));");
    const required = await evaluate('commonjs', "console.log(JSON.stringify(Object.keys(require('vn-clean')).sort()));");
    expect(imported).toEqual(required);
    expect(imported).toEqual(expect.arrayContaining(['clean', 'cleanWithEdits', 'createCleanStream', 'RULE_IDS']));
  });

  it('ships types that TypeScript checks an ES module and a CommonJS consumer against (node16 resolution)', async () => {
    const consumer = (load: string) => `${load}
      const text: string = clean('Hà Nôị');
      const edits: readonly { start: number; end: number; rule: string }[] = cleanWithEdits(text, { toneStyle: 'modern' }).edits;
      // @ts-expect-error: clean takes a string
      clean(42);
      // @ts-expect-error: there is no such tone style
      clean(text, { toneStyle: 'unknown' });
      export { edits };
    `;
    const folder = mkdtempSync(join(packed.project, 'types-'));
    writeFileSync(join(folder, 'esm.mts'), consumer("import { clean, cleanWithEdits } from 'vn-clean';"));
    writeFileSync(join(folder, 'cjs.cts'), consumer("import vnClean = require('vn-clean');\nconst { clean, cleanWithEdits } = vnClean;"));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const options = ['--noEmit', '--strict', '--module', 'node16', '--target', 'es2022'];
    const run = await runInProject(process.execPath, [tsc, ...options, join(folder, 'esm.mts'), join(folder, 'cjs.cts')]);
    rmSync(folder, { recursive: true, force: true });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('the installed `vn-clean` command', () => {
  it('prints the version of the package', async () => {
    const run = await runInProject(command(), ['--version']);
    expect(run).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('cleans a file to standard output as `clean` does', async () => {
    const run = await runInProject(command(), [ARTICLES[0]]);
    expect(run).toEqual({ code: 0, stdout: cleanedArticles()[0], stderr: '' });
  });

  it('cleans standard input when no file is named', async () => {
    const run = await runInProject(command(), [], readFileSync(ARTICLES[1], 'utf8'));
    expect(run).toEqual({ code: 0, stdout: cleanedArticles()[1], stderr: '' });
  });

  it('cleans several files in worker threads, in the order named', async () => {
    const run = await runInProject(command(), ['--jobs', '2', '--quiet', ...ARTICLES]);
    expect(run).toEqual({ code: 0, stdout: cleanedArticles().join(''), stderr: '' });
  });
});
