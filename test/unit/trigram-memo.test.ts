import { describe, expect, it } from 'vitest';
import { TrigramMemo } from '../../src/stages/trigram-memo.js';

describe('the trigram memo', () => {
  it('remembers a value for a trigram and nothing for the others', () => {
    const memo = new TrigramMemo(20_000, 4);
    expect(memo.lookup(1, 2, 3)).toBeNaN();
    memo.store(1, 2, 3, -7.25);
    expect(memo.lookup(1, 2, 3)).toBe(-7.25);
    expect(memo.lookup(3, 2, 1)).toBeNaN();
    expect(memo.lookup(1, 2, 19_999)).toBeNaN();
  });

  it('stays at its size: a newer trigram in the same slot replaces the older one', () => {
    const memo = new TrigramMemo(20_000, 2);
    for (let w = 0; w < 100; w++) memo.store(w, w, w, w);
    const remembered = Array.from({ length: 100 }, (_, w) => memo.lookup(w, w, w)).filter((value) => !Number.isNaN(value));
    expect(remembered.length).toBeLessThanOrEqual(4);
    expect(memo.lookup(99, 99, 99)).toBe(99);
  });
});
