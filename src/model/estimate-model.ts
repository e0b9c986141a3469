import type { NgramCounts } from './count-ngrams.js';
import type { NgramTables } from './model-data.js';
import { BOS } from './vocabulary.js';
import { indexInSortedRange } from './sorted-range.js';

/** Which n-grams an estimated model keeps. */
export interface PruneOptions {
  /** Keep bigrams seen at least this often (and every bigram a kept trigram needs). Default 1. */
  bigramMinCount?: number;
  /** Keep trigrams seen at least this often. Default 1. */
  trigramMinCount?: number;
  /**
   * Keep bigrams whose weighted difference (Seymore & Rosenfeld 1996: count × |ln p − ln backoff
   * estimate|) is at least this, in nats. Default 0 (off).
   */
  bigramMinScore?: number;
  /** The same for trigrams. Default 0 (off). */
  trigramMinScore?: number;
}

/** Modified Kneser–Ney discounts for counts 1, 2 and 3+, by order. */
export interface Discounts {
  unigram: readonly number[];
  bigram: readonly number[];
  trigram: readonly number[];
}

/** An estimated model and the discounts it used. */
export interface Estimate {
  tables: NgramTables;
  discounts: Discounts;
}

const FALLBACK_DISCOUNTS = [0.5, 1, 1.5];
const MIN_MASS = 1e-12;

// D_k = k − (k + 1) · Y · n_{k+1} / n_k with Y = n1 / (n1 + 2 n2) (Chen & Goodman 1998).
function discountsOf(counts: ArrayLike<number>): number[] {
  const n = [0, 0, 0, 0, 0];
  for (let i = 0; i < counts.length; i++) if (counts[i] >= 1 && counts[i] <= 4) n[counts[i]]++;
  const y = n[1] / (n[1] + 2 * n[2]);
  return [1, 2, 3].map((k) => {
    const d = k - ((k + 1) * y * n[k + 1]) / n[k];
    return Number.isFinite(d) && d > 0 && d < k ? d : FALLBACK_DISCOUNTS[k - 1];
  });
}

function discountOf(count: number, d: readonly number[]): number {
  return count === 0 ? 0 : d[Math.min(count, 3) - 1];
}

/**
 * Estimates an interpolated modified Kneser–Ney trigram model from counts and writes it in backoff
 * form. Lower orders use continuation counts (raw counts after `<s>`); the unigram is interpolated
 * with a uniform distribution over every id but `<s>`, so unseen syllables keep a small floor. Pruned
 * n-grams give their probability back to the backoff weight, so every context still sums to 1.
 * @param counts N-gram counts of the training stream.
 * @param options Count thresholds for pruning.
 */
export function estimateModel(counts: NgramCounts, options: PruneOptions = {}): Estimate {
  const { size } = counts;
  const bigramMin = options.bigramMinCount ?? 1;
  const trigramMin = options.trigramMinCount ?? 1;
  const bigramMinScore = options.bigramMinScore ?? 0;
  const trigramMinScore = options.trigramMinScore ?? 0;
  const nBigrams = counts.bigramKeys.length;
  const nTrigrams = counts.trigramKeys.length;

  const b1 = new Uint16Array(nBigrams);
  const b2 = new Uint16Array(nBigrams);
  const bigramOffsets = new Uint32Array(size + 1);
  for (let j = 0; j < nBigrams; j++) {
    const key = counts.bigramKeys[j];
    b1[j] = Math.floor(key / size);
    b2[j] = key - b1[j] * size;
    bigramOffsets[b1[j] + 1]++;
  }
  for (let w = 0; w < size; w++) bigramOffsets[w + 1] += bigramOffsets[w];

  // Each trigram's context bigram and suffix bigram.
  const contextOf = new Uint32Array(nTrigrams);
  const suffixOf = new Uint32Array(nTrigrams);
  const t3 = new Uint16Array(nTrigrams);
  for (let i = 0; i < nTrigrams; i++) {
    const key = counts.trigramKeys[i];
    const pair = Math.floor(key / size);
    const w1 = Math.floor(pair / size);
    const w2 = pair - w1 * size;
    t3[i] = key - pair * size;
    contextOf[i] = indexInSortedRange(b2, bigramOffsets[w1], bigramOffsets[w1 + 1], w2);
    suffixOf[i] = indexInSortedRange(b2, bigramOffsets[w2], bigramOffsets[w2 + 1], t3[i]);
  }

  // Adjusted counts: continuation counts, except for n-grams that start with <s>.
  const bigramAdjusted = new Uint32Array(nBigrams);
  for (let i = 0; i < nTrigrams; i++) bigramAdjusted[suffixOf[i]]++;
  for (let j = 0; j < nBigrams; j++) if (b1[j] === BOS) bigramAdjusted[j] = counts.bigramCounts[j];
  const unigramAdjusted = new Uint32Array(size);
  for (let j = 0; j < nBigrams; j++) unigramAdjusted[b2[j]]++;

  const discounts: Discounts = {
    unigram: discountsOf(unigramAdjusted),
    bigram: discountsOf(bigramAdjusted),
    trigram: discountsOf(counts.trigramCounts),
  };

  // Unigrams, interpolated with uniform over every id but <s>.
  const p1 = new Float64Array(size);
  let unigramTotal = 0;
  let unigramMass = 0;
  for (let w = 0; w < size; w++) {
    unigramTotal += unigramAdjusted[w];
    unigramMass += discountOf(unigramAdjusted[w], discounts.unigram);
  }
  const uniform = unigramMass / unigramTotal / (size - 1);
  for (let w = 0; w < size; w++) {
    const a = unigramAdjusted[w];
    p1[w] = Math.max(a - discountOf(a, discounts.unigram), 0) / unigramTotal + uniform;
  }

  // Bigrams.
  const p2 = new Float64Array(nBigrams);
  const gamma2 = new Float64Array(size).fill(1);
  for (let v = 0; v < size; v++) {
    const from = bigramOffsets[v];
    const to = bigramOffsets[v + 1];
    let total = 0;
    let mass = 0;
    for (let j = from; j < to; j++) {
      total += bigramAdjusted[j];
      mass += discountOf(bigramAdjusted[j], discounts.bigram);
    }
    if (total > 0) gamma2[v] = mass / total;
    for (let j = from; j < to; j++) {
      const a = bigramAdjusted[j];
      p2[j] = (a - discountOf(a, discounts.bigram)) / total + (mass / total) * p1[b2[j]];
    }
  }

  // Trigrams, grouped by context (they are sorted by context bigram).
  const p3 = new Float64Array(nTrigrams);
  const gamma3 = new Float64Array(nBigrams);
  const seenSuffixMass = new Float64Array(nBigrams);
  for (let i = 0; i < nTrigrams; ) {
    const context = contextOf[i];
    let end = i;
    let total = 0;
    let mass = 0;
    while (end < nTrigrams && contextOf[end] === context) {
      total += counts.trigramCounts[end];
      mass += discountOf(counts.trigramCounts[end], discounts.trigram);
      end++;
    }
    const gamma = mass / total;
    gamma3[context] = gamma;
    for (let k = i; k < end; k++) {
      const c = counts.trigramCounts[k];
      p3[k] = (c - discountOf(c, discounts.trigram)) / total + gamma * p2[suffixOf[k]];
      seenSuffixMass[context] += p2[suffixOf[k]];
    }
    i = end;
  }

  // Pruning: a kept trigram keeps its context and suffix bigrams.
  const keepTrigram = new Uint8Array(nTrigrams);
  const keepBigram = new Uint8Array(nBigrams);
  for (let j = 0; j < nBigrams; j++) {
    const c = counts.bigramCounts[j];
    if (c < bigramMin) continue;
    if (bigramMinScore > 0 && c * Math.abs(Math.log(p2[j] / (gamma2[b1[j]] * p1[b2[j]]))) < bigramMinScore) continue;
    keepBigram[j] = 1;
  }
  for (let i = 0; i < nTrigrams; i++) {
    const c = counts.trigramCounts[i];
    if (c < trigramMin) continue;
    if (trigramMinScore > 0 && c * Math.abs(Math.log(p3[i] / (gamma3[contextOf[i]] * p2[suffixOf[i]]))) < trigramMinScore) continue;
    keepTrigram[i] = 1;
    keepBigram[contextOf[i]] = 1;
    keepBigram[suffixOf[i]] = 1;
  }

  // Backoff weights: what the kept n-grams leave, over what the lower order leaves for the rest.
  const bow3 = new Float64Array(nBigrams).fill(1);
  const keptP3 = new Float64Array(nBigrams);
  const prunedP3 = new Float64Array(nBigrams);
  const keptP2 = new Float64Array(nBigrams);
  for (let i = 0; i < nTrigrams; i++) {
    const context = contextOf[i];
    if (keepTrigram[i]) {
      keptP3[context] += p3[i];
      keptP2[context] += p2[suffixOf[i]];
    } else {
      prunedP3[context] += p3[i];
    }
  }
  for (let j = 0; j < nBigrams; j++) {
    if (keptP3[j] === 0) continue;
    const left = gamma3[j] * Math.max(1 - seenSuffixMass[j], 0) + prunedP3[j];
    bow3[j] = Math.max(left, MIN_MASS) / Math.max(1 - keptP2[j], MIN_MASS);
  }
  const bow2 = new Float64Array(size).fill(1);
  for (let v = 0; v < size; v++) {
    let kept2 = 0;
    let kept1 = 0;
    for (let j = bigramOffsets[v]; j < bigramOffsets[v + 1]; j++) {
      if (!keepBigram[j]) continue;
      kept2 += p2[j];
      kept1 += p1[b2[j]];
    }
    if (kept2 > 0) bow2[v] = Math.max(1 - kept2, MIN_MASS) / Math.max(1 - kept1, MIN_MASS);
  }

  return { tables: writeTables(), discounts };

  function writeTables(): NgramTables {
    let keptBigrams = 0;
    for (let j = 0; j < nBigrams; j++) keptBigrams += keepBigram[j];
    let keptTrigrams = 0;
    for (let i = 0; i < nTrigrams; i++) keptTrigrams += keepTrigram[i];
    const bigramLogProb = new Float32Array(keptBigrams);
    const trigramLogProb = new Float32Array(keptTrigrams);
    const tables: NgramTables = {
      size,
      unigramLogProb: new Float32Array(size),
      unigramBackoff: new Float32Array(size),
      bigramOffsets: new Uint32Array(size + 1),
      bigramWords: new Uint16Array(keptBigrams),
      bigramLogProb,
      bigramBackoff: new Float32Array(keptBigrams),
      trigramOffsets: new Uint32Array(keptBigrams + 1),
      trigramWords: new Uint16Array(keptTrigrams),
      trigramLogProb,
    };
    for (let w = 0; w < size; w++) {
      tables.unigramLogProb[w] = Math.log(p1[w]);
      tables.unigramBackoff[w] = Math.log(bow2[w]);
    }
    // Position of each kept bigram in the output, to place its trigrams.
    const outIndex = new Int32Array(nBigrams).fill(-1);
    let at = 0;
    for (let j = 0; j < nBigrams; j++) {
      if (!keepBigram[j]) continue;
      outIndex[j] = at;
      tables.bigramOffsets[b1[j] + 1]++;
      tables.bigramWords[at] = b2[j];
      bigramLogProb[at] = Math.log(p2[j]);
      tables.bigramBackoff[at] = Math.log(bow3[j]);
      at++;
    }
    for (let w = 0; w < size; w++) tables.bigramOffsets[w + 1] += tables.bigramOffsets[w];
    let t = 0;
    for (let i = 0; i < nTrigrams; i++) {
      if (!keepTrigram[i]) continue;
      tables.trigramOffsets[outIndex[contextOf[i]] + 1]++;
      tables.trigramWords[t] = t3[i];
      trigramLogProb[t] = Math.log(p3[i]);
      t++;
    }
    for (let j = 0; j < keptBigrams; j++) tables.trigramOffsets[j + 1] += tables.trigramOffsets[j];
    return tables;
  }
}
