import { describe, expect, it } from 'vitest';
import { type ScoredEdit, UNATTRIBUTED, applyEdits, checkedEdits, scoreSite, touchesSpan } from '../../scripts/lib/eval-align.js';
import { type Corruption, replaceSpan } from '../../scripts/lib/eval-corruption.js';

/** An edit replacing the first occurrence of `before` at or after `from` in `text`. */
function editOf(text: string, before: string, after: string, confidence = 1, rule = 'missing-space', from = 0): ScoredEdit {
  const start = text.indexOf(before, from);
  if (start < 0) throw new Error(`No \`${before}\` in \`${text}\``);
  return { start, end: start + before.length, before, after, rules: [rule], confidence };
}

const gold = 'Hà Nội và Ninh Bình hợp tác.';
const join: Corruption = replaceSpan('join-tone-own', gold, 3, 9, 'Nôịvà');

describe('scoreSite', () => {
  it('counts an edit that restores the gold text at the site as a true positive', () => {
    const outcome = scoreSite(join, [editOf(join.text, 'Nôịvà', 'Nội và')]);
    expect(outcome).toEqual({ restored: true, wrongAtSite: false, otherEdits: [] });
  });

  it('judges a split by the text it makes, though it adds a token', () => {
    const split = replaceSpan('sentence-stop', 'sản phẩm. Hai bên', 8, 13, '.Hai');
    expect(scoreSite(split, [editOf(split.text, '.', '. ')]).restored).toBe(true);
    expect(scoreSite(split, [editOf(split.text, 'Hai', ' Hai')]).restored).toBe(true);
    expect(scoreSite(split, [editOf(split.text, 'phẩm.Hai', 'phẩm. Hai')]).restored).toBe(true);
  });

  it('counts a site left alone as a miss and nothing else', () => {
    expect(scoreSite(join, [])).toEqual({ restored: false, wrongAtSite: false, otherEdits: [] });
  });

  it('counts a wrong fix at the site as a false positive and a miss', () => {
    const outcome = scoreSite(join, [editOf(join.text, 'Nôịvà', 'Nôị và')]);
    expect(outcome).toMatchObject({ restored: false, wrongAtSite: true });
  });

  it('counts a fix that also changes a neighbouring letter as wrong', () => {
    const outcome = scoreSite(join, [editOf(join.text, 'Hà Nôịvà', 'Hả Nội và')]);
    expect(outcome).toMatchObject({ restored: false, wrongAtSite: true });
  });

  it('counts every edit away from the site as a false positive', () => {
    const elsewhere = [editOf(join.text, 'Ninh', 'Nính', 1, 'diacritic-typo'), editOf(join.text, 'tác', 'tắc', 1, 'diacritic-typo')];
    const outcome = scoreSite(join, [editOf(join.text, 'Nôịvà', 'Nội và'), ...elsewhere]);
    expect(outcome.restored).toBe(true);
    expect(outcome.otherEdits).toEqual(elsewhere);
  });

  it('treats edits below the threshold as not made', () => {
    const edits = [editOf(join.text, 'Nôịvà', 'Nội và', 0.7), editOf(join.text, 'Ninh', 'Nính', 0.4, 'diacritic-typo')];
    expect(scoreSite(join, edits, 0.5)).toEqual({ restored: true, wrongAtSite: false, otherEdits: [] });
    expect(scoreSite(join, edits, 0.8)).toEqual({ restored: false, wrongAtSite: false, otherEdits: [] });
  });

  it('needs every edit of a fix split over two tokens', () => {
    const typo = replaceSpan('typo-real-word', 'đến nay', 0, 7, 'đên naỵ');
    const halves = [editOf(typo.text, 'đên', 'đến', 0.9), editOf(typo.text, 'naỵ', 'nay', 0.6)];
    expect(scoreSite(typo, halves).restored).toBe(true);
    expect(scoreSite(typo, halves, 0.7)).toMatchObject({ restored: false, wrongAtSite: true });
  });
});

describe('touchesSpan', () => {
  it('counts overlap, not mere contact, for non-empty spans', () => {
    expect(touchesSpan({ start: 0, end: 3 }, 3, 9)).toBe(false);
    expect(touchesSpan({ start: 2, end: 4 }, 3, 9)).toBe(true);
    expect(touchesSpan({ start: 9, end: 12 }, 3, 9)).toBe(false);
  });

  it('counts an insertion at either edge of a span, and any edit around an empty span', () => {
    expect(touchesSpan({ start: 3, end: 3 }, 3, 9)).toBe(true);
    expect(touchesSpan({ start: 9, end: 9 }, 3, 9)).toBe(true);
    expect(touchesSpan({ start: 0, end: 5 }, 5, 5)).toBe(true);
    expect(touchesSpan({ start: 6, end: 8 }, 5, 5)).toBe(false);
  });
});

describe('checkedEdits', () => {
  it('keeps reported edits that replay to the output', () => {
    const edits = [editOf(join.text, 'Nôịvà', 'Nội và')];
    expect(checkedEdits(join.text, gold, edits)).toEqual({ edits, recovered: false });
    expect(applyEdits(join.text, edits)).toBe(gold);
  });

  it('recovers the changes from a diff when the reported edits do not replay', () => {
    const { edits, recovered } = checkedEdits(join.text, gold, []);
    expect(recovered).toBe(true);
    expect(edits).toEqual([{ start: 3, end: 8, before: 'Nôịvà', after: 'Nội và', rules: [UNATTRIBUTED], confidence: 1 }]);
  });

  it('rejects overlapping edits', () => {
    const overlapping = [editOf('abc', 'ab', 'x'), editOf('abc', 'bc', 'y')];
    expect(checkedEdits('abc', 'xy', overlapping).recovered).toBe(true);
  });
});
