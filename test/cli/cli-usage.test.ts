import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-dist.js';
import { useCli } from './spawn-cli.js';

const cli = useCli();

describe('vn-clean usage', () => {
  it('prints usage, every option and the exit codes with --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await cli.run([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: vn-clean/);
      const options = ['--in-place', '--check', '--diff', '--report', '--tone-style', '--disable', '--min-confidence', '--force'];
      for (const option of [...options, '--jsonl', '--field', '--jobs', '--quiet', '--stats', '--version']) {
        expect(run.stdout).toContain(option);
      }
      expect(run.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
      for (const rule of cli.library.RULE_IDS) expect(run.stdout).toContain(rule);
    }
  });

  it('names every legacy encoding under --from', async () => {
    const run = await cli.run(['--help']);
    const fromOption = run.stdout.slice(run.stdout.indexOf('--from'), run.stdout.indexOf('--force'));
    for (const encoding of cli.library.LEGACY_ENCODINGS) expect(fromOption).toMatch(new RegExp(`\\b${encoding}\\b`));
  });

  it('prints the version of package.json with --version and -v', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = await cli.run([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it('exits 2 on an unknown option, naming it and pointing to --help', async () => {
    const run = await cli.run(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--frobnicate');
    expect(run.stderr).toContain('--help');
  });

  it('exits 2 when an option misses its value', async () => {
    const run = await cli.run(['--report']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--report');
  });

  it('exits 2 on an unknown tone style or rule, listing the valid ones', async () => {
    const style = await cli.run(['--tone-style', 'fancy'], { input: 'hoà' });
    expect(style.code).toBe(2);
    expect(style.stderr).toContain('classic, modern, preserve');
    const rule = await cli.run(['--disable', 'tone-style,no-such-rule'], { input: 'hoà' });
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('no-such-rule');
    expect(rule.stderr).toContain('tone-placement');
    expect(rule.stdout).toBe('');
  });

  it('exits 2 on a --min-confidence that is not a number from 0 to 1', async () => {
    for (const value of ['1.5', '-0.1', 'high', '']) {
      const run = await cli.run([`--min-confidence=${value}`], { input: 'hoà' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--min-confidence');
    }
  });

  it('exits 2 when --in-place has no file to rewrite or is combined with --check or --diff', async () => {
    writeFileSync(join(cli.folder, 'a.txt'), 'hoà\n');
    for (const args of [['-i'], ['-i', '-'], ['-i', '--check', 'a.txt'], ['--in-place', '--diff', 'a.txt']]) {
      const run = await cli.run(args, { input: 'hoà' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--in-place');
    }
    expect(readFileSync(join(cli.folder, 'a.txt'), 'utf8')).toBe('hoà\n');
  });
});
