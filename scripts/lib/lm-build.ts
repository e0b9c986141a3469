// From the corpus to model data: collect the training stream and statistics once, then estimate
// (and prune) as many models as needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countNgrams, type NgramCounts } from '../../src/model/count-ngrams.js';
import { estimateModel, type Discounts, type PruneOptions } from '../../src/model/estimate-model.js';
import type { ModelData } from '../../src/model/model-data.js';
import { CLASS_TOKENS } from '../../src/model/vocabulary.js';
import { tokenize } from '../../src/tokenize.js';
import { mapTokensToIds } from '../../src/model/map-tokens.js';
import type { CorpusSource } from './corpus.js';
import { CaseCounter } from '../../src/model/case-counter.js';
import { WholeTokenCounter } from './lm-token-stats.js';
import { type GluedReading, gluedReadingOf, gluedShare } from './lm-glued-share.js';
import type { SyllableIndex } from '../../src/stages/repair-joins.js';
import { IdStream, createIdMapper, loadSyllableInventory, readNews, readTokens } from './lm-training.js';

/** Sources read only for the whole-token list (no n-gram counts): out of domain, mixed tone style. */
export const WHOLE_TOKEN_SOURCES: readonly CorpusSource[] = [
  { folder: 'legal-vlc', unit: 'block', weight: 0 },
  { folder: 'wiki-viwiki', unit: 'block', weight: 0 },
];

/**
 * Pruning of the shipped model (see `npm run model:report` for what it costs): bigrams seen ≥ 3 times,
 * trigrams seen ≥ 2 times. On `npm run eval`, at the typo costs of the time (7 / 9 / 10 / 10), this model
 * (2.1 M trigrams, 7.4 MB packed) repaired 0.804 of the typos against 0.784 for trigrams also pruned by
 * weighted difference ≥ 8 nats (1.0 M, 4.7 MB), at the same false edits, and restored 97.8 % of syllables
 * against 97.6 %; keeping the bigrams seen twice too changed little and would double the bigram hash
 * table. Keeping every trigram seen once gave 0.826 and 97.9 %, at 17 MB packed.
 */
export const SHIPPED_PRUNING: PruneOptions = { bigramMinCount: 3, trigramMinCount: 2, trigramMinScore: 0 };

/** A token must be seen this often to count as a whole token; listed place and name parts get it. */
export const WHOLE_TOKEN_MIN_COUNT = 3;
/** At most this many whole tokens are shipped, the most frequent. */
export const WHOLE_TOKEN_LIMIT = 60_000;
/**
 * A whole token that reads as attested syllables is left out of the list when its glued share, whole
 * against whole and split together (see `gluedShare`), is below this: a typo'd join, not a word.
 * Every token below 1 % is one; the nearest words written solid (`càphê`, `vắcxin`) are near 2 %.
 */
export const GLUED_SHARE_MAX = 0.01;

/** What the training corpus gives, with ids ordered by frequency. */
export interface Training {
  vocabulary: string[];
  attestedSize: number;
  counts: NgramCounts;
  capitalizedShare: Uint8Array;
  wholeTokens: { words: string[]; counts: Uint32Array };
  /** Every whole token of at least the minimum count that reads as attested syllables, listed or not. */
  gluedReadings: GluedReading[];
  /** `tokens` counts every predicted id (`</s>` included, `<s>` not). */
  stats: { documents: number; sentences: number; tokens: number; syllables: number; seconds: number };
}

function orderByFrequency(inventory: readonly string[], stream: Int32Array): { order: Int32Array; attested: number } {
  const size = CLASS_TOKENS.length + inventory.length;
  const frequency = new Float64Array(size);
  for (let i = 0; i < stream.length; i++) frequency[stream[i]]++;
  const syllables = Array.from(inventory, (_, i) => CLASS_TOKENS.length + i);
  syllables.sort((a, b) => frequency[b] - frequency[a] || (inventory[a - CLASS_TOKENS.length] < inventory[b - CLASS_TOKENS.length] ? -1 : 1));
  const order = Int32Array.from([...CLASS_TOKENS.keys(), ...syllables]);
  let attested = CLASS_TOKENS.length;
  while (attested < size && frequency[order[attested]] > 0) attested++;
  return { order, attested };
}

function addListedNames(corpusDir: string, counter: WholeTokenCounter): void {
  const places = readFileSync(join(corpusDir, 'places', 'vn-admin-units-2025-03.tsv'), 'utf8').split('\n').slice(1);
  const given = ['given-names-male.txt', 'given-names-female.txt'].flatMap((file) =>
    readFileSync(join(corpusDir, 'names', file), 'utf8').split('\n'),
  );
  const parts = readFileSync(join(corpusDir, 'names', 'name-parts-uit.tsv'), 'utf8').split('\n').slice(1);
  const names = [...places.map((row) => row.split('\t')[2] ?? ''), ...given, ...parts.map((row) => row.split('\t')[0])];
  for (const name of names) {
    for (const token of tokenize(name).tokens) counter.raiseTo(token.text, WHOLE_TOKEN_MIN_COUNT);
  }
}

// The glued reading of every whole token frequent enough to be listed. Its whole count is from every
// source, the split count from news only: the other sources can only add to the whole side, so the
// loanwords and names of wiki and law text (`rôma`, `phốtpho`) keep their place.
function readGluedTokens(whole: WholeTokenCounter, counts: NgramCounts, syllables: SyllableIndex): GluedReading[] {
  const readings: GluedReading[] = [];
  for (const [word, count] of whole.counts) {
    if (count < WHOLE_TOKEN_MIN_COUNT) continue;
    const reading = gluedReadingOf(word, count, counts, syllables);
    if (reading !== undefined) readings.push(reading);
  }
  return readings.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

/**
 * Reads the training split of the news (counts, case statistics, whole tokens), the whole tokens of
 * the legal and wiki text, and the listed place and name parts.
 * @param corpusDir The corpus folder.
 * @param log Progress messages.
 * @param options `wholeTokenSources`: the non-news sources to read for whole tokens (none to save time);
 *   `ngramSources`: non-news sources whose n-grams are counted with the news (none in the shipped model);
 *   `gluedShareMax`: the glued share below which a whole token is a typo'd join (0 keeps every one).
 */
export async function collectTraining(
  corpusDir: string,
  log: (message: string) => void = () => {},
  { wholeTokenSources = WHOLE_TOKEN_SOURCES, gluedShareMax = GLUED_SHARE_MAX, ngramSources = [] as readonly CorpusSource[] } = {},
): Promise<Training> {
  const started = Date.now();
  const inventory = loadSyllableInventory(corpusDir);
  const size = CLASS_TOKENS.length + inventory.length;
  const mapper = createIdMapper(inventory);
  const stream = new IdStream();
  const cases = new CaseCounter(size);
  const whole = new WholeTokenCounter();
  let documents = 0;
  for await (const { tokens, sequence } of readNews(corpusDir, 'train', mapper)) {
    stream.push(sequence.ids);
    cases.add(tokens, sequence);
    whole.add(tokens);
    if (++documents % 10_000 === 0) log(`news: ${documents} documents, ${stream.length} ids`);
  }
  // One pass over each other source, for whole tokens, n-gram counts or both.
  const forWholeTokens = new Set(wholeTokenSources.map((source) => source.folder));
  const forNgrams = new Set(ngramSources.map((source) => source.folder));
  const sources = new Map([...wholeTokenSources, ...ngramSources].map((source) => [source.folder, source]));
  for (const [folder, source] of sources) {
    for await (const tokens of readTokens(corpusDir, source)) {
      if (forWholeTokens.has(folder)) whole.add(tokens);
      if (forNgrams.has(folder)) stream.push(mapTokensToIds(tokens, mapper, { joinWrappedLines: false }).ids);
    }
    log(`read ${folder}${forNgrams.has(folder) ? ' (n-grams too)' : ''}: ${stream.length} ids`);
  }
  addListedNames(corpusDir, whole);

  const { order, attested } = orderByFrequency(inventory, stream.view());
  const newId = new Int32Array(size);
  order.forEach((old, id) => (newId[old] = id));
  const ids = stream.view();
  let sentences = 0;
  let syllables = 0;
  for (let i = 0; i < ids.length; i++) {
    ids[i] = newId[ids[i]];
    if (ids[i] === 0) sentences++;
    else if (ids[i] >= CLASS_TOKENS.length) syllables++;
  }
  const vocabulary = [...CLASS_TOKENS, ...Array.from(order.subarray(CLASS_TOKENS.length), (old) => inventory[old - CLASS_TOKENS.length])];
  log('counting n-grams');
  const counts = countNgrams(ids, size);
  const index = { ...createIdMapper(vocabulary.slice(CLASS_TOKENS.length)), attestedSize: attested, wordOf: (id: number) => vocabulary[id] };
  const gluedReadings = readGluedTokens(whole, counts, index);
  const typoJoins = new Set(gluedReadings.filter((reading) => gluedShare(reading) < gluedShareMax).map((reading) => reading.word));
  log(`whole tokens: ${gluedReadings.length} read as syllables, ${typoJoins.size} left out as typo'd joins`);
  return {
    vocabulary,
    attestedSize: attested,
    counts,
    capitalizedShare: cases.reorder(order).shares(),
    wholeTokens: whole.select(WHOLE_TOKEN_MIN_COUNT, WHOLE_TOKEN_LIMIT, (word) => !typoJoins.has(word)),
    gluedReadings,
    stats: {
      documents,
      sentences,
      tokens: ids.length - sentences,
      syllables,
      seconds: (Date.now() - started) / 1000,
    },
  };
}

/**
 * Estimates and prunes a model from the training data.
 * @param training What {@link collectTraining} read.
 * @param prune Count thresholds.
 */
export function assembleModel(training: Training, prune: PruneOptions): { data: ModelData; discounts: Discounts } {
  const { tables, discounts } = estimateModel(training.counts, prune);
  return {
    data: {
      ...tables,
      vocabulary: training.vocabulary,
      attestedSize: training.attestedSize,
      wordCounts: Uint32Array.from(training.counts.unigramCounts),
      capitalizedShare: training.capitalizedShare,
      wholeTokens: training.wholeTokens.words,
      wholeTokenCounts: training.wholeTokens.counts,
    },
    discounts,
  };
}
