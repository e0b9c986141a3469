import { replaceToken } from '../doc.js';
import { mapTokensToIds, type LmSequence } from '../model/map-tokens.js';
import type { LanguageModel } from '../model/types.js';
import { spellWord, writeWithCase } from '../orthography/spelling.js';
import { composeSyllable, parseSyllable, type ToneStyle } from '../orthography/syllable.js';
import type { Doc, ResolvedOptions, RestoreMode, Token } from '../types.js';
import { confidenceOfMargin, scoreSpan } from './lm-scoring.js';
import { candidateReadings } from './candidate-readings.js';
import { TrigramBeam, type BeamPosition, type BeamResult } from './trigram-beam.js';

/**
 * Decoder states kept per position (states that share their last two ids are merged first), and only
 * those within BEAM_WIDTH nats of the best. On `npm run eval`, a width of 8 restored as well as no
 * limit and a third faster (5 lost 0.2 points); with it, 40 states instead of 16 gained a little
 * (held-out news 0.9748 → 0.9750, news-ud-vtb 0.9293 → 0.9302) at about the same speed.
 */
const BEAM = 40;
const BEAM_WIDTH = 8;
/** `auto`: a sentence is restored only if it has this many words… */
const AUTO_MIN_WORDS = 4;
/** …nearly all of them bare spellings of Vietnamese syllables… */
const AUTO_MIN_SYLLABLE_SHARE = 0.9;
/** …and the restored sentence reads like Vietnamese: mean ln P per word above this… */
const AUTO_MIN_MEAN_LOG_PROB = -7;
/** …and far better than as written (nats per word): unmarked words can be meant as written (`Hay khai sinh`). */
const AUTO_MIN_GAIN_PER_WORD = 2;

const BARE_LETTERS = /^[a-zA-Z]+$/;
// A word with digits (`5h`, `U23`) is no sign of marked text; a letter past ASCII is.
const ASCII = /^[\x00-\x7f]*$/;
// Capitals throughout (`UBND`, `TP`) or inside a word (`iPhone`, `YouTube`): an acronym or a brand.
const ACRONYM_OR_BRAND = /^[A-Z\d]{2,}$|[a-z][A-Z]/;

/** The tone styles restoration writes in (`preserve` has nothing to preserve in a bare word). */
type RestoredStyle = Exclude<ToneStyle, 'preserve'>;

/**
 * The ids a position may take, and whether it is a bare word to restore; its bonus is ln P(the word's
 * letter case | id), for each id, absent when the case says nothing. Shared by every position alike.
 */
interface Choice extends BeamPosition {
  readonly open: boolean;
}

/**
 * Below this, a share of capitalised (or lower-case) use is taken as this: names can be new. On
 * `npm run eval` the case term took held-out news from 0.9750 to 0.9761 and news-ud-vtb from 0.9302 to
 * 0.9328 (0.005 and 0.1 scored within 0.0005 of that).
 */
const CASE_SHARE_FLOOR = 0.02;
const STARTS_UPPER = /^[A-Z][a-z]*$/;
const ALL_LOWER = /^[a-z]+$/;

/**
 * The choice a bare spelling gives at a position: every reading, and what the letter case says of each
 * in mid-sentence (capitalised, all small); built when first asked and shared after.
 */
interface BareChoices {
  caseless: Choice;
  capital?: Choice;
  small?: Choice;
}

interface ChoicesOfModel {
  /** By lower-case spelling; only spellings that have readings. */
  bare: Map<string, BareChoices>;
  /** By id, the choice of a position that keeps its word. */
  kept: Map<number, Choice>;
}

const choicesByModel = new WeakMap<LanguageModel, ChoicesOfModel>();

function choicesOf(model: LanguageModel): ChoicesOfModel {
  let choices = choicesByModel.get(model);
  if (!choices) choicesByModel.set(model, (choices = { bare: new Map(), kept: new Map() }));
  return choices;
}

/** The choices of a lower-case bare spelling, or `undefined` when no syllable is spelt so. */
function bareChoicesOf(model: LanguageModel, lower: string): BareChoices | undefined {
  const known = choicesOf(model).bare;
  let choices = known.get(lower);
  if (!choices) {
    const ids = candidateReadings(model, lower);
    if (ids.length === 0) return undefined;
    known.set(lower, (choices = { caseless: { ids, open: true } }));
  }
  return choices;
}

function keptChoiceOf(model: LanguageModel, id: number): Choice {
  const known = choicesOf(model).kept;
  let choice = known.get(id);
  if (!choice) known.set(id, (choice = { ids: [id], open: false }));
  return choice;
}

// In mid-sentence, a capital says "name" and a small letter "not a name": the model reads words without
// case, so how often each reading is capitalised there weighs in (`Thuy` → `Thúy`, `thuy` → `thủy`).
function choiceInMidSentence(model: LanguageModel, text: string, choices: BareChoices): Choice {
  const { ids } = choices.caseless;
  if (STARTS_UPPER.test(text)) return (choices.capital ??= { ids, open: true, bonus: logProbsOfCase(model, ids, true) });
  if (ALL_LOWER.test(text)) return (choices.small ??= { ids, open: true, bonus: logProbsOfCase(model, ids, false) });
  return choices.caseless;
}

function logProbsOfCase(model: LanguageModel, ids: readonly number[], capital: boolean): Float64Array {
  return Float64Array.from(ids, (id) => {
    const share = model.capitalizedShare(id);
    return Math.log(Math.max(CASE_SHARE_FLOOR, capital ? share : 1 - share));
  });
}

/** Candidate ids for each position of a sentence (the written id alone where nothing is to be restored). */
function candidatesOf(model: LanguageModel, doc: Doc, ids: Int32Array, tokenIndex: Int32Array, from: number, to: number): Choice[] {
  const out: Choice[] = [];
  for (let at = from; at < to; at++) {
    const index = tokenIndex[at];
    const token = index >= 0 ? doc.tokens[index] : undefined;
    const choices = token && isBare(token) ? bareChoicesOf(model, token.text.toLowerCase()) : undefined;
    if (token && choices) out.push(at > from ? choiceInMidSentence(model, token.text, choices) : choices.caseless);
    else out.push(keptChoiceOf(model, ids[at]));
  }
  return out;
}

// Capitals that spell a syllable (`HA NOI`, `CUONG`) are words here, though the tokenizer, which only
// knows marked syllables, calls the unmarked ones acronyms.
function isBare(token: Token): boolean {
  const wordLike = token.kind === 'word' || token.kind === 'acronym';
  return wordLike && token.text.length <= 7 && BARE_LETTERS.test(token.text);
}

const beamSearch = new TrigramBeam();

/** Best ids for a sentence (`<s>` at `from - 1`, `</s>` at `to`) by beam search over the trigram model. */
function decode(model: LanguageModel, choices: readonly Choice[]): BeamResult {
  return beamSearch.decode(model, choices, { beam: BEAM, width: BEAM_WIDTH });
}

// How much better the chosen syllable is than the best other reading of the same letters, with the
// chosen neighbours on both sides.
function marginAt(model: LanguageModel, chosen: readonly number[], options: readonly number[], at: number): number {
  const before2 = at >= 2 ? chosen[at - 2] : model.bos;
  const before1 = at >= 1 ? chosen[at - 1] : model.bos;
  const after1 = at + 1 < chosen.length ? chosen[at + 1] : model.eos;
  // After the last word, `</s>` ends the scoring.
  const after2 = at + 1 >= chosen.length ? -1 : at + 2 < chosen.length ? chosen[at + 2] : model.eos;
  const best = scoreAround(model, before2, before1, chosen[at], after1, after2, -Infinity);
  let second = -Infinity;
  for (const id of options) if (id !== chosen[at]) second = Math.max(second, scoreAround(model, before2, before1, id, after1, after2, second));
  return best - second;
}

/**
 * ln P of the trigrams that hold `id` between two ids before and one or two after (`after2` -1: none);
 * -Infinity as soon as the factors summed so far are no higher than `floor`: each one left is at most 0.
 */
function scoreAround(model: LanguageModel, before2: number, before1: number, id: number, after1: number, after2: number, floor: number): number {
  let total = model.logProb(before2, before1, id);
  if (total <= floor) return Number.NEGATIVE_INFINITY;
  total += model.logProb(before1, id, after1);
  if (total <= floor) return Number.NEGATIVE_INFINITY;
  if (after2 >= 0) total += model.logProb(id, after1, after2);
  return total;
}

const spellingsByModel = new WeakMap<LanguageModel, Record<RestoredStyle, Map<number, string | undefined>>>();

/** The lower-case spelling of a syllable id in a tone style; `undefined` for an id that is no syllable. */
function spellingOf(model: LanguageModel, id: number, style: RestoredStyle): string | undefined {
  let byStyle = spellingsByModel.get(model);
  if (!byStyle) spellingsByModel.set(model, (byStyle = { classic: new Map(), modern: new Map() }));
  const spellings = byStyle[style];
  if (spellings.has(id)) return spellings.get(id);
  const syllable = parseSyllable(model.wordOf(id));
  const spelling = syllable ? composeSyllable(syllable, style) : undefined;
  spellings.set(id, spelling);
  return spelling;
}

/** A restored syllable in the letter case of the bare word it replaces. */
function inCaseOf(bare: string, lower: string): string {
  return ALL_LOWER.test(bare) ? lower : writeWithCase(lower, spellWord(bare)?.upper ?? []);
}

/** One bare word restoration would rewrite: the token, what it becomes and how sure the model is. */
interface Restoration {
  token: Token;
  text: string;
  confidence: number;
}

/** A sentence with words to restore: its place in the ids, and what each position may take. */
interface OpenSentence {
  from: number;
  to: number;
  choices: Choice[];
  /** Positions that hold a bare word to restore. */
  open: number;
  /** Words of the sentence, bare or not. */
  words: number;
}

// The sentence between `from` and `to` when it has words the mode restores; `auto` takes only
// sentences written all bare.
function openSentence(model: LanguageModel, doc: Doc, ids: Int32Array, tokenIndex: Int32Array, from: number, to: number, mode: RestoreMode): OpenSentence | undefined {
  const choices = candidatesOf(model, doc, ids, tokenIndex, from, to);
  const open = choices.filter((options) => options.open).length;
  if (open === 0) return undefined;
  let words = 0;
  let marked = 0;
  let named = 0;
  for (let at = from; at < to; at++) {
    const index = tokenIndex[at];
    if (index < 0 || (doc.tokens[index].kind !== 'word' && doc.tokens[index].kind !== 'acronym')) continue;
    const { text } = doc.tokens[index];
    words++;
    if (!ASCII.test(text)) marked++;
    else if (!choices[at - from].open && ACRONYM_OR_BRAND.test(text)) named++;
  }
  // An acronym or a brand that no syllable spells (`UBND`, `iPhone`) is as at home in Vietnamese as
  // anywhere: it neither counts for the sentence nor against it. A word such as `Street` does count.
  if (mode === 'auto' && (marked > 0 || words < AUTO_MIN_WORDS || open < AUTO_MIN_SYLLABLE_SHARE * (words - named))) return undefined;
  return { from, to, choices, open, words };
}

/** The sentences of `doc` with words to restore, with the ids of the doc. */
function* openSentences(doc: Doc, options: ResolvedOptions, sequence?: LmSequence): Generator<{ ids: Int32Array; tokenIndex: Int32Array; sentence: OpenSentence }> {
  const model = options.model();
  const { ids, tokenIndex } = sequence ?? mapTokensToIds(doc.tokens, model);
  let start = 0;
  for (let at = 0; at < ids.length; at++) {
    if (ids[at] === model.bos) start = at + 1;
    else if (ids[at] === model.eos) {
      const sentence = openSentence(model, doc, ids, tokenIndex, start, at, options.restore);
      if (sentence) yield { ids, tokenIndex, sentence };
    }
  }
}

// The words of one sentence that restoration rewrites, in order; the confidence of each is worked out
// only when it is asked for.
function* restoreSentence(model: LanguageModel, doc: Doc, ids: Int32Array, tokenIndex: Int32Array, sentence: OpenSentence, mode: RestoreMode, style: RestoredStyle): Generator<Restoration> {
  const { from, to, choices, open } = sentence;
  const { ids: chosen, score } = decode(model, choices);
  if (mode === 'auto') {
    const written = scoreSpan(model, [model.bos, model.bos], Array.from(ids.subarray(from, to)), [model.eos]);
    if (score / (chosen.length + 1) < AUTO_MIN_MEAN_LOG_PROB || (score - written) / open < AUTO_MIN_GAIN_PER_WORD) return;
  }
  for (let i = 0; i < chosen.length; i++) {
    if (!choices[i].open) continue;
    const token = doc.tokens[tokenIndex[from + i]];
    const lower = spellingOf(model, chosen[i], style);
    if (lower === undefined) continue;
    const text = inCaseOf(token.text, lower);
    // A word restored as it was written is no edit: its margin is not needed.
    if (text === token.text) continue;
    yield { token, text, confidence: confidenceOfMargin(marginAt(model, chosen, choices[i].ids, i)) };
  }
}

/** Whether the options ask for restoration at all. */
const restores = (options: ResolvedOptions): boolean => options.restore !== 'never' && options.enabled.has('diacritic-restoration');

/** The words restoration rewrites in `doc`, sentence by sentence. */
function* restorations(doc: Doc, options: ResolvedOptions): Generator<Restoration> {
  if (!restores(options)) return;
  const model = options.model();
  const style = options.toneStyle === 'modern' ? 'modern' : 'classic';
  for (const { ids, tokenIndex, sentence } of openSentences(doc, options)) {
    yield* restoreSentence(model, doc, ids, tokenIndex, sentence, options.restore, style);
  }
}

/**
 * A sentence with at least this share of its words bare is taken as one restoration changes, without
 * decoding it: it nearly always is, and the stage would decode it again.
 */
const MOSTLY_BARE_SHARE = 0.5;

/**
 * Whether the restoration stage may change anything in `doc`: always when it would; also for a
 * sentence written mostly bare, which is not decoded here.
 * @param sequence The ids of `doc`'s tokens, when the caller has them already.
 */
export function mayRestore(doc: Doc, options: ResolvedOptions, sequence?: LmSequence): boolean {
  if (!restores(options)) return false;
  const model = options.model();
  const style = options.toneStyle === 'modern' ? 'modern' : 'classic';
  for (const { ids, tokenIndex, sentence } of openSentences(doc, options, sequence)) {
    if (sentence.open >= MOSTLY_BARE_SHARE * sentence.words) return true;
    if (!restoreSentence(model, doc, ids, tokenIndex, sentence, options.restore, style).next().done) return true;
  }
  return false;
}

/**
 * Stage: puts tones and vowel marks back into words written without any (`Ha Noi` → `Hà Nội`), per
 * the `restore` option: never (the default), in sentences that are clearly unaccented Vietnamese
 * (`auto`), or in every bare word (`always`). Decoding is a beam search over the trigram model.
 */
export function restoreBareWords(doc: Doc, options: ResolvedOptions): Doc {
  for (const { token, text, confidence } of restorations(doc, options)) replaceToken(token, text, 'diacritic-restoration', confidence);
  return doc;
}
