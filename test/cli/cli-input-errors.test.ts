import { describe, expect, it } from 'vitest';
import { useCli } from './spawn-cli.js';

const cli = useCli();
const write = cli.write;

describe('vn-clean on input it cannot clean', () => {
  it('exits 2 naming a missing file, and still cleans the other files', async () => {
    write('here.txt', 'hoà\n');
    const run = await cli.run(['missing.txt', 'here.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stderr).toContain('no such file');
    expect(run.stdout).toBe('hòa\n');
  });

  it('exits 2 on a folder given as a file', async () => {
    const run = await cli.run(['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a directory');
  });

  it('exits 2 on invalid UTF-8, saying UTF-8, the byte offset and the file', async () => {
    const name = write('latin1.txt', Buffer.concat([Buffer.from('Hà Nội '), Buffer.from([0x63, 0xe0, 0x20])]));
    const run = await cli.run([name]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('UTF-8');
    expect(run.stderr).toContain('latin1.txt');
    expect(run.stderr).toContain(`byte offset ${Buffer.byteLength('Hà Nội c')}`);
  });

  it('gives the right byte offset of invalid UTF-8 far into the input and across read chunks', async () => {
    const prefix = Buffer.from('xin chào '.repeat(20_000));
    const bad = Buffer.concat([prefix, Buffer.from([0xe1, 0xba]), Buffer.from('x\n')]);
    const run = await cli.run([], { input: bad });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('<stdin>');
    expect(run.stderr).toContain(`byte offset ${prefix.length}`);
  });

  it('rejects a character cut off by the end of the input, and overlong and surrogate forms', async () => {
    const cases: Array<[Buffer, number]> = [
      [Buffer.from([0x61, 0x62, 0xe1, 0xba]), 2],
      [Buffer.from([0x61, 0xc0, 0xaf]), 1],
      [Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]), 2],
      [Buffer.from([0x61, 0xf4, 0x90, 0x80, 0x80]), 1],
    ];
    for (const [bytes, offset] of cases) {
      const run = await cli.run([], { input: bytes });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`UTF-8: invalid byte sequence at byte offset ${offset}`);
    }
  });

  it('refuses a binary file (NUL bytes) with exit 2 and a pointer to --force', async () => {
    const name = write('data.bin', Buffer.from([0x68, 0x6f, 0xc3, 0xa0, 0x00, 0x01, 0x0a]));
    const run = await cli.run([name]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('data.bin');
    expect(run.stderr).toContain('binary');
    expect(run.stderr).toContain('--force');
    expect(run.stdout).toBe('');
  });

  it('cleans a file with NUL bytes when forced, keeping the NUL bytes', async () => {
    const name = write('forced.bin', 'hoà\u0000thuỷ\n');
    const run = await cli.run(['--force', name]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('hòa\u0000thủy\n');
  });
});
