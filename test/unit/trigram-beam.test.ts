import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { getDefaultModel } from '../../src/model/default-model.js';
import type { LanguageModel } from '../../src/model/types.js';
import { TrigramBeam, type BeamLimits, type BeamPosition, type BeamResult } from '../../src/stages/trigram-beam.js';

interface State {
  w1: number;
  w2: number;
  score: number;
  back: State | undefined;
  id: number;
}

// The search written plainly, with a map of states and a sort per position: what the beam must match,
// ties included.
function referenceDecode(model: LanguageModel, positions: readonly BeamPosition[], { beam, width }: BeamLimits): BeamResult {
  let states: State[] = [{ w1: model.bos, w2: model.bos, score: 0, back: undefined, id: model.bos }];
  for (const position of positions) {
    const next = new Map<number, State>();
    for (const state of states) {
      position.ids.forEach((id, k) => {
        const score = state.score + model.logProb(state.w1, state.w2, id) + (position.bonus?.[k] ?? 0);
        const key = state.w2 * model.size + id;
        const known = next.get(key);
        if (!known || score > known.score) next.set(key, { w1: state.w2, w2: id, score, back: state, id });
      });
    }
    states = [...next.values()].sort((a, b) => b.score - a.score).slice(0, beam);
    const floor = states[0].score - width;
    while (states[states.length - 1].score < floor) states.pop();
  }
  let best: State | undefined;
  let bestScore = -Infinity;
  for (const state of states) {
    const score = state.score + model.logProb(state.w1, state.w2, model.eos);
    if (score > bestScore) {
      bestScore = score;
      best = state;
    }
  }
  const ids: number[] = [];
  for (let state = best; state && state.back; state = state.back) ids.push(state.id);
  return { ids: ids.reverse(), score: bestScore };
}

const SIZE = 12;

// A model whose log-probabilities take few values, so that paths often tie.
function coarseModel(seed: number): LanguageModel {
  const logProb = (w1: number, w2: number, w3: number): number => -((Math.imul(w1 * 131 + w2 * 17 + w3 + seed, 0x9e3779b1) >>> 28) % 5);
  return { bos: 0, eos: 1, unk: 2, num: 3, punct: 4, size: SIZE, logProb } as unknown as LanguageModel;
}

const distinctIds = fc.uniqueArray(fc.integer({ min: 2, max: SIZE - 1 }), { minLength: 1, maxLength: 6 });
const position = distinctIds.chain((ids) =>
  fc.record({
    ids: fc.constant(ids),
    bonus: fc.option(fc.array(fc.constantFrom(0, -0.5, -1), { minLength: ids.length, maxLength: ids.length }), { nil: undefined }),
  }),
);
const sentence = fc.array(position, { maxLength: 12 });
const limits = fc.record({ beam: fc.integer({ min: 1, max: 8 }), width: fc.constantFrom(0, 1, 2.5, 8, Infinity) });

const toPositions = (sentence: { ids: number[]; bonus?: number[] }[]): BeamPosition[] =>
  sentence.map(({ ids, bonus }) => ({ ids, bonus: bonus && Float64Array.from(bonus) }));

describe('the trigram beam search', () => {
  const beam = new TrigramBeam();

  test.prop([fc.nat(), sentence, limits])('finds what the plain search finds, ties broken the same way', (seed, words, bounds) => {
    const model = coarseModel(seed);
    const positions = toPositions(words);
    expect(beam.decode(model, positions, bounds)).toEqual(referenceDecode(model, positions, bounds));
  });

  it('matches the plain search on the bundled model, one sentence after another', () => {
    const model = getDefaultModel();
    const readings = ['chinh', 'phu', 'se', 'ho', 'tro', 'nguoi', 'dan', 'vung', 'lu', 'a', 'o', 'ma'].map((bare) => model.syllablesWithSkeleton(bare));
    const sentences = [
      readings,
      readings.slice(3, 9),
      readings.slice(9),
      [[model.num], ...readings.slice(0, 4), [model.punct], readings[5]],
      // Longer than the room kept between sentences, then short again.
      Array.from({ length: 250 }, () => readings).flat(),
      readings.slice(0, 5),
    ];
    for (const ids of sentences) {
      const positions = ids.map((options) => ({ ids: options }));
      for (const bounds of [{ beam: 40, width: 8 }, { beam: 3, width: 20 }]) {
        expect(beam.decode(model, positions, bounds)).toEqual(referenceDecode(model, positions, bounds));
      }
    }
  });

  it('scores an empty sentence as `<s> </s>`', () => {
    const model = getDefaultModel();
    expect(beam.decode(model, [], { beam: 40, width: 8 })).toEqual({ ids: [], score: model.logProb(model.bos, model.bos, model.eos) });
  });
});
