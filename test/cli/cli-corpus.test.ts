import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-dist.js';
import { cleanAsStream, makeLongText, useCli } from './spawn-cli.js';

const ARTICLES = ['000_6a7ce73d3663950d.txt', '004_74a1b0eedb10951d.txt'].map((name) =>
  readFileSync(join(ROOT, 'fixtures', name), 'utf8'),
);

const cli = useCli();
const write = cli.write;

describe('vn-clean --jsonl', () => {
  const records =
    '{"id":2,"text":"Hà Nôị và hoà bình","meta":{"text":"hoà"},"n":1.50}\r\n' +
    '\n' +
    '{"text":null}\n' +
    '{"b":"\\u0068oà", "text" : "thuỷ \\"điện\\"", "z":[1,{"a":"]"}]}\n' +
    '[1,2]\n' +
    '{"2":"x","text":"hoà","text":"thuỷ"}';

  it('cleans the text field of each record and keeps every other byte, key order and line as it was', async () => {
    const run = await cli.run(['--jsonl'], { input: records });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '{"id":2,"text":"Hà Nội và hòa bình","meta":{"text":"hoà"},"n":1.50}\r\n' +
        '\n' +
        '{"text":null}\n' +
        '{"b":"\\u0068oà", "text" : "thủy \\"điện\\"", "z":[1,{"a":"]"}]}\n' +
        '[1,2]\n' +
        '{"2":"x","text":"hoà","text":"thủy"}',
    );
  });

  it('cleans the field named by --field instead', async () => {
    const run = await cli.run(['--jsonl', '--field', 'b'], { input: records });
    expect(run.stdout.split('\n')[3]).toBe('{"b":"hòa", "text" : "thuỷ \\"điện\\"", "z":[1,{"a":"]"}]}');
  });

  it('places edits by record line and by character in the field, and names the field in the report', async () => {
    const run = await cli.run(['--jsonl', '--check', '--report', 'edits.jsonl'], { input: records });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      '<stdin>:1:4: tone-placement: "Nôị" → "Nội"\n' +
        '<stdin>:1:11: tone-style: "hoà" → "hòa"\n' +
        '<stdin>:4:1: tone-style: "thuỷ" → "thủy"\n' +
        '<stdin>:6:1: tone-style: "thuỷ" → "thủy"\n',
    );
    const first = JSON.parse(readFileSync(join(cli.folder, 'edits.jsonl'), 'utf8').split('\n')[0]) as Record<string, unknown>;
    expect(first).toMatchObject({ file: '<stdin>', field: 'text', line: 1, column: 4, start: 3, end: 6 });
  });

  it('cleans the text of a record longer than a segment as the streaming API cleans that text', async () => {
    // Lines, then one line longer than a segment, with no break in it.
    const text = `${makeLongText(ARTICLES[1], 150_000)}\n${ARTICLES[0].replace(/\n/g, ' ').repeat(20)}`;
    const run = await cli.run(['--jsonl'], { input: `${JSON.stringify({ id: 1, text })}\n` });
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as { id: number; text: string };
    expect(record.id).toBe(1);
    expect(record.text).toBe(await cleanAsStream(cli.library, text));
  });

  it('exits 2 on a record that is not JSON, giving its line', async () => {
    const run = await cli.run(['--jsonl'], { input: '{"text":"a"}\n{"text":\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('line 2');
    expect(run.stderr).toContain('JSON');
  });

  it('exits 2 when --field comes without --jsonl', async () => {
    const run = await cli.run(['--field', 'body'], { input: 'hoà' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jsonl');
  });
});

describe('vn-clean --jobs', () => {
  const text = makeLongText(ARTICLES[0] + ARTICLES[1], 2.2 * 65_536);

  it('gives the same output with worker threads as without, in input order', async () => {
    write('big.txt', text);
    const [one, two] = await Promise.all([cli.run(['--jobs', '1', 'big.txt']), cli.run(['-j', '2', 'big.txt'])]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toBe(await cleanAsStream(cli.library, text));
  });

  it('diffs, rewrites in place and keeps a byte-order mark with worker threads as without', async () => {
    write('bom.txt', `\uFEFF${text}`);
    const [one, two] = await Promise.all([cli.run(['--jobs', '1', 'bom.txt']), cli.run(['-j', '2', 'bom.txt'])]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.startsWith('\uFEFF')).toBe(true);
    const [diffOne, diffTwo] = await Promise.all([cli.run(['--diff', '-j', '1', 'bom.txt']), cli.run(['--diff', '-j', '2', 'bom.txt'])]);
    expect(diffTwo.stdout).toBe(diffOne.stdout);
    expect(diffTwo.stdout).toContain('+');
    const inPlace = await cli.run(['-i', '-j', '2', write('in-place.txt', `\uFEFF${text}`)]);
    expect(inPlace.code).toBe(0);
    expect(readFileSync(join(cli.folder, 'in-place.txt'), 'utf8')).toBe(one.stdout);
  });

  it('keeps the order of many inputs and of JSON Lines records across workers', async () => {
    const names = Array.from({ length: 6 }, (_, index) => write(`part-${index}.txt`, `${index} hoà\n`));
    const files = await cli.run(['--jobs', '2', ...names]);
    expect(files.stdout).toBe(names.map((_, index) => `${index} hòa\n`).join(''));
    const lines = Array.from({ length: 1500 }, (_, index) => JSON.stringify({ n: index, text: `${index} thuỷ điện Hoà Bình ` }));
    const jsonl = await cli.run(['--jsonl', '-j', '2'], { input: `${lines.join('\n')}\n` });
    expect(jsonl.stdout).toBe(`${lines.map((line) => line.replace('thuỷ', 'thủy').replace('Hoà', 'Hòa')).join('\n')}\n`);
  });

  it('exits 2 on a number of jobs that is not a whole number from 1', async () => {
    for (const jobs of ['0', 'two', '-1', '1.5']) {
      const run = await cli.run(['--jobs', jobs], { input: 'hoà' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--jobs');
    }
  });
});

describe('vn-clean as a line filter', () => {
  it('writes the output of each batch of lines before the input ends', async () => {
    const child = spawn(process.execPath, [cli.command, '--quiet'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const firstOutput = new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    child.stdin.write(`${makeLongText('Tỉnh Hà Nam có nhiều dự án.', 70_000)}\n`);
    // Input stays open: the first batch must come out anyway.
    expect(await firstOutput).toMatch(/^Tỉnh Hà Nam/);
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });

  it('prints counts of edits per rule on stderr with --stats, and no progress bar when stderr is not a terminal', async () => {
    const run = await cli.run(['--stats'], { input: 'Hà Nôị và hoà bình, thuỷ điện\n' });
    expect(run.stdout).toBe('Hà Nội và hòa bình, thủy điện\n');
    expect(run.stderr).toMatch(/^vn-clean: 1 input, \d+ bytes in [\d.]+ s.*, 3 edits\n/);
    expect(run.stderr).toMatch(/\n {2}tone-style {6}2\n {2}tone-placement {2}1\n$/);
    expect(run.stderr).not.toContain('\r');
  });
});
