// Restoration: strip every diacritic from clean sentences, restore them, and count the syllables and
// sentences that come back exactly; also check that `auto` leaves accented text alone, and how many of
// the stripped sentences it restores.
import { clean, removeDiacritics } from '../../src/index.js';
import { isVietnameseSyllable } from '../../src/orthography/syllable.js';
import { formatTable } from './eval-report.js';

/** Accuracy of restoring one set of sentences. */
export interface RestoreScore {
  sentences: number;
  sentencesExact: number;
  syllables: number;
  syllablesExact: number;
  /** Accented sentences that `restore: 'auto'` changed (should be 0). */
  autoChangedAccented: number;
  /** Stripped sentences that `restore: 'auto'` changed. */
  autoRestored: number;
  /** Stripped sentences that `restore: 'auto'` gave back exactly. */
  autoExact: number;
  seconds: number;
  /** Characters restored per second. */
  charsPerSecond: number;
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Strips, restores (`restore: 'always'`, every other rule off) and compares sentence by sentence;
 * syllables are the gold's valid Vietnamese syllables, compared at the same word index.
 * @param sentences Clean sentences.
 */
export function scoreRestoration(sentences: readonly string[]): RestoreScore {
  const rules = { 'missing-space': false, 'punctuation-space': false, 'diacritic-typo': false, 'tone-style': false } as const;
  let sentencesExact = 0;
  let syllables = 0;
  let syllablesExact = 0;
  let chars = 0;
  const started = performance.now();
  for (const sentence of sentences) {
    const restored = clean(removeDiacritics(sentence), { restore: 'always', rules });
    chars += sentence.length;
    if (restored === sentence) sentencesExact++;
    const gold = sentence.match(WORD) ?? [];
    const got = restored.match(WORD) ?? [];
    gold.forEach((word, i) => {
      if (!isVietnameseSyllable(word)) return;
      syllables++;
      if (got[i] === word) syllablesExact++;
    });
  }
  const seconds = (performance.now() - started) / 1000;
  let autoChangedAccented = 0;
  let autoRestored = 0;
  let autoExact = 0;
  for (const sentence of sentences) {
    if (clean(sentence, { restore: 'auto', rules }) !== clean(sentence, { rules })) autoChangedAccented++;
    const bare = removeDiacritics(sentence);
    const restored = clean(bare, { restore: 'auto', rules });
    if (restored !== clean(bare, { rules })) autoRestored++;
    if (restored === sentence) autoExact++;
  }
  return { sentences: sentences.length, sentencesExact, syllables, syllablesExact, autoChangedAccented, autoRestored, autoExact, seconds, charsPerSecond: chars / seconds };
}

/** The restoration table: one row per set of sentences. */
export function formatRestoreTable(rows: readonly [string, RestoreScore][]): string {
  return formatTable(
    'Diacritic restoration (all marks stripped, restored with restore: always)',
    ['text', 'sentences', 'syllable accuracy', 'sentence accuracy', 'auto changed accented', 'auto restored stripped', 'auto exact', 'chars/s'],
    rows.map(([name, score]) => [
      name,
      score.sentences,
      (score.syllablesExact / score.syllables).toFixed(4),
      (score.sentencesExact / score.sentences).toFixed(3),
      score.autoChangedAccented,
      score.autoRestored,
      score.autoExact,
      Math.round(score.charsPerSecond),
    ]),
  );
}
