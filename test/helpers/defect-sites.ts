// Where a damaged text differs from its gold, found by aligning their whitespace-separated words.

/** A run of words that differ: the damaged text's `[start, end)` should read `gold`. */
export interface DefectSite {
  start: number;
  end: number;
  found: string;
  gold: string;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/**
 * The places where `found` differs from `gold`, as the runs of words a longest common subsequence
 * of the two word lists leaves over. Whitespace between two kept words is not compared.
 * @param found The damaged text.
 * @param gold The same text repaired.
 */
export function findDefectSites(found: string, gold: string): DefectSite[] {
  const a = wordsOf(found);
  const b = wordsOf(gold);
  const common = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i].text === b[j].text ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const sites: DefectSite[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i].text === b[j].text) {
      i++;
      j++;
      continue;
    }
    const fromA = i;
    const fromB = j;
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i].text === b[j].text)) {
      if (j < b.length && (i >= a.length || common[i][j + 1] >= common[i + 1][j])) j++;
      else i++;
    }
    const start = fromA < i ? a[fromA].start : i < a.length ? a[i].start : found.length;
    const end = fromA < i ? a[i - 1].end : start;
    const goldText = fromB < j ? gold.slice(b[fromB].start, b[j - 1].end) : '';
    sites.push({ start, end, found: found.slice(start, end), gold: goldText });
  }
  return sites;
}
