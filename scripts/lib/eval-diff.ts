// A token-level diff (Myers' O(ND) algorithm) between two texts, for counting the places where they differ.

/** A token of a text with its offsets. */
export interface DiffToken {
  text: string;
  start: number;
  end: number;
}

/** One place where two texts differ: `a[aStart, aEnd)` stands where `b[bStart, bEnd)` does (character offsets). */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

const DIFF_TOKEN = /\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Splits text into whitespace runs, letter-and-digit runs and single other characters.
 * @param text Any text.
 */
export function diffTokensOf(text: string): DiffToken[] {
  return [...text.matchAll(DIFF_TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

// Myers' greedy search over the edit graph; returns the matched index pairs, in order.
function matchTokens(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  // trace[d] is the frontier before step d.
  const trace: Int32Array[] = [];
  search: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  const pairs: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const frontier = trace[d];
    const k = x - y;
    const previousK = k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]) ? k + 1 : k - 1;
    const previousX = frontier[offset + previousK];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      pairs.push([x, y]);
    }
    x = previousX;
    y = previousY;
  }
  return pairs.reverse();
}

function offsetAt(tokens: readonly DiffToken[], index: number, length: number): number {
  return index < tokens.length ? tokens[index].start : length;
}

/**
 * The places where two texts differ, comparing tokens; changes with only spaces between them are one
 * place, so a split that adds a token counts once.
 * @param a The first text (usually the output).
 * @param b The second text (usually the gold).
 */
export function diffTexts(a: string, b: string): Hunk[] {
  const aTokens = diffTokensOf(a);
  const bTokens = diffTokensOf(b);
  // Equal ends are common and cheap to strip; the search then runs on the middle only.
  let head = 0;
  while (head < aTokens.length && head < bTokens.length && aTokens[head].text === bTokens[head].text) head++;
  let tail = 0;
  while (
    tail < aTokens.length - head &&
    tail < bTokens.length - head &&
    aTokens[aTokens.length - 1 - tail].text === bTokens[bTokens.length - 1 - tail].text
  ) {
    tail++;
  }
  const aMiddle = aTokens.slice(head, aTokens.length - tail).map((token) => token.text);
  const bMiddle = bTokens.slice(head, bTokens.length - tail).map((token) => token.text);
  const pairs = matchTokens(aMiddle, bMiddle);
  pairs.push([aMiddle.length, bMiddle.length]);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  for (const [x, y] of pairs) {
    if (x > i || y > j) {
      hunks.push({
        aStart: offsetAt(aTokens, head + i, a.length),
        aEnd: offsetAt(aTokens, head + x, a.length),
        bStart: offsetAt(bTokens, head + j, b.length),
        bEnd: offsetAt(bTokens, head + y, b.length),
      });
    }
    i = x + 1;
    j = y + 1;
  }
  return mergeAcrossSpaces(hunks, a, b);
}

// Two changes with only spaces between them are one place: a split `ab` → `a b` can align its space
// with either neighbour, and should not count twice.
function mergeAcrossSpaces(hunks: Hunk[], a: string, b: string): Hunk[] {
  const merged: Hunk[] = [];
  for (const hunk of hunks) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/.test(a.slice(last.aEnd, hunk.aStart)) && /^\s*$/.test(b.slice(last.bEnd, hunk.bStart))) {
      last.aEnd = hunk.aEnd;
      last.bEnd = hunk.bEnd;
    } else {
      merged.push({ ...hunk });
    }
  }
  return merged;
}
