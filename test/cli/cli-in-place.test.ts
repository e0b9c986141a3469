import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from './spawn-cli.js';

const cli = useCli();

function write(name: string, content: string | Buffer): string {
  writeFileSync(join(cli.folder, name), content);
  return join(cli.folder, name);
}

function expectNoTemporaryFiles(): void {
  expect(readdirSync(cli.folder).filter((name) => name.startsWith('.'))).toEqual([]);
}

describe('vn-clean --in-place', () => {
  it('rewrites each file with its repaired text and writes nothing to stdout', async () => {
    const one = write('one.txt', 'Hà Nôị và hoà bình\r\n');
    const two = write('two.txt', '\uFEFFthuỷ điện\n');
    const run = await cli.run(['-i', 'one.txt', 'two.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(one, 'utf8')).toBe('Hà Nội và hòa bình\r\n');
    expect(readFileSync(two, 'utf8')).toBe('\uFEFFthủy điện\n');
    expectNoTemporaryFiles();
  });

  it('refuses a read-only file with exit 2 and leaves it untouched', async () => {
    const path = write('locked.txt', 'hoà\n');
    chmodSync(path, 0o444);
    const run = await cli.run(['-i', 'locked.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('read-only');
    expect(readFileSync(path, 'utf8')).toBe('hoà\n');
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expectNoTemporaryFiles();
  });

  it('keeps the permission bits of the file', async () => {
    const path = write('mode.txt', 'hoà\n');
    chmodSync(path, 0o640);
    await cli.run(['--in-place', 'mode.txt']);
    expect(readFileSync(path, 'utf8')).toBe('hòa\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('leaves a file that needs no repair untouched', async () => {
    const path = write('clean.txt', 'Hà Nội và hòa bình\n');
    const before = statSync(path);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await cli.run(['-i', 'clean.txt']);
    const after = statSync(path);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('leaves the file byte for byte as it was when it turns out not to be UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('hoà\n'.repeat(30_000)), Buffer.from([0xff, 0x0a])]);
    const path = write('broken.txt', bytes);
    const run = await cli.run(['-i', 'broken.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('UTF-8');
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expectNoTemporaryFiles();
  });

  it('leaves a binary file untouched', async () => {
    const bytes = Buffer.from('hoà\u0000\n');
    const path = write('binary.txt', bytes);
    const run = await cli.run(['-i', 'binary.txt']);
    expect(run.code).toBe(2);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expectNoTemporaryFiles();
  });

  it('rewrites the other files when one of them fails', async () => {
    const good = write('good.txt', 'hoà\n');
    write('bad.txt', Buffer.from([0x68, 0xff]));
    const run = await cli.run(['-i', 'bad.txt', 'missing.txt', 'good.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.txt');
    expect(run.stderr).toContain('missing.txt');
    expect(readFileSync(good, 'utf8')).toBe('hòa\n');
  });

  it('rewrites the target of a symbolic link and keeps the link', async () => {
    const target = write('target.txt', 'hoà\n');
    symlinkSync('target.txt', join(cli.folder, 'link.txt'));
    await cli.run(['-i', 'link.txt']);
    expect(lstatSync(join(cli.folder, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('hòa\n');
  });
});

// A full disk needs a small file system of its own, which only root may mount (as in CI).
const canMount = process.platform === 'linux' && process.getuid?.() === 0;

describe.runIf(canMount)('vn-clean --in-place on a full disk', () => {
  it('exits 2 and leaves the file as it was, with no temporary file behind', async () => {
    const disk = mkdtempSync(join(tmpdir(), 'vn-clean-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]);
    try {
      // Room for the file, not for a second copy of it.
      const text = 'Hà Nôị và hoà bình\n'.repeat(2000);
      const path = join(disk, 'big.txt');
      writeFileSync(path, text);
      const run = await cli.run(['-i', path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no space left');
      expect(readFileSync(path, 'utf8')).toBe(text);
      expect(readdirSync(disk)).toEqual(['big.txt']);
    } finally {
      execFileSync('umount', [disk]);
    }
  });
});
