import { describe, expect, it } from 'vitest';
import { getDefaultModel } from '../../src/model/default-model.js';
import { mapTokensToIds } from '../../src/model/map-tokens.js';
import { tokenize } from '../../src/tokenize.js';

const model = getDefaultModel();

// Sum of ln P over a phrase, read as a sentence.
function scoreOf(text: string): number {
  const { ids } = mapTokensToIds(tokenize(text).tokens, model);
  let total = 0;
  for (let i = 1; i < ids.length; i++) total += model.logProb(i >= 2 ? ids[i - 2] : model.bos, ids[i - 1], ids[i]);
  return total;
}

describe('the bundled model', () => {
  it('loads once and is cached', () => {
    expect(getDefaultModel()).toBe(model);
    expect(model.size).toBeGreaterThan(7000);
  });

  it('knows common syllables and folds case and tone style', () => {
    for (const word of ['và', 'của', 'người', 'hòa', 'thủy']) expect(model.idOf(word)).not.toBe(model.unk);
    expect(model.idOf('Hoà')).toBe(model.idOf('hòa'));
    expect(model.idOf('THUỶ')).toBe(model.idOf('thủy'));
  });

  it('prefers the right diacritics in context', () => {
    expect(scoreOf('cầu thủ ghi bàn trong trận đấu')).toBeGreaterThan(scoreOf('cầu thủ ghi bàn trong trần đấu') + 5);
    expect(scoreOf('máy bay hạ cánh xuống sân bay')).toBeGreaterThan(scoreOf('máy bay hạ cánh xuống sân bày') + 5);
    expect(scoreOf('thời tiết nắng nóng')).toBeGreaterThan(scoreOf('thời tiết năng nóng') + 5);
    expect(scoreOf('chúng tôi cũng đồng ý')).toBeGreaterThan(scoreOf('chúng tôi cùng đồng ý'));
  });

  it('prefers a phrase to the same syllables in the reverse order', () => {
    expect(scoreOf('đường sắt cao tốc')).toBeGreaterThan(scoreOf('tốc cao sắt đường') + 10);
  });

  it('offers the attested syllables of a skeleton as candidates', () => {
    const words = model.syllablesWithSkeleton('to').map((id) => model.wordOf(id));
    expect(words).toEqual(expect.arrayContaining(['tổ', 'tố', 'tô', 'tơ', 'to', 'tờ']));
    expect(words.every((word) => word !== '<unk>')).toBe(true);
  });

  it('counts how often each syllable was seen in training', () => {
    expect(model.wordCount(model.idOf('người'))).toBeGreaterThan(model.wordCount(model.idOf('nguội')));
    expect(model.wordCount(model.idOf('nguội'))).toBeGreaterThan(0);
    expect(Math.log(model.wordCount(model.idOf('người')) / model.wordCount(model.idOf('nguội')))).toBeCloseTo(
      model.logFrequency(model.idOf('người')) - model.logFrequency(model.idOf('nguội')),
    );
  });

  it('knows loanwords written as one token, and nothing about valid syllables there', () => {
    expect(model.wholeTokenCount('taxi')).toBeGreaterThanOrEqual(3);
    expect(model.wholeTokenCount('samsung')).toBeGreaterThanOrEqual(3);
    expect(model.wholeTokenCount('người')).toBe(0);
  });

  it('keeps loanwords and names written solid as whole tokens, but not a common phrase news glued a few times', () => {
    for (const word of ['ôtô', 'đôla', 'cuba']) expect(model.wholeTokenCount(word)).toBeGreaterThanOrEqual(3);
    expect(model.wholeTokenCount('đơnvị')).toBe(0);
  });

  it('lists the non-syllable parts of place names as whole tokens', () => {
    expect(model.wholeTokenCount('krông')).toBeGreaterThanOrEqual(3);
  });

  it('tells name-like syllables by their capitalised share', () => {
    expect(model.capitalizedShare(model.idOf('huỳnh'))).toBeGreaterThan(0.9);
    expect(model.capitalizedShare(model.idOf('đặng'))).toBeGreaterThan(0.9);
    expect(model.capitalizedShare(model.idOf('của'))).toBeLessThan(0.05);
  });
});
