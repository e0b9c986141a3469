import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed, drawIndex, sampleIndices } from '../../scripts/lib/eval-random.js';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const take = (seed: number) => Array.from({ length: 5 }, createRandom(seed));
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
  });

  it('draws floats in [0, 1) spread evenly', () => {
    const random = createRandom(3);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]++;
    }
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});

describe('deriveSeed', () => {
  it('gives each label its own stream, stable for a seed', () => {
    expect(deriveSeed(1, 'typo')).toBe(deriveSeed(1, 'typo'));
    expect(deriveSeed(1, 'typo')).not.toBe(deriveSeed(1, 'syllable'));
    expect(deriveSeed(1, 'typo')).not.toBe(deriveSeed(2, 'typo'));
  });
});

describe('sampling', () => {
  it('draws indices in range', () => {
    const random = createRandom(4);
    for (let i = 0; i < 1000; i++) expect(drawIndex(random, 7)).toBeLessThan(7);
  });

  it('draws distinct sorted indices without replacement, all of them when asked for more', () => {
    const sample = sampleIndices(createRandom(5), 100, 30);
    expect(sample).toHaveLength(30);
    expect(new Set(sample).size).toBe(30);
    expect(sample).toEqual([...sample].sort((a, b) => a - b));
    expect(sampleIndices(createRandom(5), 4, 10)).toEqual([0, 1, 2, 3]);
  });

  it('gives every index the same chance', () => {
    const hits = new Array<number>(20).fill(0);
    const random = createRandom(6);
    for (let i = 0; i < 4000; i++) for (const index of sampleIndices(random, 20, 5)) hits[index]++;
    for (const count of hits) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
