import { describe, expect, it } from 'vitest';
import { joinWithSlidTone } from '../../scripts/lib/eval-joins.js';
import { gluedReadingOf, gluedShare, splitCount } from '../../scripts/lib/lm-glued-share.js';
import { countNgrams } from '../../src/model/count-ngrams.js';
import { createModelFromText } from '../../src/model/create-model-from-text.js';
import { mapTokensToIds } from '../../src/model/map-tokens.js';
import { tokenize } from '../../src/tokenize.js';

const TEXTS = ['Cá vàng và cá chép.', 'Cá vàng ăn mồi mới.', 'Cá ăn cá vàng nhỏ.', 'Ta đi xe ô tô.', 'Tô cá.'];
const model = createModelFromText(TEXTS);

function countsOf(texts: readonly string[]) {
  const sequences = texts.map((text) => mapTokensToIds(tokenize(text).tokens, model).ids);
  const stream = new Int32Array(sequences.reduce((sum, ids) => sum + ids.length, 0));
  let at = 0;
  for (const ids of sequences) {
    stream.set(ids, at);
    at += ids.length;
  }
  return countNgrams(stream, model.size);
}

const counts = countsOf(TEXTS);
const idsOf = (...words: string[]) => words.map((word) => model.idOf(word));

describe('the glued share of a whole token', () => {
  it('counts the split as the bigram or trigram of the training text', () => {
    expect(splitCount(counts, idsOf('cá', 'vàng'))).toBe(3);
    expect(splitCount(counts, idsOf('cá', 'vàng', 'và'))).toBe(1);
    expect(splitCount(counts, idsOf('vàng', 'cá'))).toBe(0);
  });

  it('reads a token as the split news writes most often', () => {
    expect(gluedReadingOf('cávàng', 2, counts, model)).toEqual({ word: 'cávàng', whole: 2, split: 3, pieces: ['cá', 'vàng'] });
  });

  it('puts back a tone mark slid across the boundary', () => {
    const slid = joinWithSlidTone('cá', 'ăn');
    expect(slid?.kind).toBe('join-tone-next');
    expect(gluedReadingOf(slid?.text ?? '', 1, counts, model)?.pieces).toEqual(['cá', 'ăn']);
  });

  it('has no reading for a token that is not attested syllables', () => {
    expect(gluedReadingOf('taxi', 5, counts, model)).toBeUndefined();
  });

  it('is the whole count over the whole and split counts together', () => {
    expect(gluedShare({ word: 'ôtô', whole: 1, split: 3, pieces: ['ô', 'tô'] })).toBe(0.25);
    expect(gluedShare({ word: 'tôcá', whole: 0, split: 0, pieces: ['tô', 'cá'] })).toBe(1);
  });
});
