import unorm from 'unorm';

type Normalizer = (text: string) => string;

// Some embedded engines ship `String.prototype.normalize` without data (it returns its input),
// so the native one is used only when it composes and decomposes a Vietnamese letter correctly.
function nativeNormalizeWorks(): boolean {
  try {
    return (
      'e\u0302\u0323'.normalize('NFC') === '\u1EC7' && '\u1EC7'.normalize('NFD') === 'e\u0323\u0302'
    );
  } catch {
    return false;
  }
}

const useNative = nativeNormalizeWorks();

const nfc: Normalizer = useNative ? (text) => text.normalize('NFC') : (text) => unorm.nfc(text);
const nfd: Normalizer = useNative ? (text) => text.normalize('NFD') : (text) => unorm.nfd(text);

// Normalizers put combining marks in order by insertion sort: `a` + 50,000 × (U+0323 U+0301) took
// 2 s in Node 20. No text has runs this long, but the library must stay linear on any input, so such
// runs are ordered here first (the normalizer is linear on ordered marks). Every character whose
// decomposition starts with a non-starter is in \p{M}, so this finds every long run.
const LONG_MARK_RUN = /\p{M}{32,}/u;

const starterCache = new Map<string, boolean>();

// Normalization swaps two adjacent marks only when both are non-starters and the first has the
// higher combining class; U+0334 has class 1 and U+0301 class 230, so a non-starter swaps with one.
function isStarter(char: string): boolean {
  let starter = starterCache.get(char);
  if (starter === undefined) {
    starter = nfd(char + '\u0334') === char + '\u0334' && nfd('\u0301' + char) === '\u0301' + char;
    starterCache.set(char, starter);
  }
  return starter;
}

function compareClasses(a: string, b: string): number {
  if (a === b) return 0;
  if (nfd(a + b) !== a + b) return 1;
  return nfd(b + a) !== b + a ? -1 : 0;
}

function sortRun(run: string[]): string[] {
  const unique = [...new Set(run)].sort(compareClasses);
  const rank = new Map<string, number>();
  let classes = 0;
  for (let i = 0; i < unique.length; i++) {
    if (i > 0 && compareClasses(unique[i - 1], unique[i]) !== 0) classes++;
    rank.set(unique[i], classes);
  }
  // Array.prototype.sort is stable, as canonical ordering requires.
  return run.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}

/** Canonical decomposition with marks in canonical order, in linear time whatever the runs of marks. */
function decomposeInOrder(text: string): string {
  const out: string[] = [];
  let run: string[] = [];
  for (const char of text) {
    for (const part of nfd(char)) {
      if (isStarter(part)) {
        if (run.length > 0) out.push(...sortRun(run));
        run = [];
        out.push(part);
      } else {
        run.push(part);
      }
    }
  }
  if (run.length > 0) out.push(...sortRun(run));
  return out.join('');
}

/** Unicode NFC of `text`, with the `unorm` fallback where the platform's is missing or broken. */
export const toNfc: Normalizer = (text) => nfc(LONG_MARK_RUN.test(text) ? decomposeInOrder(text) : text);

/** Unicode NFD of `text`, with the `unorm` fallback where the platform's is missing or broken. */
export const toNfd: Normalizer = (text) => (LONG_MARK_RUN.test(text) ? decomposeInOrder(text) : nfd(text));

/** Whether the platform's own `String.prototype.normalize` is used (false: the `unorm` fallback). */
export const usesNativeNormalize = useNative;
