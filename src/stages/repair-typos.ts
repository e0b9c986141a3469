import { replaceToken } from '../doc.js';
import { removeTones, skeletonOf } from '../orthography/letters.js';
import { spellWord, writeWithCase } from '../orthography/spelling.js';
import { composeSyllable, parseSyllable } from '../orthography/syllable.js';
import { mapTokensToIds, type LmSequence } from '../model/map-tokens.js';
import { ownString } from '../own-string.js';
import type { LanguageModel } from '../model/types.js';
import type { Doc, ResolvedOptions, Token } from '../types.js';
import { TrigramMemo } from './trigram-memo.js';
import { candidateReadings } from './candidate-readings.js';
import { startsClause } from './clause-start.js';
import { confidenceOfMargin, leftContext, rightContext, scoreSpan } from './lm-scoring.js';

/**
 * Channel costs in nats: how strongly what is written is preferred over a candidate, by the kind of
 * slip. A missing tone mark is the commonest slip; a tone changed into another the one least often
 * worth repairing. Calibrated with `npm run eval` (injected typos in held-out news against false edits
 * on hand-checked news): each cost was moved by a nat or half a nat, and the setting kept that repaired
 * the most typos with no more false edits.
 */
export const TYPO_COSTS = {
  /** A tone mark added to a syllable written without one (`nhăm` → `nhằm`). */
  addTone: 6.5,
  /** A tone mark removed (`thảy` → `thay`). */
  removeTone: 9.5,
  /** One tone mark changed into another (`tố` → `tổ`). */
  changeTone: 9.5,
  /** Each letter whose vowel modifier or `đ` stroke is added, removed or changed (`Nhu` → `Như`, `dục` ↔ `đục`). */
  letters: 9,
  /** Replacing a token that is no valid syllable (`duc` → `dục`) by one slip of any kind; see `nonWordCost`. */
  nonWord: 3,
  /** Extra for a capitalised word in mid-sentence, scaled by how rarely the candidate is a name part. */
  capitalized: 4,
};

/**
 * A written syllable rarer than this in training (ln of its share of the words seen) is more often a
 * slip than a word: each nat below it takes a nat off the cost of every candidate. Correct text seldom
 * uses such a syllable, while a slip of a common word often lands on one (`rật` for `rất`, `mợi` for
 * `mới`). The threshold is about 8 times in the 25 million words of the training news. On
 * `npm run eval` it repaired 0.823 → 0.831 of the injected typos with the same false edits on
 * `news-ud-vtb`; at -14 it repaired 0.835 and changed a sound word written in quotes (`bựt`).
 */
const RARE_SYLLABLE_LOG_PROB = -15;

/**
 * A token that is no valid syllable but is written whole at least this share as often as its commonest
 * reading is a spelling in its own right, mostly a loanword (in the training news `top` 2,559 times
 * beside `tốp` 238, `hot` 1,504 beside `hốt` 397), not a slip: a slip is written far less often than its
 * word (`kip` 55 times beside `kịp` 3,115; `ap`, also a news agency's name, 692 beside `áp` 9,123).
 * On `npm run eval` the guard leaves every injected typo repaired as before and 11 fewer typo edits on
 * held-out news (all were `top` → `tốp` and `mô-tip` → `mô-típ`); at 0.05 it left three injected typos.
 */
const OWN_SPELLING_SHARE = 0.2;

/** ln P of a candidate after the capitalised word before it above which the pair is a known name. */
const KNOWN_NAME_LOG_PROB = Math.log(0.05);

/**
 * A change is weighed only if its local gain is above this (nats): a change that loses on its own can
 * still win together with a neighbour's. At -6 `npm run eval` repaired exactly the same injected typos
 * as at -4, which weighs about a quarter fewer positions.
 */
const SUSPICION = -4;
/** Alternatives kept per suspicious position for joint decoding. */
const BEAM = 3;
/** Positions closer than this (in LM tokens) are decoded together, since they share trigrams. */
const LINK = 3;
const MAX_CLUSTER = 4;
/**
 * Words a sentence needs before a valid syllable in it is weighed: two words give the model one
 * neighbour to go by (a fragment such as `trợ về` cut out of `hỗ trợ về` reads as `trở về`).
 */
const MIN_WORDS_FOR_REAL_WORD = 3;
/** Share of a sentence's words that must carry Vietnamese diacritics before any typo is repaired. */
const MIN_ACCENTED_SHARE = 0.3;

const ACCENTED = /[à-ỹđÀ-ỸĐ]/u;
const PLAIN_ASCII = /^[a-zA-Z]*$/;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

interface Site {
  at: number;
  token: Token;
  observed: number;
  /** Cost of keeping what is written: for a non-word, how unlikely it is among unknown words. */
  keepCost: number;
  /** The alternatives with their channel cost, best local gain first. */
  options: { id: number; cost: number }[];
}

/** The horns of `ươ` are typed with one key (Telex `w`, VNI `7`): their slip is one. */
const HORN_PAIR = new Set(['uo', 'ươ', 'ưo', 'uơ']);

// Letter slips between two spellings of one skeleton (modifiers, the stroke of `đ`); tone marks aside.
function changedLetters(observed: string, candidate: string): number {
  const a = removeTones(observed);
  const b = removeTones(candidate);
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    if (HORN_PAIR.has(a.slice(i, i + 2)) && HORN_PAIR.has(b.slice(i, i + 2))) {
      if (a.slice(i, i + 2) !== b.slice(i, i + 2)) changed++;
      i++;
    } else if (a[i] !== b[i]) {
      changed++;
    }
  }
  return changed;
}

/**
 * Channel cost of reading `observed` as `candidate` (same skeleton): slips are independent, so a
 * candidate two slips away (`dối` → `đổi`: the stroke and the tone) costs both.
 */
export function slipCost(observed: string, candidate: string): number {
  const observedTone = spellWord(observed)?.tones[0]?.tone ?? 0;
  const candidateTone = spellWord(candidate)?.tones[0]?.tone ?? 0;
  const cost = TYPO_COSTS.letters * changedLetters(observed, candidate);
  if (observedTone === candidateTone) return cost;
  if (observedTone === 0) return cost + TYPO_COSTS.addTone;
  return cost + (candidateTone === 0 ? TYPO_COSTS.removeTone : TYPO_COSTS.changeTone);
}

/**
 * Channel cost of reading a token that is no valid syllable as `candidate`: one slip of any kind costs
 * the non-word cost, and each further changed letter its own (`đôằn` is far from `đoán`).
 */
export function nonWordCost(observed: string, candidate: string): number {
  return TYPO_COSTS.nonWord + TYPO_COSTS.letters * Math.max(0, changedLetters(observed, candidate) - 1);
}

/** Where a capitalised word stands: after another capitalised word (inside a name) or not. */
interface NameContext {
  midSentence: boolean;
  /** The two ids before the word, when the word right before it is capitalised too. */
  nameLeft?: [number, number];
}

// Extra cost of repairing a capitalised word in mid-sentence: names are what the model knows least.
function nameCost(model: LanguageModel, token: Token, candidate: number, context: NameContext): number {
  if (!context.midSentence || !STARTS_UPPER.test(token.text)) return 0;
  // A name the model knows with the name part before it (`Mỹ Đình`) is as plain a repair as any word.
  if (context.nameLeft && model.logProb(context.nameLeft[0], context.nameLeft[1], candidate) >= KNOWN_NAME_LOG_PROB) return 0;
  return TYPO_COSTS.capitalized * (1 - model.capitalizedShare(candidate));
}

/**
 * Candidate ids and their slip costs for many words, one after the other: a pair of typed arrays per
 * word would cost ten times the memory of the numbers themselves, and tens of thousands of words are met.
 */
class CandidateStore {
  ids: Int32Array;
  costs: Float64Array;
  used = 0;

  constructor(capacity = 4096) {
    this.ids = new Int32Array(capacity);
    this.costs = new Float64Array(capacity);
  }

  /** Appends candidates; returns where they start. Arrays grow by copying, so earlier starts stay valid. */
  add(ids: readonly number[], costs: readonly number[]): number {
    if (this.used + ids.length > this.ids.length) {
      const length = Math.max(2 * this.ids.length, this.used + ids.length);
      const grownIds = new Int32Array(length);
      const grownCosts = new Float64Array(length);
      grownIds.set(this.ids.subarray(0, this.used));
      grownCosts.set(this.costs.subarray(0, this.used));
      this.ids = grownIds;
      this.costs = grownCosts;
    }
    const start = this.used;
    this.ids.set(ids, start);
    this.costs.set(costs, start);
    this.used += ids.length;
    return start;
  }
}

/** What the typo repair needs to know of a written word, whatever its context. */
interface WordReading {
  nonWord: boolean;
  /** ln P(word | `<unk>`) for a non-word, else 0. */
  unknownLogProb: number;
  /** Candidate ids and the slip cost of each: `count` of them from `start` in `store`. */
  store: CandidateStore;
  start: number;
  count: number;
}

const NOT_A_SITE: WordReading = { nonWord: false, unknownLogProb: 0, store: new CandidateStore(0), start: 0, count: 0 };
const MAX_CACHED_WORDS = 100_000;

interface Readings {
  words: Map<string, WordReading>;
  store: CandidateStore;
}

const readingsByModel = new WeakMap<LanguageModel, Readings>();

interface CanonicalReadings {
  byId: (WordReading | undefined)[];
  store: CandidateStore;
}

const canonicalReadingsByModel = new WeakMap<LanguageModel, CanonicalReadings>();

// Most words are written as the model writes them: their readings are found by id, with no lookup of
// the text, and kept for good (there are only as many as the vocabulary).
function readCanonicalWord(model: LanguageModel, id: number): WordReading {
  let readings = canonicalReadingsByModel.get(model);
  if (!readings) canonicalReadingsByModel.set(model, (readings = { byId: new Array(model.size), store: new CandidateStore() }));
  return (readings.byId[id] ??= computeReading(model, model.wordOf(id), readings.store));
}

// Words repeat (Zipf), so each spelling is read once per model.
function readWord(model: LanguageModel, word: string): WordReading {
  let readings = readingsByModel.get(model);
  if (!readings) readingsByModel.set(model, (readings = { words: new Map(), store: new CandidateStore() }));
  const known = readings.words.get(word);
  if (known) return known;
  // Readings handed out before stay valid: they keep the store they point into.
  if (readings.words.size >= MAX_CACHED_WORDS) readingsByModel.set(model, (readings = { words: new Map(), store: new CandidateStore() }));
  const reading = computeReading(model, word, readings.store);
  readings.words.set(ownString(word), reading);
  return reading;
}

function computeReading(model: LanguageModel, word: string, store: CandidateStore): WordReading {
  if (word.length > 7) return NOT_A_SITE;
  const spelling = spellWord(word);
  if (!spelling || spelling.tones.length > 1) return NOT_A_SITE;
  const nonWord = parseSyllable(word) === undefined;
  const observed = model.idOf(word);
  // A valid but unseen syllable is more likely a rare name than a typo.
  if (observed === model.unk && !nonWord) return NOT_A_SITE;
  const all = candidateReadings(model, skeletonOf(word)).filter((id) => id !== observed);
  if (nonWord && isOwnSpelling(model, word, all)) return NOT_A_SITE;
  const rareness = nonWord ? 0 : Math.max(0, RARE_SYLLABLE_LOG_PROB - model.logFrequency(observed));
  const costs = all.map((id) => (nonWord ? nonWordCost(word, model.wordOf(id)) : slipCost(word, model.wordOf(id)) - rareness));
  return { nonWord, unknownLogProb: nonWord ? model.unknownWordLogProb(word) : 0, store, start: store.add(all, costs), count: all.length };
}

function isOwnSpelling(model: LanguageModel, word: string, readings: readonly number[]): boolean {
  const whole = model.wholeTokenCount(word.toLowerCase());
  if (whole === 0) return false;
  let commonest = 0;
  for (const id of readings) commonest = Math.max(commonest, model.wordCount(id));
  return whole >= OWN_SPELLING_SHARE * (whole + commonest);
}

const isHyphen = (token: Token | undefined): boolean => token !== undefined && token.kind === 'punctuation' && token.text === '-';

const isWordFromLower = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && STARTS_LOWER.test(token.text);

// Vietnamese writes a foreign name or loanword it spells out by sound with hyphens between the syllables,
// the ones after the first in lower case (`Cư-rơ-gư-xtan`, `A-rập Xê-út`, `mô-tơ`): such a syllable is a
// sound of another language, not a slip. Names joined by a hyphen (`Hà Nội-Hải Phòng`) are not one word.
function isInHyphenatedWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return (isHyphen(tokens[index - 1]) && tokens[index - 2]?.kind === 'word' && isWordFromLower(token)) || (isHyphen(tokens[index + 1]) && isWordFromLower(tokens[index + 2]));
}

// Words of a sentence, and those among them that carry Vietnamese marks.
function countWords(doc: Doc, tokenIndex: Int32Array, from: number, to: number): { words: number; accented: number } {
  let words = 0;
  let accented = 0;
  for (let at = from; at < to; at++) {
    const index = tokenIndex[at];
    if (index < 0) continue;
    const token = doc.tokens[index];
    if (token.kind !== 'word') continue;
    words++;
    if (!PLAIN_ASCII.test(token.text) && ACCENTED.test(token.text)) accented++;
  }
  return { words, accented };
}

// ln P of each id given the two before it (0 at `<s>`): the factors of the text as written, which
// every position's score shares with its neighbours'.
function fillFactors(model: LanguageModel, ids: Int32Array, from: number, to: number, factors: Float64Array): void {
  for (let at = from; at <= to; at++) {
    if (ids[at] === model.bos) continue;
    const [w1, w2] = leftContext(ids, at, model.bos);
    factors[at] = model.logProb(w1, w2, ids[at]);
  }
}

// The score of the written id at `at` with the two ids after it, as `scoreSpan` sums it.
function writtenScore(model: LanguageModel, ids: Int32Array, factors: Float64Array, at: number): number {
  let total = 0;
  total += factors[at];
  total += factors[at + 1];
  if (ids[at + 1] !== model.eos) total += factors[at + 2];
  return total;
}

// What a candidate in place of the written id gains over keeping it, less its cost, given its first factor
// (summed as `scoreSpan` does); -Infinity once the first two factors leave it no gain above SUSPICION:
// the last is a ln P, at most 0.
function candidateGain(model: LanguageModel, ids: Int32Array, at: number, left: readonly [number, number], candidate: number, first: number, keep: number, cost: number): number {
  let total = 0;
  total += first;
  const next = ids[at + 1];
  total += model.logProb(left[1], candidate, next);
  if (total - keep - cost <= SUSPICION) return Number.NEGATIVE_INFINITY;
  if (next !== model.eos) total += model.logProb(candidate, next, ids[at + 2]);
  return total - keep - cost;
}

const bestFirstsByModel = new WeakMap<LanguageModel, TrigramMemo>();

/**
 * A ceiling on the first factor less channel cost of the candidates of a word after two ids: exact
 * when above `floor`, else no more than `floor`. A site whose ceiling is that low cannot pass the
 * suspicion bound, and candidates that could only reach the floor are not looked up. The ceiling is
 * remembered for the next time the word follows the same two ids; every check after it is exact, so a
 * ceiling found for another floor is as good, only looser.
 */
function bestFirstFactor(model: LanguageModel, left: readonly [number, number], observed: number, reading: WordReading, floor: number): number {
  let memo = bestFirstsByModel.get(model);
  if (!memo) bestFirstsByModel.set(model, (memo = new TrigramMemo(model.size)));
  const known = memo.lookup(left[0], left[1], observed);
  if (!Number.isNaN(known)) return known;
  let best = -Infinity;
  const { ids, costs } = reading.store;
  for (let i = reading.start; i < reading.start + reading.count; i++) {
    // ln P is at most 0: a candidate that costs more than the floor or the best so far falls short.
    if (-costs[i] > best && -costs[i] > floor) best = Math.max(best, model.logProb(left[0], left[1], ids[i]) - costs[i]);
  }
  const ceiling = Math.max(best, floor);
  memo.store(left[0], left[1], observed, ceiling);
  return ceiling;
}


/** Room for rounding: the quick bound only skips what the exact checks below would skip too. */
const BOUND_SLACK = 1e-6;

// `realWords`: whether the sentence is long enough for a valid syllable to be weighed at all.
function siteAt(model: LanguageModel, doc: Doc, ids: Int32Array, tokenIndex: Int32Array, factors: Float64Array, at: number, realWords: boolean): Site | undefined {
  const index = tokenIndex[at];
  if (index < 0) return undefined;
  const token = doc.tokens[index];
  if (token.kind !== 'word' || token.protected || isInHyphenatedWord(doc.tokens, index)) return undefined;
  const observed = ids[at];
  // The candidates hang on the spelling; a word written as the model writes it has them by its id.
  const canonical = token.text === model.wordOf(observed);
  const reading = canonical ? readCanonicalWord(model, observed) : readWord(model, token.text);
  if (reading.count === 0 || (!reading.nonWord && !realWords)) return undefined;
  const left = leftContext(ids, at, model.bos);
  // A sentence that opens in lower case was cut from a longer one (a wrapped line, a fragment): the
  // words before it are unknown, and `<s>` would judge its first word as a sentence start (`ty tại…`
  // cut out of `công ty tại…` reads as `tỷ`).
  if (!reading.nonWord && left[1] === model.bos && STARTS_LOWER.test(token.text)) return undefined;
  // `<unk>` stands for every unknown word at once: the written one is only a share of it.
  const keep = writtenScore(model, ids, factors, at) + reading.unknownLogProb;
  const floor = keep + SUSPICION - BOUND_SLACK;
  if (canonical && bestFirstFactor(model, left, observed, reading, floor) <= floor) return undefined;
  const before = at >= 1 ? tokenIndex[at - 1] : -1;
  const context: NameContext = {
    midSentence: !startsClause(left[1] === model.bos ? undefined : doc.tokens[before]),
    nameLeft: before >= 0 && STARTS_UPPER.test(doc.tokens[before].text) ? left : undefined,
  };
  const scored: { id: number; cost: number; gain: number }[] = [];
  const { ids: candidates, costs } = reading.store;
  for (let i = reading.start; i < reading.start + reading.count; i++) {
    const candidate = candidates[i];
    // Every factor is a ln P, at most 0: what a candidate costs alone may rule it out, and the first
    // factor bounds the gain: most candidates stop here.
    if (-keep - costs[i] <= SUSPICION) continue;
    const first = model.logProb(left[0], left[1], candidate);
    if (first - keep - costs[i] <= SUSPICION) continue;
    const cost = costs[i] + nameCost(model, token, candidate, context);
    const gain = candidateGain(model, ids, at, left, candidate, first, keep, cost);
    if (gain > SUSPICION) scored.push({ id: candidate, cost, gain });
  }
  if (scored.length === 0) return undefined;
  scored.sort((a, b) => b.gain - a.gain);
  return { at, token, observed, keepCost: -reading.unknownLogProb, options: scored.slice(0, BEAM) };
}

/** The positions of one text's sentences where a typo repair is worth weighing, sentence by sentence. */
function* sentenceSites(doc: Doc, model: LanguageModel, sequence: LmSequence): Generator<{ ids: Int32Array; sites: Site[] }> {
  const { ids, tokenIndex } = sequence;
  const factors = new Float64Array(ids.length);
  let sentenceStart = 0;
  for (let at = 0; at < ids.length; at++) {
    if (ids[at] !== model.eos) continue;
    const { words, accented } = countWords(doc, tokenIndex, sentenceStart, at);
    if (words > 0 && accented / words >= MIN_ACCENTED_SHARE) {
      fillFactors(model, ids, sentenceStart, at, factors);
      const realWords = words >= MIN_WORDS_FOR_REAL_WORD;
      const sites: Site[] = [];
      for (let position = sentenceStart + 1; position < at; position++) {
        const site = siteAt(model, doc, ids, tokenIndex, factors, position, realWords);
        if (site) sites.push(site);
      }
      if (sites.length > 0) yield { ids, sites };
    }
    sentenceStart = at + 1;
  }
}

/** Best joint choice for a cluster of nearby sites: per site, the chosen id and its margin. */
function decodeCluster(model: LanguageModel, ids: Int32Array, cluster: Site[]): { id: number; margin: number }[] {
  const from = cluster[0].at;
  const to = cluster[cluster.length - 1].at;
  const left = leftContext(ids, from, model.bos);
  const right = rightContext(ids, to, model.eos);
  const middle = Array.from(ids.subarray(from, to + 1));
  const choices = cluster.map((site) => [{ id: site.observed, cost: site.keepCost }, ...site.options]);
  // Scores of every combination; clusters are small (at most BEAM+1 ^ MAX_CLUSTER).
  const results: { picks: number[]; score: number }[] = [];
  const picks = new Array<number>(cluster.length).fill(0);
  const visit = (site: number): void => {
    if (site === cluster.length) {
      let cost = 0;
      cluster.forEach((s, i) => {
        const choice = choices[i][picks[i]];
        middle[s.at - from] = choice.id;
        cost += choice.cost;
      });
      results.push({ picks: picks.slice(), score: scoreSpan(model, left, middle, right) - cost });
      return;
    }
    for (let option = 0; option < choices[site].length; option++) {
      picks[site] = option;
      visit(site + 1);
    }
  };
  visit(0);
  let best = results[0];
  for (const result of results) if (result.score > best.score) best = result;
  return cluster.map((_, i) => {
    const pick = best.picks[i];
    if (pick === 0) return { id: choices[i][0].id, margin: 0 };
    let bestKeeping = -Infinity;
    for (const result of results) if (result.picks[i] === 0 && result.score > bestKeeping) bestKeeping = result.score;
    return { id: choices[i][pick].id, margin: best.score - bestKeeping };
  });
}

function clustersOf(sites: Site[]): Site[][] {
  const clusters: Site[][] = [];
  for (const site of sites) {
    const last = clusters[clusters.length - 1];
    if (last && site.at - last[last.length - 1].at <= LINK && last.length < MAX_CLUSTER) last.push(site);
    else clusters.push([site]);
  }
  return clusters;
}

// The candidate in the style asked for, with the letter case of the token it replaces.
function writeLike(token: Token, word: string, style: 'classic' | 'modern'): string {
  const syllable = parseSyllable(word);
  const lower = syllable ? composeSyllable(syllable, style) : word;
  return writeWithCase(lower, spellWord(token.text)?.upper ?? []);
}

/** One change the typo stage makes: the site, and the syllable id it takes with its confidence. */
interface TypoRepair {
  site: Site;
  id: number;
  confidence: number;
}

/**
 * The changes the typo stage makes to `doc`, in order. Each is to be made before the next is asked for:
 * the sites of a sentence are read when the sentence is reached.
 */
function* typoRepairs(doc: Doc, options: ResolvedOptions, sequence?: LmSequence): Generator<TypoRepair> {
  const model = options.model();
  for (const { ids, sites } of sentenceSites(doc, model, sequence ?? mapTokensToIds(doc.tokens, model))) {
    for (const cluster of clustersOf(sites)) {
      const choices = decodeCluster(model, ids, cluster);
      for (let i = 0; i < cluster.length; i++) {
        const confidence = confidenceOfMargin(choices[i].margin);
        if (choices[i].id !== cluster[i].observed && confidence >= options.minConfidence) yield { site: cluster[i], id: choices[i].id, confidence };
      }
    }
  }
}

/**
 * Whether the typo stage would change anything in `doc` (no: it leaves the doc as it is).
 * @param sequence The ids of `doc`'s tokens, when the caller has them already.
 */
export function wouldRepairTypos(doc: Doc, options: ResolvedOptions, sequence?: LmSequence): boolean {
  return options.enabled.has('diacritic-typo') && !typoRepairs(doc, options, sequence).next().done;
}

/**
 * Stage: diacritic typos that only context shows (`xúc tiên` → `xúc tiến`, `giáo duc` → `giáo dục`).
 * Candidates share the syllable's letters; nearby suspects are decoded jointly over the language model,
 * and a change must beat what is written by a channel cost.
 */
export function repairTypos(doc: Doc, options: ResolvedOptions): Doc {
  if (!options.enabled.has('diacritic-typo')) return doc;
  const model = options.model();
  const style = options.toneStyle === 'modern' ? 'modern' : 'classic';
  for (const { site, id, confidence } of typoRepairs(doc, options)) {
    replaceToken(site.token, writeLike(site.token, model.wordOf(id), style), 'diacritic-typo', confidence);
  }
  return doc;
}
