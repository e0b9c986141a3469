import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeLegacyBytes } from '../../src/legacy/encode-legacy.js';
import { ROOT } from './build-dist.js';
import { useCli } from './spawn-cli.js';

// Dashes and ellipses have no place in the legacy code pages; the rest of the article does.
const GOLD = readFileSync(join(ROOT, 'fixtures', '000_6a7ce73d3663950d.gold.txt'), 'utf8').replace(/[–…]/g, '-');

const cli = useCli();

describe('vn-clean --from', () => {
  it.each(['tcvn3', 'vni', 'viscii', 'vps', 'cp1258'] as const)('decodes a %s file, named or detected', async (encoding) => {
    writeFileSync(join(cli.folder, `${encoding}.txt`), encodeLegacyBytes(GOLD, encoding));
    for (const from of [encoding, 'auto']) {
      const run = await cli.run(['--from', from, `${encoding}.txt`]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(GOLD);
    }
  });

  it('refuses an unknown encoding with exit code 2', async () => {
    const run = await cli.run(['--from', 'utf-7', '-'], { input: 'x' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--from');
  });
});

describe('vn-clean --restore', () => {
  it('puts diacritics back with always, and leaves text alone by default', async () => {
    const input = 'chinh phu se ho tro nguoi dan\n';
    expect((await cli.run(['--restore', 'always'], { input })).stdout).toBe('chính phủ sẽ hỗ trợ người dân\n');
    expect((await cli.run([], { input })).stdout).toBe(input);
  });

  it('refuses an unknown mode with exit code 2', async () => {
    const run = await cli.run(['--restore', 'maybe', '-'], { input: 'x' });
    expect(run.code).toBe(2);
  });
});
