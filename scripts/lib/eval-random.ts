// Seeded pseudo-random numbers for the evaluation: the same seed always draws the same sample.

/** A seeded generator of floats in [0, 1). */
export type Random = () => number;

/**
 * Creates a seeded generator (sfc32, seeded through splitmix32).
 * @param seed Any integer; equal seeds give equal sequences.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/**
 * Derives an independent seed for one part of the run, so that adding a part leaves the others' draws alone.
 * @param seed The run's seed.
 * @param label The part's name.
 */
export function deriveSeed(seed: number, label: string): number {
  // FNV-1a over the label, mixed with the seed.
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return hash >>> 0;
}

/**
 * Draws an integer uniformly from [0, n).
 * @param random The generator.
 * @param n How many values there are (at least 1).
 */
export function drawIndex(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/**
 * Draws `k` distinct indices uniformly from [0, n) (all of them when `k >= n`), in ascending order.
 * @param random The generator.
 * @param n Size of the population.
 * @param k Size of the sample.
 */
export function sampleIndices(random: Random, n: number, k: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const size = Math.min(k, n);
  // Partial Fisher–Yates: the first `size` slots end up a uniform sample without replacement.
  for (let i = 0; i < size; i++) {
    const j = i + drawIndex(random, n - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, size).sort((x, y) => x - y);
}
