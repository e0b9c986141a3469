import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { ROOT } from '../cli/build-dist.js';
import { installPackedPackage } from './install-packed-package.js';
import { launchChromium, type Chromium } from './launch-chromium.js';
import { serveFiles, type FileServer } from './serve-files.js';

const PAGE_SOURCES = fileURLToPath(new URL('./browser-page', import.meta.url));
const ARTICLE_NAMES = ['000_6a7ce73d3663950d.txt', '004_74a1b0eedb10951d.txt'];
const articleText = (name: string) => readFileSync(join(ROOT, 'fixtures', name), 'utf8');

let folder: string;
let bundleInputs: string[];
let server: FileServer;
let chromium: Chromium;

beforeAll(async () => {
  const packed = await installPackedPackage();
  // Inside the project, so that `vn-clean` resolves to the installed tarball, as in a user's app.
  folder = mkdtempSync(join(packed.project, 'browser-page-'));
  cpSync(PAGE_SOURCES, folder, { recursive: true });
  const bundle = await build({
    entryPoints: [join(folder, 'main.js')],
    absWorkingDir: folder,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  bundleInputs = Object.keys((bundle.metafile as Metafile).inputs).map((input) => relative(packed.project, join(folder, input)));
  const files = Object.fromEntries(
    ARTICLE_NAMES.map((name) => [`/texts/${name}`, { body: articleText(name), type: 'text/plain; charset=utf-8' }]),
  );
  server = await serveFiles({
    ...files,
    '/index.html': { body: readFileSync(join(folder, 'index.html')), type: 'text/html; charset=utf-8' },
    '/main.js': { body: bundle.outputFiles[0].contents, type: 'text/javascript; charset=utf-8' },
  });
  chromium = await launchChromium();
}, 300_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens the page on one text and reads what it shows, with every request and error it made. */
async function visitPage(name: string) {
  const page = await chromium.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.origin}/index.html?text=${encodeURIComponent(`/texts/${name}`)}`);
  await page.waitForSelector('body:not([data-state="loading"])', { timeout: 60_000 });
  const shown = {
    state: await page.locator('body').getAttribute('data-state'),
    cleaned: await page.locator('#cleaned').textContent(),
    streamed: await page.locator('#streamed').textContent(),
    error: await page.locator('#error').textContent(),
  };
  await page.close();
  return { ...shown, requests, errors };
}

describe('the package in a browser', () => {
  it('bundles with esbuild for browsers, where `fs` and other Node built-ins do not resolve, from the installed ES module build and its model data', () => {
    expect(bundleInputs).toContain('node_modules/vn-clean/dist/index.js');
    expect(bundleInputs).toContain('node_modules/vn-clean/dist/model-data.cjs');
    expect(bundleInputs).not.toContain('node_modules/vn-clean/dist/index.cjs');
  });

  it.each(ARTICLE_NAMES)('cleans the article %s in headless Chromium as the sources do in Node, whole and streamed', async (name) => {
    const visit = await visitPage(name);
    expect(visit.error).toBe('');
    expect(visit.state).toBe('done');
    const expected = clean(articleText(name));
    expect(visit.cleaned).toBe(expected);
    expect(visit.streamed).toBe(expected);
    expect(visit.errors).toEqual([]);
  });

  it('asks nothing of the network beyond its own server on the loopback interface', async () => {
    const visit = await visitPage(ARTICLE_NAMES[0]);
    expect(visit.requests.length).toBeGreaterThan(0);
    for (const url of visit.requests) expect(url.startsWith(`${server.origin}/`)).toBe(true);
  });
});
