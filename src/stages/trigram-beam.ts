import type { LanguageModel } from '../model/types.js';

/** One position of a sentence to decode: the ids it may take. */
export interface BeamPosition {
  ids: readonly number[];
  /** Added to the score of each id (in the order of `ids`); absent when nothing is added. */
  bonus?: Float64Array;
}

/** The best sequence a beam search found, and its score (ln P, bonuses and `</s>` included). */
export interface BeamResult {
  ids: number[];
  score: number;
}

/** Limits of the search: decoder states kept per position, and how far below the best one they may fall. */
export interface BeamLimits {
  beam: number;
  width: number;
}

/**
 * A typed array of at least `length`: `current` when it is long enough, else a new one, so that the
 * buffers grow to the longest sentence met and are reused after.
 */
function atLeast<T extends Float64Array | Int32Array>(current: T, length: number, create: (length: number) => T): T {
  return current.length >= length ? current : create(Math.max(length, 2 * current.length));
}

const newFloats = (length: number): Float64Array => new Float64Array(length);
const newInts = (length: number): Int32Array => new Int32Array(length);

/** The states of a search, field by field (see {@link TrigramBeam}). */
interface States {
  scores: Float64Array;
  choices: Int32Array;
  olders: Int32Array;
  lasts: Int32Array;
  backs: Int32Array;
}

function statesFor(length: number): States {
  const ints = (): Int32Array => new Int32Array(length);
  return { scores: new Float64Array(length), choices: ints(), olders: ints(), lasts: ints(), backs: ints() };
}

/** States kept room for between sentences; more, grown for a very long one (a line with no full stop), are let go after it. */
const RETAINED_STATES = 1 << 16;
const INITIAL_STATES = 256;

/**
 * Beam search over a trigram model, in flat typed arrays reused from one sentence to the next.
 *
 * A state is the last two ids of a path. The states of each position are stored one after the other:
 * its score, the index (into its position's ids) of its last id, its last two ids and the state it
 * came from. The states that a position can reach are merged by their last two ids, which are one of
 * the previous position's ids and one of this position's: a grid cell per pair, rather than a map.
 */
export class TrigramBeam {
  private states: States = statesFor(INITIAL_STATES);
  /** Per grid cell: best score so far, the state it came from (-1: not reached yet). */
  private cellScores: Float64Array = new Float64Array(64);
  private cellBacks: Int32Array = new Int32Array(64).fill(-1);
  /** Cells reached at this position, in the order they were reached. */
  private reached: Int32Array = new Int32Array(64);
  /** Per grid row (an id of the previous position): the first state that ended in it, or -1. */
  private rowFirsts: Int32Array = new Int32Array(64).fill(-1);
  /** Kept cells of this position, best first, with the order they were first met in (to break ties). */
  private keptCells: Int32Array = new Int32Array(64);
  private keptOrders: Int32Array = new Int32Array(64);

  /**
   * The best ids for a sentence between `<s>` and `</s>`. Matches a search that scores every
   * extension of every kept state, merges those with the same last two ids (the best one wins, the
   * first met on a tie), sorts them by score (ties in the order their last two ids were first met),
   * keeps the first `beam` and drops those more than `width` below the best. Extensions already more
   * than `width` below the best seen so far at the position are not stored: they could not be kept.
   */
  decode(model: LanguageModel, positions: readonly BeamPosition[], { beam, width }: BeamLimits): BeamResult {
    const needed = (positions.length + 1) * beam;
    if (this.states.scores.length < needed) this.states = statesFor(Math.max(needed, 2 * this.states.scores.length));
    const { scores, olders, lasts, backs, choices } = this.states;
    scores[0] = 0;
    choices[0] = 0;
    olders[0] = model.bos;
    lasts[0] = model.bos;
    backs[0] = -1;
    let from = 0;
    let to = 1;
    let rows = 1;
    for (const position of positions) {
      const count = this.extend(model, position, rows, from, to, beam, width);
      from = to;
      to += count;
      rows = position.ids.length;
    }
    let best = -1;
    let bestScore = -Infinity;
    for (let state = from; state < to; state++) {
      const score = scores[state] + model.logProb(olders[state], lasts[state], model.eos);
      if (score > bestScore) {
        bestScore = score;
        best = state;
      }
    }
    const ids: number[] = new Array<number>(positions.length);
    for (let at = positions.length - 1, state = best; at >= 0 && state >= 0; at--, state = backs[state]) ids[at] = lasts[state];
    if (scores.length > RETAINED_STATES) this.states = statesFor(INITIAL_STATES);
    return { ids, score: bestScore };
  }

  /**
   * Extends the states `[from, to)` by the ids of `position` and stores the states kept from `to` on,
   * best first. `rows`: how many ids the previous position has. Returns how many states were kept.
   */
  private extend(model: LanguageModel, position: BeamPosition, rows: number, from: number, to: number, beam: number, width: number): number {
    const { ids, bonus } = position;
    const columns = ids.length;
    this.cellScores = atLeast(this.cellScores, rows * columns, newFloats);
    if (this.cellBacks.length < rows * columns) this.cellBacks = new Int32Array(Math.max(rows * columns, 2 * this.cellBacks.length)).fill(-1);
    this.reached = atLeast(this.reached, rows * columns, newInts);
    if (this.rowFirsts.length < rows) this.rowFirsts = new Int32Array(Math.max(rows, 2 * this.rowFirsts.length)).fill(-1);
    const { scores, choices, olders, lasts } = this.states;
    const { cellScores, cellBacks, reached, rowFirsts } = this;
    let reachedCount = 0;
    let best = -Infinity;
    for (let state = from; state < to; state++) {
      const row = choices[state];
      if (rowFirsts[row] < 0) rowFirsts[row] = state - from;
      const older = olders[state];
      const last = lasts[state];
      const base = scores[state];
      for (let column = 0; column < columns; column++) {
        const added = bonus === undefined ? 0 : bonus[column];
        // ln P is at most 0: an extension that falls short without it is not looked up.
        if (base + added < best - width) continue;
        let score = base + model.logProb(older, last, ids[column]);
        score += added;
        if (score < best - width) continue;
        if (score > best) best = score;
        const cell = row * columns + column;
        if (cellBacks[cell] < 0) {
          reached[reachedCount++] = cell;
        } else if (!(score > cellScores[cell])) {
          continue;
        }
        cellScores[cell] = score;
        cellBacks[cell] = state;
      }
    }
    const kept = this.keepBest(reachedCount, columns, best - width, beam);
    this.storeKept(kept, ids, columns, to);
    for (let i = 0; i < reachedCount; i++) cellBacks[reached[i]] = -1;
    for (let state = from; state < to; state++) rowFirsts[choices[state]] = -1;
    return kept;
  }

  /** Sorts the reached cells at or above `floor` into `keptCells`, best first, at most `beam` of them. */
  private keepBest(reachedCount: number, columns: number, floor: number, beam: number): number {
    this.keptCells = atLeast(this.keptCells, beam + 1, newInts);
    this.keptOrders = atLeast(this.keptOrders, beam + 1, newInts);
    const { cellScores, reached, rowFirsts, keptCells, keptOrders } = this;
    let kept = 0;
    for (let i = 0; i < reachedCount; i++) {
      const cell = reached[i];
      const score = cellScores[cell];
      if (score < floor) continue;
      // The order in which the original search would have first met this pair of ids.
      const order = rowFirsts[Math.floor(cell / columns)] * columns + (cell % columns);
      let at = kept;
      while (at > 0 && (cellScores[keptCells[at - 1]] < score || (cellScores[keptCells[at - 1]] === score && keptOrders[at - 1] > order))) {
        if (at < beam) {
          keptCells[at] = keptCells[at - 1];
          keptOrders[at] = keptOrders[at - 1];
        }
        at--;
      }
      if (at < beam) {
        keptCells[at] = cell;
        keptOrders[at] = order;
        if (kept < beam) kept++;
      }
    }
    return kept;
  }

  /** Writes the kept cells as the states of the position, from index `to` on. */
  private storeKept(kept: number, ids: readonly number[], columns: number, to: number): void {
    const { scores, choices, olders, lasts, backs } = this.states;
    const { cellScores, cellBacks, keptCells } = this;
    for (let i = 0; i < kept; i++) {
      const cell = keptCells[i];
      const state = to + i;
      const back = cellBacks[cell];
      scores[state] = cellScores[cell];
      choices[state] = cell % columns;
      olders[state] = lasts[back];
      lasts[state] = ids[cell % columns];
      backs[state] = back;
    }
  }
}
