/**
 * Index of `word` in the sorted slice `words[from, to)`, or -1 (binary search).
 * @param words Ids, sorted within each range.
 * @param from First index of the range.
 * @param to One past the last index of the range.
 * @param word The id to find.
 */
export function indexInSortedRange(words: Uint16Array, from: number, to: number, word: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = words[mid];
    if (value < word) lo = mid + 1;
    else if (value > word) hi = mid - 1;
    else return mid;
  }
  return -1;
}
