import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownString } from '../../src/own-string.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap bytes still used after keeping what `keep` returns for 40 strings of 1 MB each. */
function heapKeptBy(keep: (text: string) => string): number {
  const kept: string[] = [];
  collectGarbage();
  const before = getHeapStatistics().used_heap_size;
  for (let i = 0; i < 40; i++) {
    const word = `a-word-long-enough-${i}`;
    const text = `${'x'.repeat(1 << 20)} ${word}`;
    kept.push(keep(text.slice(text.length - word.length)));
  }
  collectGarbage();
  expect(kept.every((word, i) => word === `a-word-long-enough-${i}`)).toBe(true);
  return getHeapStatistics().used_heap_size - before;
}

describe('ownString', () => {
  it('gives the same characters', () => {
    for (const text of ['', 'và', 'a'.repeat(12), 'Nguyễn-Thị-Minh-Khai', 'x'.repeat(1000)]) expect(ownString(text)).toBe(text);
  });

  it('keeps no longer string alive, where a plain slice keeps the whole of it', () => {
    expect(heapKeptBy((word) => word)).toBeGreaterThan(30 << 20);
    expect(heapKeptBy(ownString)).toBeLessThan(4 << 20);
  });
});
