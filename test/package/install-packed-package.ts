// Packs the package the way `npm pack` does before a release and installs the tarball into a project of
// its own, outside the repository (so that nothing can resolve through the repository's node_modules),
// once per state of the sources: the test files that need it share one tarball and one install.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'tsup';
import { packageConfigs } from '../../tsup.config.js';
import { ROOT } from '../cli/build-dist.js';
import { hashSources } from '../helpers/hash-sources.js';

const run = promisify(execFile);

/** The packed tarball and the project it is installed in. */
export interface PackedPackage {
  /** The `.tgz` file. */
  tarball: string;
  /** Its size in bytes. */
  size: number;
  /** The paths inside it, relative to the package folder, sorted. */
  files: string[];
  /** A project with the tarball installed as a dependency (`node_modules/vn-clean`). */
  project: string;
}

const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'test/package/install-packed-package.ts'];
const STORE = join(tmpdir(), 'vn-clean-packed-package');
const RECORD = 'packed.json';
const STALE_LOCK_MS = 10 * 60 * 1000;
const STALE_AFTER_MS = 60 * 60 * 1000;

interface PackRecord {
  filename: string;
  size: number;
  files: string[];
}

interface NpmPackEntry {
  filename: string;
  size: number;
  files: { path: string }[];
}

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function packJson(args: string[], cwd: string): Promise<NpmPackEntry> {
  const [entry] = JSON.parse(await npm(['pack', '--json', '--ignore-scripts', ...args], cwd)) as NpmPackEntry[];
  return entry;
}

/** Copies what `npm pack` would take from the repository, except `dist`, which is built afresh. */
async function stagePackage(stage: string): Promise<void> {
  const { files } = await packJson(['--dry-run'], ROOT);
  for (const { path } of files.filter(({ path }) => !path.startsWith('dist/'))) {
    mkdirSync(dirname(join(stage, path)), { recursive: true });
    cpSync(join(ROOT, path), join(stage, path));
  }
  // One configuration after the other, as `tsup` runs them: the first one cleans the output folder.
  for (const config of packageConfigs(join(stage, 'dist'))) {
    await build({ ...config, config: false, silent: true });
  }
}

async function installTarball(tarball: string, project: string): Promise<void> {
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'packed-package-consumer', private: true }, null, 2)}\n`);
  try {
    // The runtime dependencies come from the npm cache when it has them. It may not: `npm ci` caches only
    // abbreviated registry metadata, and `npm install` reads the full one, so a first run on a fresh
    // machine fetches it from the registry, once.
    await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], project);
  } catch (error) {
    throw new Error(`Installing the packed tarball failed (it needs the npm cache or the npm registry).\n${String(error)}`);
  }
}

async function createPackedPackage(folder: string): Promise<void> {
  const stage = join(folder, 'stage');
  await stagePackage(stage);
  const packed = await packJson(['--pack-destination', folder], stage);
  await installTarball(join(folder, packed.filename), join(folder, 'project'));
  rmSync(stage, { recursive: true, force: true });
  // Names relative to the folder, which is renamed once complete.
  const record: PackRecord = { filename: packed.filename, size: packed.size, files: packed.files.map(({ path }) => path).sort() };
  writeFileSync(join(folder, RECORD), JSON.stringify(record));
}

function removeOldEntries(keep: string): void {
  for (const name of readdirSync(STORE)) {
    const path = join(STORE, name);
    if (!name.startsWith(keep) && Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds, packs and installs the package unless that was done for the same sources, and tells where.
 * Test files running at the same time wait for the one that does the work.
 */
export async function installPackedPackage(): Promise<PackedPackage> {
  const key = hashSources(ROOT, INPUTS);
  const done = join(STORE, key);
  const lock = `${done}.lock`;
  mkdirSync(STORE, { recursive: true });
  while (!existsSync(join(done, RECORD))) {
    try {
      mkdirSync(lock);
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      // A lock left by a run that was killed.
      if (Date.now() - since > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    const scratch = `${done}.${process.pid}.${Date.now()}`;
    try {
      if (!existsSync(join(done, RECORD))) {
        await createPackedPackage(scratch);
        renameSync(scratch, done);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      rmSync(lock, { recursive: true, force: true });
    }
  }
  removeOldEntries(key);
  const { filename, size, files } = JSON.parse(readFileSync(join(done, RECORD), 'utf8')) as PackRecord;
  return { tarball: join(done, filename), size, files, project: join(done, 'project') };
}
