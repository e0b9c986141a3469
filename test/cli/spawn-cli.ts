// Runs the built `vn-clean` command as a child process, in a temporary folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type * as Library from '../../src/index.js';
import { buildDist } from './build-dist.js';

/** What a run of the command gave. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** The built command and library, and a temporary folder to run them in. */
export interface BuiltCli {
  dist: string;
  /** The built `cli.js`. */
  command: string;
  library: typeof Library;
  folder: string;
  run(args: readonly string[], options?: { input?: string | Buffer; env?: NodeJS.ProcessEnv }): Promise<CliRun>;
  remove(): void;
}

/** A built command for one test file, with a way to put files in its folder. */
export interface CliFixture extends BuiltCli {
  /** Writes a file into the folder the command runs in; returns its name. */
  write(name: string, content: string | Buffer): string;
}

/** Builds the command before the tests of a file and removes its folder after them. */
export function useCli(): CliFixture {
  let built: BuiltCli | undefined;
  beforeAll(async () => {
    built = await prepareCli();
  });
  afterAll(() => built?.remove());
  const ready = (): BuiltCli => {
    if (!built) throw new Error('The command is built in beforeAll: use it inside a test');
    return built;
  };
  return {
    get dist() {
      return ready().dist;
    },
    get command() {
      return ready().command;
    },
    get library() {
      return ready().library;
    },
    get folder() {
      return ready().folder;
    },
    run: (args, options) => ready().run(args, options),
    remove: () => ready().remove(),
    write(name, content) {
      writeFileSync(join(ready().folder, name), content);
      return name;
    },
  };
}

/** Builds the package if needed, loads its library and makes a temporary folder to work in. */
export async function prepareCli(): Promise<BuiltCli> {
  const dist = await buildDist();
  const library = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof Library;
  const folder = mkdtempSync(join(tmpdir(), 'vn-clean-cli-'));
  const cli = join(dist, 'cli.js');
  return {
    dist,
    command: cli,
    library,
    folder,
    run(args, options = {}) {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [cli, ...args], {
          cwd: folder,
          env: { ...process.env, ...options.env },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
          const stdoutBytes = Buffer.concat(out);
          resolve({ code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
        });
        child.stdin.on('error', () => {});
        child.stdin.end(options.input ?? '');
      });
    },
    remove() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * A text longer than `length` UTF-16 units, spanning several segments of the command: lines of an
 * article, between many lines of numbers (protected, so cheap to clean) that keep the test fast.
 * @param article Text whose lines are spread over the result.
 * @param length The least length wanted.
 */
export function makeLongText(article: string, length: number): string {
  const articleLines = article.split('\n').filter((line) => line.trim() !== '');
  const lines: string[] = [];
  let size = 0;
  for (let index = 0; size < length; index++) {
    const line = index % 100 === 0 ? articleLines[(index / 100) % articleLines.length] : `${index} 2.024 15:30 ${index * 7}/${index % 12} 1.000.000`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/**
 * What the library's stream gives for a text: the command must give the same, segment by segment.
 * @param library The built library.
 * @param text The whole input.
 */
export async function cleanAsStream(library: typeof Library, text: string): Promise<string> {
  const stream = library.createCleanStream();
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const writing = writer.write(text).then(() => writer.close());
  let out = '';
  for (let next = await reader.read(); !next.done; next = await reader.read()) out += next.value;
  await writing;
  return out;
}
