/** Values replaced by the nearest of a few levels: `codebook[codes[i]]` approximates `values[i]`. */
export interface Quantized {
  codebook: Float32Array;
  codes: Uint8Array;
}

const LLOYD_ROUNDS = 12;

// Index of the level nearest to `value` in a sorted codebook.
function nearestLevel(codebook: Float32Array, value: number): number {
  let lo = 0;
  let hi = codebook.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (value > (codebook[mid] + codebook[mid + 1]) / 2) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quantises values to at most 256 levels (a sorted codebook and one byte per value). With no more
 * distinct values than levels the result is exact; otherwise levels start at equal-population
 * quantiles and are refined by Lloyd's algorithm (least squared error), deterministically.
 * @param values The values, finite.
 * @param levels Number of levels, 1 to 256.
 */
export function quantizeValues(values: Float32Array, levels = 256): Quantized {
  const sorted = Float32Array.from(values).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  let codebook: Float32Array;
  if (distinct.length <= levels) {
    codebook = Float32Array.from(distinct);
  } else {
    const centres = new Float64Array(levels);
    for (let k = 0; k < levels; k++) centres[k] = sorted[Math.floor(((k + 0.5) * sorted.length) / levels)];
    for (let round = 0; round < LLOYD_ROUNDS; round++) {
      const sums = new Float64Array(levels);
      const members = new Float64Array(levels);
      let level = 0;
      for (let i = 0; i < sorted.length; i++) {
        while (level + 1 < levels && sorted[i] > (centres[level] + centres[level + 1]) / 2) level++;
        sums[level] += sorted[i];
        members[level]++;
      }
      for (let k = 0; k < levels; k++) if (members[k] > 0) centres[k] = sums[k] / members[k];
      centres.sort();
    }
    codebook = Float32Array.from(new Set(Float32Array.from(centres))).sort();
  }
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = nearestLevel(codebook, values[i]);
  return { codebook, codes };
}

/** Whether a value is a codebook with its codes. */
export function isQuantized(value: unknown): value is Quantized {
  return typeof value === 'object' && value !== null && 'codebook' in value && 'codes' in value;
}

/** Values as floats, or as the 8-bit codes they are stored in (a third of the memory). */
export type ValueTable = Float32Array | Quantized;

/** The value at `index` of a table of either kind. */
export function valueAt(table: ValueTable, index: number): number {
  return table instanceof Float32Array ? table[index] : table.codebook[table.codes[index]];
}

/**
 * The values a quantisation stands for.
 * @param quantized Codebook and codes.
 */
export function expandQuantized(quantized: Quantized): Float32Array {
  const out = new Float32Array(quantized.codes.length);
  for (let i = 0; i < out.length; i++) out[i] = quantized.codebook[quantized.codes[i]];
  return out;
}
