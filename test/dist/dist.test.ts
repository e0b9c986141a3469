import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';
import { buildDist, ROOT } from '../cli/build-dist.js';

interface PackageJson {
  main: string;
  module: string;
  bin: Record<string, string>;
  exports: Record<string, Record<string, Record<string, string>> | string>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const ARTICLES = ['000_6a7ce73d3663950d.txt', '004_74a1b0eedb10951d.txt'].map((name) =>
  readFileSync(join(ROOT, 'fixtures', name), 'utf8'),
);

let dist: string;
let esm: typeof Library;
let cjs: typeof Library;
beforeAll(async () => {
  dist = await buildDist();
  esm = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof Library;
  cjs = createRequire(import.meta.url)(join(dist, 'index.cjs')) as typeof Library;
});

/** Where a `./dist/...` path of package.json lies in the test build. */
function built(path: string): string {
  expect(path.startsWith('./dist/')).toBe(true);
  return join(dist, path.slice('./dist/'.length));
}

describe('the built package', () => {
  it('repairs text when loaded with import (ESM)', () => {
    expect(esm.clean('Hà Nôị và hoà bình')).toBe('Hà Nội và hòa bình');
    expect(esm.cleanWithEdits('hoà').edits).toMatchObject([{ start: 0, end: 3, before: 'hoà', after: 'hòa', rule: 'tone-style' }]);
  });

  it('repairs text when loaded with require (CommonJS)', () => {
    expect(cjs.clean('Hà Nôị và hoà bình')).toBe('Hà Nội và hòa bình');
    expect(cjs.cleanWithEdits('hoà').edits).toMatchObject([{ start: 0, end: 3, before: 'hoà', after: 'hòa', rule: 'tone-style' }]);
  });

  it('gives the same output and edits from both builds', () => {
    for (const article of ARTICLES) expect(cjs.cleanWithEdits(article)).toEqual(esm.cleanWithEdits(article));
    expect([...cjs.RULE_IDS]).toEqual([...esm.RULE_IDS]);
  });

  it('streams from both builds: createCleanStream is exported and cleans', async () => {
    for (const library of [esm, cjs]) {
      const stream = library.createCleanStream();
      const writer = stream.writable.getWriter();
      void writer.write(new TextEncoder().encode('Hà Nôị và ho'));
      void writer.write('à bình');
      void writer.close();
      let out = '';
      const reader = stream.readable.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) out += next.value;
      expect(out).toBe('Hà Nội và hòa bình');
    }
  });

  it('imports no Node built-in module from the library bundles, so that they load in browsers', () => {
    const builtIn = /(?:from\s*|require\(\s*|import\(\s*)["'](?:node:[\w/]+|fs|path|os|stream|crypto|zlib|worker_threads|child_process|util)["']/;
    for (const name of ['index.js', 'index.cjs']) expect(readFileSync(join(dist, name), 'utf8')).not.toMatch(builtIn);
  });

  it('ships the worker script beside the command', () => {
    expect(existsSync(join(dist, 'worker.js'))).toBe(true);
  });

  it('keeps the model out of the command and worker scripts, which read it from its file and never import it', () => {
    for (const name of ['cli.js', 'worker.js']) {
      const script = readFileSync(join(dist, name), 'utf8');
      expect(script.length).toBeLessThan(1_000_000);
      expect(script).not.toMatch(/from\s*["']\.\/(?:model-data\.cjs|index\.js)["']/);
      expect(script).toContain('"./model-data.cjs", import.meta.url');
    }
  });

  it('has every file that package.json points to', () => {
    const targets = [pkg.main, pkg.module, ...Object.values(pkg.bin)];
    for (const entry of Object.values(pkg.exports)) {
      if (typeof entry === 'string') continue;
      for (const branch of Object.values(entry)) targets.push(branch.default);
    }
    for (const target of targets.filter((path) => path.startsWith('./dist/'))) expect(existsSync(built(target))).toBe(true);
  });

  it('starts the command with a shebang', () => {
    expect(readFileSync(built(pkg.bin['vn-clean']), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
