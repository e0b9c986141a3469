import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createUnifiedDiff } from '../../src/cli/unified-diff.js';
import { applyUnifiedDiff } from './apply-unified-diff.js';

function diffOf(before: string, after: string, cuts: number[] = []): string {
  const diff = createUnifiedDiff('file.txt');
  // Cut both texts after the same line feeds, as the command does with segments.
  const ends = [...before.matchAll(/\n/g)].map((match) => match.index + 1);
  const afterEnds = [...after.matchAll(/\n/g)].map((match) => match.index + 1);
  const chosen = [...new Set(cuts.map((cut) => cut % (ends.length + 1)))].filter((k) => k < ends.length).sort((a, b) => a - b);
  let out = '';
  let from = 0;
  let afterFrom = 0;
  for (const k of chosen) {
    out += diff.add(before.slice(from, ends[k]), after.slice(afterFrom, afterEnds[k]));
    from = ends[k];
    afterFrom = afterEnds[k];
  }
  out += diff.add(before.slice(from), after.slice(afterFrom));
  return out + diff.end();
}

const line = fc.constantFrom('a', 'b', 'hoà', 'x y', '', 'c\r');
const pairedLines = fc.array(fc.tuple(line, line, fc.boolean()), { maxLength: 40 });

describe('createUnifiedDiff', () => {
  test.prop([pairedLines, fc.boolean(), fc.array(fc.nat(), { maxLength: 5 })])(
    'gives a diff that turns the text into its repair, however the texts are cut',
    (pairs, finalBreak, cuts) => {
      const before = pairs.map(([a]) => a).join('\n') + (finalBreak ? '\n' : '');
      const after = pairs.map(([a, b, changed]) => (changed ? b : a)).join('\n') + (finalBreak ? '\n' : '');
      const diff = diffOf(before, after, cuts);
      expect(applyUnifiedDiff(before, diff)).toBe(after);
      expect(diff === '').toBe(before === after);
    },
  );

  it('shows three lines of context and merges changes closer than seven lines', () => {
    const before = Array.from({ length: 20 }, (_, k) => `line ${k + 1}\n`);
    const after = [...before];
    after[4] = 'five\n';
    after[10] = 'eleven\n';
    after[18] = 'nineteen\n';
    const diff = diffOf(before.join(''), after.join(''));
    expect(diff.match(/^@@.*@@$/gm)).toEqual(['@@ -2,13 +2,13 @@', '@@ -16,5 +16,5 @@']);
    expect(diff.startsWith('--- file.txt\n+++ file.txt\n')).toBe(true);
  });

  it('lists the removed lines of a run of changes before the added ones', () => {
    expect(diffOf('a\nb\n', 'A\nB\n')).toBe('--- file.txt\n+++ file.txt\n@@ -1,2 +1,2 @@\n-a\n-b\n+A\n+B\n');
  });

  it('refuses outputs whose line breaks differ from the input', () => {
    expect(() => diffOf('a\nb\n', 'a b\n')).toThrow(/line breaks/);
  });
});
