/**
 * Numbers computed from a trigram of ids, remembered in a fixed-size direct-mapped table: in running
 * news about a third of the trigrams met were met before. A newer trigram that lands on the same slot
 * takes it over, so memory stays fixed.
 */
export class TrigramMemo {
  private readonly keys: Float64Array;
  private readonly values: Float64Array;
  private readonly mask: number;

  /**
   * @param vocabularySize Ids are below this.
   * @param slotBits The table holds 2^slotBits trigrams.
   */
  constructor(
    private readonly vocabularySize: number,
    slotBits = 18,
  ) {
    this.keys = new Float64Array(1 << slotBits).fill(-1);
    this.values = new Float64Array(1 << slotBits);
    this.mask = (1 << slotBits) - 1;
  }

  private slotOf(w1: number, w2: number, w3: number): number {
    return (Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca6b) ^ Math.imul(w3, 0xc2b2ae35)) & this.mask;
  }

  /** The value remembered for the trigram, or NaN. */
  lookup(w1: number, w2: number, w3: number): number {
    const slot = this.slotOf(w1, w2, w3);
    return this.keys[slot] === this.keyOf(w1, w2, w3) ? this.values[slot] : Number.NaN;
  }

  /** Remembers a value for the trigram, in place of whatever held its slot. */
  store(w1: number, w2: number, w3: number, value: number): void {
    const slot = this.slotOf(w1, w2, w3);
    this.keys[slot] = this.keyOf(w1, w2, w3);
    this.values[slot] = value;
  }

  private keyOf(w1: number, w2: number, w3: number): number {
    return (w1 * this.vocabularySize + w2) * this.vocabularySize + w3;
  }
}
