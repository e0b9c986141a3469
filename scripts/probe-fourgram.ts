// `npm run probe:fourgram`: would a 4-gram restore diacritics better than the bundled trigram model?
// Counts the 4-grams of the news training split, puts a 4-gram level over the bundled model
// (interpolated modified Kneser–Ney discounts, the bundled model as the lower order, backoff weights
// that keep each distribution summing to 1), and restores the stripped restoration sample of
// `npm run eval` with both models, by the same plain beam search (40 states within 8 nats, no case
// term, so both sides are decoded alike). Needs about 3 GB of memory with every 4-gram kept.
import { parseArgs } from 'node:util';
import { removeDiacritics } from '../src/index.js';
import { countDistinct } from '../src/model/count-ngrams.js';
import { getDefaultModel } from '../src/model/default-model.js';
import { mapTokensToIds } from '../src/model/map-tokens.js';
import type { LanguageModel } from '../src/model/types.js';
import { isVietnameseSyllable } from '../src/orthography/syllable.js';
import { tokenize } from '../src/tokenize.js';
import { loadHeldOutNews, loadReferenceSentences } from './lib/eval-data.js';
import { createRandom, deriveSeed, sampleIndices } from './lib/eval-random.js';
import { isSampleableSentence } from './lib/eval-sentences.js';
import { corpusDirectory } from './lib/lm-args.js';
import { IdStream, readNews } from './lib/lm-training.js';

const USAGE = `Usage: npm run probe:fourgram -- [--corpus DIR] [--min-count N] [--sentences N]
  --corpus DIR      corpus folder (default ../shared/corpus from the repository root)
  --min-count N     keep 4-grams seen at least N times (default 2; 1 keeps all)
  --sentences N     held-out news sentences to restore (default 3000, the sample of \`npm run eval\`)`;

const BEAM = 40;
const BEAM_WIDTH = 8;
const BARE_WORD = /^[a-zA-Z]{1,7}$/;

type Score = (w0: number, w1: number, w2: number, w3: number) => number;

/**
 * The 4-gram level over `model`: ln P(w3 | w0 w1 w2) for the kept 4-grams, and the ln backoff weight of
 * each context that has some. Keys are `((w0·V + w1)·V + w2)·V + w3` over the V attested ids, which
 * fits a double exactly for a Vietnamese syllable vocabulary.
 */
function estimateFourgrams(model: LanguageModel, stream: Int32Array, minCount: number): Score {
  const V = model.attestedSize;
  if (V ** 4 >= 2 ** 53) throw new RangeError('Expected 4-gram keys to fit a double');
  const raw = new Float64Array(stream.length);
  let total = 0;
  for (let i = 3; i < stream.length; i++) {
    if (stream[i] === model.bos || stream[i - 1] === model.bos || stream[i - 2] === model.bos) continue;
    raw[total++] = ((stream[i - 3] * V + stream[i - 2]) * V + stream[i - 1]) * V + stream[i];
  }
  const { keys, counts } = countDistinct(raw.subarray(0, total));
  const countOfCounts = [0, 0, 0, 0, 0];
  for (const count of counts) if (count <= 4) countOfCounts[count]++;
  const [, n1, n2, n3, n4] = countOfCounts;
  const y = n1 / (n1 + 2 * n2);
  const discounts = [0, 1 - (2 * y * n2) / n1, 2 - (3 * y * n3) / n2, 3 - (4 * y * n4) / n3];
  console.error(`4-grams: ${total} in all, ${keys.length} distinct; discounts ${discounts.slice(1).map((d) => d.toFixed(3)).join('/')}`);

  const fourgrams = new Map<number, number>();
  const backoffs = new Map<number, number>();
  for (let start = 0; start < keys.length; ) {
    const context = Math.floor(keys[start] / V);
    let end = start;
    let contextCount = 0;
    const byCount = [0, 0, 0, 0];
    for (; end < keys.length && Math.floor(keys[end] / V) === context; end++) {
      contextCount += counts[end];
      byCount[Math.min(counts[end], 3)]++;
    }
    const lowerWeight = (discounts[1] * byCount[1] + discounts[2] * byCount[2] + discounts[3] * byCount[3]) / contextCount;
    const [w1, w2] = [Math.floor(context / V) % V, context % V];
    let keptMass = 0;
    let lowerMass = 0;
    for (let k = start; k < end; k++) {
      if (counts[k] < minCount) continue;
      const lower = Math.exp(model.logProb(w1, w2, keys[k] - context * V));
      const p = (counts[k] - discounts[Math.min(counts[k], 3)]) / contextCount + lowerWeight * lower;
      fourgrams.set(keys[k], Math.log(p));
      keptMass += p;
      lowerMass += lower;
    }
    if (keptMass > 0) backoffs.set(context, Math.log(Math.max(1 - keptMass, 1e-9) / Math.max(1 - lowerMass, 1e-9)));
    start = end;
  }
  console.error(`kept ${fourgrams.size} 4-grams (seen ≥ ${minCount} times) in ${backoffs.size} contexts`);
  return (w0, w1, w2, w3) => {
    if (w0 >= V || w1 >= V || w2 >= V || w3 >= V) return model.logProb(w1, w2, w3);
    const context = (w0 * V + w1) * V + w2;
    return fourgrams.get(context * V + w3) ?? (backoffs.get(context) ?? 0) + model.logProb(w1, w2, w3);
  };
}

interface State {
  score: number;
  ids: number[];
}

/** Best ids for one sentence: states merged by their last three ids, the best `BEAM` within `BEAM_WIDTH` kept. */
function decode(model: LanguageModel, score: Score, options: readonly (readonly number[])[]): number[] {
  const at = (state: State, back: number) => state.ids[state.ids.length - back] ?? model.bos;
  let states: State[] = [{ score: 0, ids: [] }];
  for (const ids of [...options, [model.eos]]) {
    const merged = new Map<string, State>();
    let best = -Infinity;
    for (const state of states) {
      for (const id of ids) {
        const total = state.score + score(at(state, 3), at(state, 2), at(state, 1), id);
        if (total < best - BEAM_WIDTH) continue;
        best = Math.max(best, total);
        const key = `${at(state, 2)} ${at(state, 1)} ${id}`;
        const known = merged.get(key);
        if (!known || known.score < total) merged.set(key, { score: total, ids: [...state.ids, id] });
      }
    }
    states = [...merged.values()].filter((state) => state.score >= best - BEAM_WIDTH).sort((a, b) => b.score - a.score).slice(0, BEAM);
  }
  return states[0].ids.slice(0, -1);
}

/** Syllable accuracy of restoring stripped sentences with each scorer. */
function restore(model: LanguageModel, scorers: readonly Score[], sentences: readonly string[]): number[] {
  let syllables = 0;
  const right = scorers.map(() => 0);
  for (const sentence of sentences) {
    const goldTokens = tokenize(sentence).tokens;
    const gold = mapTokensToIds(goldTokens, model);
    const bareTokens = tokenize(removeDiacritics(sentence)).tokens;
    const bare = mapTokensToIds(bareTokens, model);
    if (bare.ids.length !== gold.ids.length) continue;
    let start = 0;
    for (let end = 0; end < bare.ids.length; end++) {
      if (bare.ids[end] === model.bos) start = end + 1;
      if (bare.ids[end] !== model.eos) continue;
      const options: (readonly number[])[] = [];
      for (let k = start; k < end; k++) {
        const token = bare.tokenIndex[k] >= 0 ? bareTokens[bare.tokenIndex[k]] : undefined;
        const readings = token && BARE_WORD.test(token.text) ? model.syllablesWithSkeleton(token.text.toLowerCase()) : [];
        options.push(readings.length > 0 ? readings : [bare.ids[k]]);
      }
      const decoded = scorers.map((score) => decode(model, score, options));
      for (let k = start; k < end; k++) {
        const index = gold.tokenIndex[k];
        if (index < 0 || !isVietnameseSyllable(goldTokens[index].text)) continue;
        syllables++;
        decoded.forEach((ids, s) => (right[s] += ids[k - start] === gold.ids[k] ? 1 : 0));
      }
    }
  }
  return right.map((count) => count / syllables);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, 'min-count': { type: 'string' }, sentences: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const minCount = Number(values['min-count'] ?? 2);
  const sampleSize = Number(values.sentences ?? 3000);
  if (!Number.isInteger(minCount) || minCount < 1 || !Number.isInteger(sampleSize) || sampleSize < 1) throw new Error(USAGE);
  const corpus = corpusDirectory();
  const model = getDefaultModel();
  const stream = new IdStream();
  for await (const { sequence } of readNews(corpus, 'train', model)) stream.push(sequence.ids);
  console.error(`news training split: ${stream.length} ids`);
  const trigram: Score = (_w0, w1, w2, w3) => model.logProb(w1, w2, w3);
  const fourgram = estimateFourgrams(model, stream.view(), minCount);

  const news = await loadHeldOutNews(corpus);
  const pool = news.lines.flat().filter((sentence) => isSampleableSentence(sentence));
  const sample = sampleIndices(createRandom(deriveSeed(1, 'restore')), pool.length, sampleSize).map((index) => pool[index]);
  const reference = await loadReferenceSentences(corpus);
  console.log(`Restoration, syllable accuracy (4-grams seen ≥ ${minCount} times)`);
  console.log('text           trigram  4-gram');
  for (const [name, sentences] of [['held-out news', sample], ['news-ud-vtb', reference]] as const) {
    const [three, four] = restore(model, [trigram, fourgram], sentences);
    console.log(`${name.padEnd(13)}  ${three.toFixed(4)}   ${four.toFixed(4)}`);
  }
}

await main();
