import { replaceTokenWith } from '../doc.js';
import type { Tone } from '../orthography/letters.js';
import { addToneToLetter, isVowelLetter, removeTones, skeletonOf } from '../orthography/letters.js';
import { spellWord, writeWithCase } from '../orthography/spelling.js';
import { composeSyllable, parseSyllable } from '../orthography/syllable.js';
import { mapTokensToIds, type LmSequence } from '../model/map-tokens.js';
import type { LanguageModel } from '../model/types.js';
import type { Doc, Edit, ResolvedOptions, Token } from '../types.js';
import { confidenceOfMargin, leftContext, rightContext, scoreSpan } from './lm-scoring.js';
import { GLUED_UNITS } from './glued-units.generated.js';
import { nonWordCost } from './repair-typos.js';
import { startsClause } from './clause-start.js';

/** Margins in nats that a split must win by over keeping the token whole (calibrated by `npm run eval`). */
export const JOIN_MARGINS = {
  /** A lower-case token. */
  plain: 0,
  /** A token with a lower→upper change inside (`dựngĐảng`): strong evidence of a lost space. */
  caseChange: -6,
  /** A token with more tone marks than one syllable carries (`Chuế́ch`, `vaừớm`): marks of several syllables. */
  severalTones: -6,
  /** A capitalised token that starts neither its sentence nor a clause: more often a name. */
  capitalized: 3,
  /**
   * Taken off every margin of a line that already shows several clear joins: lost spaces come in
   * bunches (a PDF loses the space at every line wrap), so one more is likelier there.
   */
  bunchedJoins: 4,
  /** Cost of each tone mark moved to a neighbouring syllable. */
  displacedTone: 1.5,
};

/** Tokens seen whole this often in training are words, not joins (`ôtô`, `taxi`, `Samsung`). */
export const KNOWN_WHOLE_TOKEN = 3;

const MAX_LETTERS = 30;
const MAX_PARTS = 4;
const MAX_SYLLABLE = 7;
const RUNS = /\p{N}+|[^\p{N}]+/gu;
const LONE_LETTER = /^[A-Za-xz]$/;
// `iPhone`, `eBay`, `kWh`: one Latin letter before a capital is a brand or a unit, not a join.
const BRAND_CAMEL = /^[a-z]\p{Lu}/u;
const CASE_CHANGE = /\p{Ll}\p{Lu}/u;
// A syllable is written lower case, capitalised or in capitals; `nA` is not a syllable of a split.
const WELL_CASED = /^(?:\p{Lu}?\p{Ll}*|\p{Lu}+)$/u;
const ACRONYM_PREFIX = /^(\p{Lu}{2,})(?=\p{Ll})/u;

/** What segmenting a token needs of a model: its attested syllables and their ids. */
export type SyllableIndex = Pick<LanguageModel, 'attestedSize' | 'idOf' | 'wordOf' | 'unk' | 'num'>;

const bareSyllablesByModel = new WeakMap<SyllableIndex, Set<string>>();

// Bare (toneless) forms of the model's syllables: a part of a split must be one of them.
function bareSyllables(model: SyllableIndex): Set<string> {
  let bare = bareSyllablesByModel.get(model);
  if (!bare) {
    bare = new Set();
    for (let id = 0; id < model.attestedSize; id++) {
      const word = model.wordOf(id);
      if (!word.startsWith('<')) bare.add(removeTones(word));
    }
    bareSyllablesByModel.set(model, bare);
  }
  return bare;
}

// Toneless letters plus a tone, written with the mark where the style puts it; `undefined` when not a
// syllable. The mark goes on any vowel first, since parsing only needs to know there is one.
function writeSyllable(bare: string, tone: Tone, style: 'classic' | 'modern'): string | undefined {
  let marked = bare;
  if (tone !== 0) {
    const vowel = [...bare].findIndex((char) => isVowelLetter(char));
    if (vowel < 0) return undefined;
    marked = bare.slice(0, vowel) + addToneToLetter(bare[vowel], tone) + bare.slice(vowel + 1);
  }
  const syllable = parseSyllable(marked);
  return syllable === undefined ? undefined : composeSyllable(syllable, style);
}

/** One way to write a run of letters as syllables. */
interface Reading {
  parts: string[];
  ids: number[];
  displaced: number;
}

function cutsOf(letters: string, bare: Set<string>, minParts: number): number[][] {
  const results: number[][] = [];
  const walk = (from: number, cuts: number[]): void => {
    if (from === letters.length) {
      if (cuts.length - 1 >= minParts) results.push(cuts.slice());
      return;
    }
    if (cuts.length > MAX_PARTS) return;
    for (let length = 1; length <= MAX_SYLLABLE && from + length <= letters.length; length++) {
      if (!bare.has(letters.slice(from, from + length))) continue;
      cuts.push(from + length);
      walk(from + length, cuts);
      cuts.pop();
    }
  };
  walk(0, [0]);
  return results;
}

// Every order-keeping way to hand m tone marks to k parts, at most one each.
function assignments(marks: number, parts: number): number[][] {
  const out: number[][] = [];
  const pick = (next: number, chosen: number[]): void => {
    if (chosen.length === marks) {
      out.push(chosen.slice());
      return;
    }
    for (let part = next; part <= parts - (marks - chosen.length); part++) {
      chosen.push(part);
      pick(part + 1, chosen);
      chosen.pop();
    }
  };
  pick(0, []);
  return out;
}

// Two marks stacked on one letter (`ôạ̀t`) come in no telling order: try both.
function toneOrders<T extends { at: number }>(tones: readonly T[]): T[][] {
  const orders = [tones.slice()];
  for (let i = 0; i + 1 < tones.length; i++) {
    if (tones[i].at !== tones[i + 1].at) continue;
    const swapped = tones.slice();
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    orders.push(swapped);
  }
  return orders;
}

function readingsOf(run: string, model: SyllableIndex, style: 'classic' | 'modern', minParts: number): Reading[] {
  const spelling = spellWord(run);
  if (!spelling || spelling.letters.length > MAX_LETTERS) return [];
  const { letters, upper, tones } = spelling;
  const readings: Reading[] = [];
  for (const cuts of cutsOf(letters, bareSyllables(model), minParts)) {
    const partCount = cuts.length - 1;
    if (tones.length > partCount) continue;
    const plans = toneOrders(tones).flatMap((order) => assignments(order.length, partCount).map((assignment) => ({ order, assignment })));
    for (const { order, assignment } of plans) {
      const partTones = new Array<Tone>(partCount).fill(0);
      let displaced = 0;
      assignment.forEach((part, mark) => {
        partTones[part] = order[mark].tone;
        if (order[mark].at < cuts[part] || order[mark].at >= cuts[part + 1]) displaced++;
      });
      const parts: string[] = [];
      const ids: number[] = [];
      for (let part = 0; part < partCount; part++) {
        const written = writeSyllable(letters.slice(cuts[part], cuts[part + 1]), partTones[part], style);
        const id = written === undefined ? model.unk : model.idOf(written);
        if (written === undefined || id === model.unk || id >= model.attestedSize) break;
        const piece = writeWithCase(written, upper.slice(cuts[part], cuts[part + 1]));
        if (!WELL_CASED.test(piece)) break;
        parts.push(piece);
        ids.push(id);
      }
      if (parts.length === partCount) readings.push({ parts, ids, displaced });
    }
  }
  return readings;
}

/** A candidate rewrite of a whole token: its pieces and their LM ids. */
export interface Split {
  pieces: string[];
  ids: number[];
  displaced: number;
}

/**
 * Every way to read a token as two or more attested syllables (and numbers), tone marks handed back
 * to the parts they slid from; empty when there is none or too many.
 * @param text The token as written.
 * @param model The syllables a part may be.
 * @param style Where the parts' tone marks go.
 */
export function splitsOf(text: string, model: SyllableIndex, style: 'classic' | 'modern'): Split[] {
  const runs = text.match(RUNS) ?? [];
  let splits: Split[] = [{ pieces: [], ids: [], displaced: 0 }];
  for (const [index, run] of runs.entries()) {
    let options: Split[];
    // Units that news glues to numbers as often as not (`5ha`, `10km`) stay as written.
    if (index > 0 && GLUED_UNITS.has(run)) return [];
    // One bare letter with digits is a label or a model (`i5`, `B2`, `12a1`, `180o`), not a word that
    // lost its space: Vietnamese seldom writes a word of one letter without a mark, `y` aside (`quân y`).
    if (runs.length > 1 && LONE_LETTER.test(run)) return [];
    if (/^\p{N}/u.test(run)) {
      options = [{ pieces: [run], ids: [model.num], displaced: 0 }];
    } else {
      const acronym = ACRONYM_PREFIX.exec(run);
      const head = acronym && model.idOf(acronym[1]) === model.unk ? acronym[1] : '';
      const rest = run.slice(head.length);
      const minParts = runs.length === 1 && head === '' ? 2 : 1;
      options = readingsOf(rest, model, style, minParts).map((reading) => ({
        pieces: head ? [head, ...reading.parts] : reading.parts,
        ids: head ? [model.unk, ...reading.ids] : reading.ids,
        displaced: reading.displaced,
      }));
    }
    if (options.length === 0) return [];
    const next: Split[] = [];
    for (const prefix of splits) {
      for (const option of options) {
        next.push({
          pieces: [...prefix.pieces, ...option.pieces],
          ids: [...prefix.ids, ...option.ids],
          displaced: prefix.displaced + option.displaced,
        });
      }
    }
    splits = next;
    if (splits.length > 2000) return [];
  }
  return splits.filter((split) => split.pieces.length >= 2);
}

// Which tokens may be joins, and how likely they are as written (`undefined`: not a candidate).
// A token the model knows is a word, unless its tone mark had to be moved (a mark slid across a lost
// space can land where it makes a rare syllable: `nguỷên`) or it has never been seen in news (`coánh`).
/**
 * Whether the join stage weighs splitting a word token, whatever its context.
 * @param text The token's text.
 * @param id Its id in `model`.
 * @param toneMoved Whether the tone stage moved its tone mark.
 */
export function mayBeJoin(text: string, id: number, model: LanguageModel, toneMoved: boolean): boolean {
  if (text.length > 2 * MAX_LETTERS || BRAND_CAMEL.test(text) || !/\p{L}/u.test(text)) return false;
  const caseChange = CASE_CHANGE.test(text);
  if (id !== model.unk && id < model.attestedSize) return caseChange || toneMoved;
  // Whole-token counts ignore case, so they say nothing against `ViệtNam` when `Việtnam` is common.
  return caseChange || model.wholeTokenCount(text.toLowerCase()) < KNOWN_WHOLE_TOKEN;
}

/**
 * Whether the join stage could split a word token in some context: it weighs splitting it, and the
 * token reads as two or more syllables (`Schwarzman` does not).
 * @param text The token's text.
 * @param id Its id in `model`.
 * @param style Where the parts' tone marks go.
 */
export function maySplit(text: string, id: number, model: LanguageModel, style: 'classic' | 'modern'): boolean {
  return mayBeJoin(text, id, model, false) && splitsOf(text, model, style).length > 0;
}

function keepScore(token: Token, id: number, model: LanguageModel, left: [number, number], right: number[]): number | undefined {
  if (token.kind !== 'word' || token.protected) return undefined;
  if (!mayBeJoin(token.text, id, model, token.rules.includes('tone-placement'))) return undefined;
  if (id !== model.unk && id < model.attestedSize) return scoreSpan(model, left, [id], right);
  // `<unk>` stands for every unknown word at once: the written token is only a share of it.
  return scoreSpan(model, left, [model.unk], right) + model.unknownWordLogProb(token.text);
}

function marginFor(token: Token, clauseStart: boolean): number {
  if (CASE_CHANGE.test(token.text)) return JOIN_MARGINS.caseChange;
  if ((spellWord(token.text)?.tones.length ?? 0) > 1) return JOIN_MARGINS.severalTones;
  if (!clauseStart && /^\p{Lu}/u.test(token.text)) return JOIN_MARGINS.capitalized;
  return JOIN_MARGINS.plain;
}

/** Clear joins (made before, or found now with room to spare) needed before a line counts as bunched. */
const BUNCH_MIN_JOINS = 3;
const BUNCH_CLEAR_EXCESS = 3;
/** …and at least this share of its words. */
const BUNCH_MIN_SHARE = 0.01;

/**
 * Whether cleaning a line in pieces may have judged joins differently from cleaning it whole: only a
 * line with joins can count as bunched, and a join clear enough to count is made unless the minimum
 * confidence is above its confidence.
 * @param edits The edits of the pieces.
 */
export function mayShowBunchedJoins(edits: readonly Edit[], options: ResolvedOptions): boolean {
  return options.minConfidence > confidenceOfMargin(BUNCH_CLEAR_EXCESS) || edits.some((edit) => edit.rules.includes('missing-space'));
}

/** For each token, the line it is on (counting line breaks before it). */
function lineNumbers(doc: Doc): Int32Array {
  const lines = new Int32Array(doc.tokens.length);
  let line = 0;
  doc.tokens.forEach((token, index) => {
    lines[index] = line;
    if (token.kind === 'newline') line++;
  });
  return lines;
}

// Whether each line shows the joins of text that lost the spaces at its line wraps. Judged line by line
// (a paragraph, in most text), so that a line cleans the same on its own as inside a longer text.
function linesWithBunchedJoins(doc: Doc, lines: Int32Array, decisions: readonly { index: number; excess: number }[]): Set<number> {
  const words = new Map<number, number>();
  const joins = new Map<number, number>();
  const add = (map: Map<number, number>, line: number): void => {
    map.set(line, (map.get(line) ?? 0) + 1);
  };
  let previousSplit = -1;
  doc.tokens.forEach((token, index) => {
    if (token.kind !== 'word') return;
    add(words, lines[index]);
    // The pieces of one split share the source span of the token they came from.
    if (token.rules.includes('missing-space') && token.start !== previousSplit) {
      add(joins, lines[index]);
      previousSplit = token.start;
    }
  });
  for (const decision of decisions) if (decision.excess > BUNCH_CLEAR_EXCESS) add(joins, lines[decision.index]);
  const bunched = new Set<number>();
  for (const [line, count] of joins) {
    if (count >= BUNCH_MIN_JOINS && count >= BUNCH_MIN_SHARE * (words.get(line) ?? 0)) bunched.add(line);
  }
  return bunched;
}

/** The splits the join stage makes in `doc`, by token index, and whether its joins count towards a bunched line. */
function joinRepairs(doc: Doc, options: ResolvedOptions, sequence?: LmSequence): { replacements: Map<number, { pieces: string[]; confidence: number }>; clearJoins: boolean } {
  const model = options.model();
  const style = options.toneStyle === 'modern' ? 'modern' : 'classic';
  const { ids, tokenIndex } = sequence ?? mapTokensToIds(doc.tokens, model);
  const decisions: { index: number; pieces: string[]; excess: number }[] = [];
  for (let at = 0; at < ids.length; at++) {
    const index = tokenIndex[at];
    if (index < 0) continue;
    const token = doc.tokens[index];
    const left = leftContext(ids, at, model.bos);
    const right = rightContext(ids, at, model.eos);
    const keep = keepScore(token, ids[at], model, left, right);
    if (keep === undefined) continue;
    const splits = splitsOf(token.text, model, style);
    if (splits.length === 0) continue;
    let best: Split | undefined;
    let bestScore = -Infinity;
    for (const split of splits) {
      const score = scoreSpan(model, left, split.ids, right) - JOIN_MARGINS.displacedTone * split.displaced;
      if (score > bestScore) {
        bestScore = score;
        best = split;
      }
    }
    // A non-word may as well be one syllable with a wrong mark (`nhiẹm`): a split must beat that too.
    let alternative = keep;
    if (options.enabled.has('diacritic-typo')) {
      for (const candidate of model.syllablesWithSkeleton(skeletonOf(token.text))) {
        alternative = Math.max(alternative, scoreSpan(model, left, [candidate], right) - nonWordCost(token.text, model.wordOf(candidate)));
      }
    }
    const before = left[1] === model.bos ? undefined : doc.tokens[tokenIndex[at - 1]];
    const excess = bestScore - alternative - marginFor(token, startsClause(before));
    if (best) decisions.push({ index, pieces: best.pieces, excess });
  }
  const lines = lineNumbers(doc);
  const bunched = linesWithBunchedJoins(doc, lines, decisions);
  const replacements = new Map<number, { pieces: string[]; confidence: number }>();
  for (const { index, pieces, excess } of decisions) {
    const boost = bunched.has(lines[index]) ? JOIN_MARGINS.bunchedJoins : 0;
    const confidence = confidenceOfMargin(excess + boost);
    if (excess + boost > 0 && confidence >= options.minConfidence) replacements.set(index, { pieces, confidence });
  }
  return { replacements, clearJoins: decisions.some(({ excess }) => excess > BUNCH_CLEAR_EXCESS) };
}

/**
 * Whether the join stage would split a token of `doc`, or find a join clear enough to count towards a
 * bunched line (which a line cleaned whole could weigh differently from `doc` alone).
 * @param sequence The ids of `doc`'s tokens, when the caller has them already.
 */
export function wouldRepairJoins(doc: Doc, options: ResolvedOptions, sequence?: LmSequence): boolean {
  if (!options.enabled.has('missing-space')) return false;
  const { replacements, clearJoins } = joinRepairs(doc, options, sequence);
  return replacements.size > 0 || clearJoins;
}

/**
 * Stage: splits tokens that are two or more syllables glued by a lost space (`haiđịa` → `hai địa`,
 * `5năm` → `5 năm`, `QRtruy` → `QR truy`), putting back tone marks that slid across the lost space
 * (`Nôịvà` → `Nội và`, `dưạ́n` → `dự án`). The language model chooses among all segmentations.
 */
export function repairJoins(doc: Doc, options: ResolvedOptions): Doc {
  if (!options.enabled.has('missing-space')) return doc;
  const { replacements } = joinRepairs(doc, options);
  if (replacements.size === 0) return doc;
  const tokens: Token[] = [];
  doc.tokens.forEach((token, index) => {
    const replacement = replacements.get(index);
    if (replacement) tokens.push(...replaceTokenWith(token, replacement.pieces, 'missing-space', replacement.confidence));
    else tokens.push(token);
  });
  return { source: doc.source, tokens };
}
