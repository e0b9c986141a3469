import { describe, expect, it } from 'vitest';
import { createModelFromText } from '../../src/model/create-model-from-text.js';
import { mapTokensToIds } from '../../src/model/map-tokens.js';
import { foldWord } from '../../src/model/vocabulary.js';
import { tokenize } from '../../src/tokenize.js';

const model = createModelFromText(['Hòa bình và thủy lợi. Khỏe mạnh, tôi đi.'], { extraSyllables: ['nạy'] });

function wordsOf(text: string): string[] {
  const { ids } = mapTokensToIds(tokenize(text).tokens, model);
  return Array.from(ids, (id) => model.wordOf(id));
}

describe('foldWord', () => {
  it('lower-cases and writes the tone where the classic style puts it', () => {
    expect(foldWord('Hoà')).toBe('hòa');
    expect(foldWord('THUỶ')).toBe('thủy');
    expect(foldWord('khỏe')).toBe('khỏe');
  });

  it('moves a misplaced tone mark onto the right letter', () => {
    expect(foldWord('naỵ')).toBe('nạy');
  });

  it('reads decomposed (NFD) input like composed', () => {
    expect(foldWord('Hòa'.normalize('NFD'))).toBe('hòa');
  });

  it('returns undefined for anything that is not one syllable', () => {
    expect(foldWord('taxi')).toBeUndefined();
    expect(foldWord('hòabình')).toBeUndefined();
  });
});

describe('idOf', () => {
  it('gives one id to every case and tone style of a syllable', () => {
    const id = model.idOf('hòa');
    expect(id).not.toBe(model.unk);
    for (const form of ['Hòa', 'HOÀ', 'hoà', 'Hoà'.normalize('NFD')]) expect(model.idOf(form)).toBe(id);
  });

  it('maps words outside the vocabulary to <unk>', () => {
    expect(model.idOf('samsung')).toBe(model.unk);
    expect(model.idOf('mưa')).toBe(model.unk);
  });

  it('names every id', () => {
    expect(model.wordOf(model.idOf('THỦY'))).toBe('thủy');
    expect([model.bos, model.eos, model.unk, model.num, model.punct].map((id) => model.wordOf(id))).toEqual([
      '<s>',
      '</s>',
      '<unk>',
      '<num>',
      '<p>',
    ]);
  });
});

describe('mapTokensToIds', () => {
  it('wraps every sentence in <s> … </s>, the full stop becoming </s>', () => {
    expect(wordsOf('Tôi đi. Hòa bình')).toEqual(['<s>', 'tôi', 'đi', '</s>', '<s>', 'hòa', 'bình', '</s>']);
  });

  it('ends sentences at ! ? … and at line ends after them', () => {
    expect(wordsOf('tôi.\nđi! hòa? bình… khỏe')).toEqual(
      ['<s>', 'tôi', '</s>', '<s>', 'đi', '</s>', '<s>', 'hòa', '</s>', '<s>', 'bình', '</s>', '<s>', 'khỏe', '</s>'],
    );
  });

  it('reads a line break inside a sentence as a space: no mark before it, a word after it', () => {
    expect(wordsOf('hòa bình \nvà thủy\r\nlợi,\nTôi')).toEqual(['<s>', 'hòa', 'bình', 'và', 'thủy', 'lợi', '<p>', 'tôi', '</s>']);
  });

  it('ends every sentence at a line end when told that lines are paragraphs, as in training', () => {
    const { ids } = mapTokensToIds(tokenize('hòa bình\nvà thủy').tokens, model, { joinWrappedLines: false });
    expect(Array.from(ids, (id) => model.wordOf(id))).toEqual(['<s>', 'hòa', 'bình', '</s>', '<s>', 'và', 'thủy', '</s>']);
  });

  it('ends a sentence at a line break before an empty line or before no word', () => {
    expect(wordsOf('hòa bình\n\nvà thủy\n- lợi\n')).toEqual(
      ['<s>', 'hòa', 'bình', '</s>', '<s>', 'và', 'thủy', '</s>', '<s>', '<p>', 'lợi', '</s>'],
    );
  });

  it('drops empty sentences', () => {
    expect(wordsOf('\n\nTôi đi...\n\n')).toEqual(['<s>', 'tôi', 'đi', '</s>']);
  });

  it('treats a full stop glued to the next word as an abbreviation mark', () => {
    expect(wordsOf('tôi đi TP.HCM')).toEqual(['<s>', 'tôi', 'đi', '<unk>', '<p>', '<unk>', '</s>']);
  });

  it('maps numbers to <num>, other punctuation to <p>, and foreign words, URLs and codes to <unk>', () => {
    expect(wordsOf('Tôi đi 12,5 km, xem https://example.com và U23')).toEqual(
      ['<s>', 'tôi', 'đi', '<num>', '<unk>', '<p>', '<unk>', '<unk>', 'và', '<unk>', '</s>'],
    );
  });

  it('ties every id back to its token', () => {
    const { tokens } = tokenize('Hòa bình.');
    const { ids, tokenIndex } = mapTokensToIds(tokens, model);
    expect(Array.from(tokenIndex, (index) => (index < 0 ? null : tokens[index].text))).toEqual([null, 'Hòa', 'bình', '.']);
    expect(ids.length).toBe(4);
  });
});
