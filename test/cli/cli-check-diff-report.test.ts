import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyUnifiedDiff } from './apply-unified-diff.js';
import { ROOT } from './build-dist.js';
import { useCli } from './spawn-cli.js';

const ARTICLE = readFileSync(join(ROOT, 'fixtures', '004_74a1b0eedb10951d.txt'), 'utf8');

const cli = useCli();
const write = cli.write;

describe('vn-clean --check', () => {
  it('exits 1 and names each place that would change as file:line:column: rule: before → after', async () => {
    write('places.txt', 'Xin chào\r\n𝐀 hoà và Hà Nôị\n');
    const run = await cli.run(['--check', 'places.txt']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'places.txt:2:3: tone-style: "hoà" → "hòa"\n' + 'places.txt:2:13: tone-placement: "Nôị" → "Nội"\n',
    );
    expect(run.stderr).toContain('would change');
  });

  it('counts columns in characters (code points), from 1, not counting a byte-order mark', async () => {
    const decomposed = (text: string) => text.normalize('NFD');
    const run = await cli.run(['--check'], { input: `\uFEFF${decomposed('chào hoà')}` });
    expect(run.stdout).toBe(
      `<stdin>:1:1: unicode-nfc: "${decomposed('chào')}" → "chào"\n` +
        `<stdin>:1:7: tone-style: "${decomposed('hoà')}" → "hòa"\n`,
    );
  });

  it('shows invisible characters escaped', async () => {
    const run = await cli.run(['--check'], { input: 'Hà Nội\u200B đẹp' });
    expect(run.stdout).toBe('<stdin>:1:4: invisible-character: "Nội\\u{200B}" → "Nội"\n');
  });

  it('exits 0 and writes nothing when nothing would change', async () => {
    const run = await cli.run(['--check'], { input: 'Hà Nội và hòa bình\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('gives the places of every edit the library makes in an article', async () => {
    write('article.txt', ARTICLE);
    const run = await cli.run(['--check', 'article.txt']);
    const { edits } = cli.library.cleanWithEdits(ARTICLE);
    expect(edits.length).toBeGreaterThan(0);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(edits.length);
    lines.forEach((line, index) => expect(line).toContain(`: ${edits[index].rule}: `));
  });
});

describe('vn-clean --diff', () => {
  it('prints a unified diff that turns the input into the output', async () => {
    const input = ARTICLE.replace(/\n/g, '\r\n');
    write('article.txt', input);
    const run = await cli.run(['--diff', 'article.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('--- article.txt\n+++ article.txt\n@@ -')).toBe(true);
    expect(applyUnifiedDiff(input, run.stdout)).toBe(cli.library.clean(input));
  });

  it('marks a changed last line that has no line break', async () => {
    const run = await cli.run(['--diff'], { input: 'một\nhai\nhoà' });
    expect(run.stdout).toBe(
      '--- <stdin>\n+++ <stdin>\n@@ -1,3 +1,3 @@\n một\n hai\n-hoà\n\\ No newline at end of file\n+hòa\n\\ No newline at end of file\n',
    );
  });

  it('has the hunks `diff -u` finds', async () => {
    const probe = spawnSync('diff', ['--version']);
    if (probe.error) return;
    write('in.txt', ARTICLE);
    write('out.txt', cli.library.clean(ARTICLE));
    const expected = spawnSync('diff', ['-u', 'in.txt', 'out.txt'], { cwd: cli.folder, encoding: 'utf8' }).stdout;
    const run = await cli.run(['--diff', 'in.txt']);
    const hunks = (text: string) => text.slice(text.indexOf('@@'));
    expect(hunks(run.stdout)).toBe(hunks(expected));
  });

  it('prints nothing when nothing would change, and with --check exits 1 only on changes', async () => {
    expect((await cli.run(['--diff'], { input: 'Hà Nội\n' })).stdout).toBe('');
    expect((await cli.run(['--diff', '--check'], { input: 'Hà Nội\n' })).code).toBe(0);
    const changed = await cli.run(['--diff', '--check'], { input: 'hoà\n' });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('+hòa\n');
  });
});

describe('vn-clean --report', () => {
  it('writes every edit as a JSON line whose offsets point at `before` in the file', async () => {
    const texts = { 'a.txt': '\uFEFFHà Nôị\r\nvà hoà bình\n', 'b.txt': ARTICLE };
    for (const [name, text] of Object.entries(texts)) write(name, text);
    const run = await cli.run(['--report', 'edits.jsonl', 'a.txt', 'b.txt']);
    expect(run.code).toBe(0);
    const records = readFileSync(join(cli.folder, 'edits.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records[0]).toEqual({
      file: 'a.txt',
      line: 1,
      column: 4,
      start: 4,
      end: 7,
      rule: 'tone-placement',
      rules: ['tone-placement'],
      before: 'Nôị',
      after: 'Nội',
      confidence: records[0].confidence,
    });
    expect(records[1]).toMatchObject({ file: 'a.txt', line: 2, column: 4, before: 'hoà', after: 'hòa' });
    const forB = records.filter((record) => record.file === 'b.txt');
    expect(forB.length).toBe(cli.library.cleanWithEdits(ARTICLE).edits.length);
    for (const record of records) {
      const text = texts[record.file as keyof typeof texts];
      expect(text.slice(record.start as number, record.end as number)).toBe(record.before);
      const lines = text.split(/\r\n|\r|\n/);
      const line = lines[(record.line as number) - 1].replace(/^\uFEFF/, '');
      expect([...line].slice((record.column as number) - 1).join('').startsWith(record.before as string)).toBe(true);
      expect(typeof record.confidence).toBe('number');
    }
  });

  it('still writes the text to stdout', async () => {
    const run = await cli.run(['--report', 'r.jsonl'], { input: 'hoà' });
    expect(run.stdout).toBe('hòa');
    expect(readFileSync(join(cli.folder, 'r.jsonl'), 'utf8')).toContain('"before":"hoà"');
  });

  it('exits 2 when the report cannot be written', async () => {
    const run = await cli.run(['--report', 'no/such/folder/r.jsonl'], { input: 'hoà' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no/such/folder/r.jsonl');
  });
});
