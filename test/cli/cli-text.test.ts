import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-dist.js';
import { cleanAsStream, makeLongText, useCli } from './spawn-cli.js';

const FIXTURES = ['000_6a7ce73d3663950d.txt', '004_74a1b0eedb10951d.txt'].map((name) =>
  readFileSync(join(ROOT, 'fixtures', name), 'utf8'),
);

const cli = useCli();
const write = cli.write;

describe('vn-clean as a filter', () => {
  it('writes the repaired text of a file to stdout, as the library repairs it', async () => {
    const name = write('article.txt', FIXTURES[1]);
    const run = await cli.run([name]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(cli.library.clean(FIXTURES[1]));
  });

  it('reads standard input when no file is given', async () => {
    const run = await cli.run([], { input: 'Hà Nôị và hoà bình\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Hà Nội và hòa bình\n');
  });

  it('reads standard input for `-`, between files, in order', async () => {
    write('one.txt', 'hoà\n');
    write('two.txt', 'thuỷ\n');
    const run = await cli.run(['one.txt', '-', 'two.txt'], { input: 'văn hoá\n' });
    expect(run.stdout).toBe('hòa\nvăn hóa\nthủy\n');
  });

  it('keeps LF, CRLF and lone CR line endings exactly, and a last line without one', async () => {
    const run = await cli.run([], { input: 'hoà\r\nthuỷ\rvăn hoá\n\r\n\rxin chào' });
    expect(run.stdout).toBe('hòa\r\nthủy\rvăn hóa\n\r\n\rxin chào');
  });

  it('writes one line for each line read', async () => {
    const input = FIXTURES[0].replace(/\n/g, '\r\n');
    const run = await cli.run([], { input });
    expect(run.stdout.split(/\r\n|\r|\n/).length).toBe(input.split(/\r\n|\r|\n/).length);
  });

  it('keeps a leading byte-order mark and adds none', async () => {
    expect((await cli.run([], { input: '\uFEFFhoà\n' })).stdout).toBe('\uFEFFhòa\n');
    expect((await cli.run([], { input: 'hoà\n' })).stdout).toBe('hòa\n');
  });

  it('gives empty output for empty input', async () => {
    const run = await cli.run([], { input: '' });
    expect(run.code).toBe(0);
    expect(run.stdoutBytes.length).toBe(0);
  });

  it('cleans input far larger than one segment as the library stream does, batch by batch of lines', async () => {
    const text = makeLongText(FIXTURES[1], 2.2 * 65_536).replace(/\n/g, '\r\n').normalize('NFD');
    const run = await cli.run([], { input: text });
    expect(run.stdout).toBe(await cleanAsStream(cli.library, text));
    expect(run.stdout).not.toBe(text);
  });

  it('places tone marks in the style asked for with --tone-style', async () => {
    expect((await cli.run(['--tone-style', 'modern'], { input: 'hòa bình' })).stdout).toBe('hoà bình');
    expect((await cli.run(['--tone-style=preserve'], { input: 'hoà thủy' })).stdout).toBe('hoà thủy');
    expect((await cli.run(['--tone-style', 'classic'], { input: 'hoà thuỷ' })).stdout).toBe('hòa thủy');
  });

  it('turns the rules named by --disable off', async () => {
    const input = 'Hà Nôị và hoà bình';
    expect((await cli.run(['--disable', 'tone-style'], { input })).stdout).toBe('Hà Nội và hoà bình');
    expect((await cli.run(['--disable', 'tone-style,tone-placement'], { input })).stdout).toBe(input);
    expect((await cli.run(['--disable', 'tone-style', '--disable', 'tone-placement'], { input })).stdout).toBe(input);
  });

  it('leaves out repairs less sure than --min-confidence, as the library does', async () => {
    const name = write('confidence.txt', FIXTURES[1]);
    const [strict, loose] = await Promise.all([cli.run(['--min-confidence', '1', name]), cli.run(['--min-confidence=0', name])]);
    expect(strict.stdout).toBe(cli.library.clean(FIXTURES[1], { minConfidence: 1 }));
    expect(loose.stdout).toBe(cli.library.clean(FIXTURES[1], { minConfidence: 0 }));
    expect(strict.stdout).not.toBe(loose.stdout);
  });
});
