import { describe, expect, it } from 'vitest';
import { collectEdits, insertedToken, render, replaceToken, replaceTokenWith } from '../../src/doc.js';
import { tokenize } from '../../src/tokenize.js';

describe('replaceToken', () => {
  it('sets the text, records the rule and keeps the lowest confidence', () => {
    const [token] = tokenize('cuả').tokens;
    replaceToken(token, 'của', 'tone-placement', 0.99);
    replaceToken(token, 'CỦA', 'tone-style', 1);
    expect(token).toMatchObject({ text: 'CỦA', rules: ['tone-placement', 'tone-style'], confidence: 0.99 });
  });

  it('does nothing when the text is the same', () => {
    const [token] = tokenize('của').tokens;
    replaceToken(token, 'của', 'tone-placement', 0.5);
    expect(token).toMatchObject({ rules: [], confidence: 1 });
  });
});

describe('render and collectEdits', () => {
  it('give back the input and no edits for an untouched doc', () => {
    const doc = tokenize('Hà Nội, 2019');
    expect(render(doc)).toBe('Hà Nội, 2019');
    expect(collectEdits(doc)).toEqual([]);
  });

  it('make one edit per changed token, in order, with offsets into the input', () => {
    const doc = tokenize('cuả  Hoà');
    replaceToken(doc.tokens[0], 'của', 'tone-placement', 0.99);
    replaceToken(doc.tokens[1], ' ', 'space-run', 1);
    expect(render(doc)).toBe('của Hoà');
    expect(collectEdits(doc)).toEqual([
      { start: 0, end: 3, before: 'cuả', after: 'của', rule: 'tone-placement', rules: ['tone-placement'], confidence: 0.99 },
      { start: 3, end: 5, before: '  ', after: ' ', rule: 'space-run', rules: ['space-run'], confidence: 1 },
    ]);
  });

  it('name unicode-nfc for a change no rule recorded', () => {
    const doc = tokenize('Ha\u0300');
    doc.tokens[0].text = 'Hà';
    expect(collectEdits(doc)[0].rule).toBe('unicode-nfc');
  });

  it('make one edit of a token split into pieces', () => {
    const doc = tokenize('haiđịa phương');
    doc.tokens.splice(0, 1, ...replaceTokenWith(doc.tokens[0], ['hai', 'địa'], 'missing-space', 0.9));
    expect(render(doc)).toBe('hai địa phương');
    expect(collectEdits(doc)).toEqual([
      { start: 0, end: 6, before: 'haiđịa', after: 'hai địa', rule: 'missing-space', rules: ['missing-space'], confidence: 0.9 },
    ]);
  });

  it('make an insertion edit of an inserted token', () => {
    const doc = tokenize('phối;hỗ');
    doc.tokens.splice(2, 0, insertedToken(5, 'space', ' ', 'punctuation-space', 0.95));
    expect(render(doc)).toBe('phối; hỗ');
    expect(collectEdits(doc)).toEqual([
      { start: 5, end: 5, before: '', after: ' ', rule: 'punctuation-space', rules: ['punctuation-space'], confidence: 0.95 },
    ]);
  });
});
