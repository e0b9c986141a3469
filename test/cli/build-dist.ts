// Builds the package once per state of its sources, for tests of the built command and library.
// Builds go to `.cache/test-build/<hash of the sources>`, never to `dist/`, so that test files running
// at the same time, or sources edited during a run, cannot pull files from under a running test.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { packageConfigs } from '../../tsup.config.js';
import { hashSources } from '../helpers/hash-sources.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const INPUTS = ['src', 'package.json', 'tsup.config.ts'];
const CACHE = join(ROOT, '.cache', 'test-build');
const STALE_AFTER_MS = 60 * 60 * 1000;

function removeOldBuilds(keep: string): void {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name !== keep && Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Builds the package with the project's tsup configuration (without type declarations) unless a build of
 * the same sources exists, and returns the folder holding `index.js`, `index.cjs` and `cli.js`.
 */
export async function buildDist(): Promise<string> {
  const key = hashSources(ROOT, INPUTS);
  const done = join(CACHE, key);
  if (existsSync(join(done, 'cli.js'))) return done;
  const scratch = join(CACHE, `${key}.${process.pid}.${Date.now()}`);
  mkdirSync(scratch, { recursive: true });
  // One after the other: the first configuration cleans the output folder.
  for (const config of packageConfigs(scratch)) {
    await build({ ...config, config: false, dts: false, silent: true });
  }
  try {
    renameSync(scratch, done);
  } catch {
    // Another test file built the same sources first.
    rmSync(scratch, { recursive: true, force: true });
  }
  removeOldBuilds(key);
  return done;
}
