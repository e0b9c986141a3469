import { describe, expect, it } from 'vitest';
import { findDefectSites } from '../helpers/defect-sites.js';

describe('findDefectSites', () => {
  it('finds nothing in identical texts', () => {
    expect(findDefectSites('Hà Nội\nvà', 'Hà Nội\nvà')).toEqual([]);
  });

  it('finds a changed word with its offsets in the damaged text', () => {
    expect(findDefectSites('đến naỵ, rồi', 'đến nay, rồi')).toEqual([{ start: 4, end: 8, found: 'naỵ,', gold: 'nay,' }]);
  });

  it('finds a glued word that the gold splits', () => {
    expect(findDefectSites('là haiđịa phương', 'là hai địa phương')).toEqual([{ start: 3, end: 9, found: 'haiđịa', gold: 'hai địa' }]);
  });

  it('finds words the gold adds, as an empty range', () => {
    expect(findDefectSites('a c', 'a b c')).toEqual([{ start: 2, end: 2, found: '', gold: 'b' }]);
  });

  it('keeps separate places apart', () => {
    expect(findDefectSites('x a y b z', 'x A y B z').map((site) => site.found)).toEqual(['a', 'b']);
  });
});
