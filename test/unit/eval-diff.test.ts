import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../scripts/lib/eval-diff.js';

const places = (a: string, b: string): Array<[string, string]> =>
  diffTexts(a, b).map((hunk) => [a.slice(hunk.aStart, hunk.aEnd), b.slice(hunk.bStart, hunk.bEnd)]);

describe('diffTexts', () => {
  it('finds no place in equal texts', () => {
    expect(diffTexts('Hà Nội và Ninh Bình', 'Hà Nội và Ninh Bình')).toEqual([]);
  });

  it('counts a split that adds a token as one place', () => {
    expect(places('hai Nôịvà địa', 'hai Nội và địa')).toEqual([['Nôịvà', 'Nội và']]);
    expect(places('haiđịa phương', 'hai địa phương')).toHaveLength(1);
  });

  it('counts separate changes separately', () => {
    expect(places('tố chức sản phâm', 'tổ chức sản phẩm')).toEqual([
      ['tố', 'tổ'],
      ['phâm', 'phẩm'],
    ]);
  });

  it('handles changes at either end and empty texts', () => {
    expect(places('x a b', 'a b y')).toEqual([
      ['x ', ''],
      ['', ' y'],
    ]);
    expect(places('', 'a b')).toEqual([['', 'a b']]);
    expect(places('a b', '')).toEqual([['a b', '']]);
  });

  it('gives offsets that rebuild the second text from the first', () => {
    const a = 'Hai bên phối;hỗ trợ, 5năm tới sẽ phát triển';
    const b = 'Hai bên phối; hỗ trợ, 5 năm tới sẽ phát triển mạnh';
    let rebuilt = '';
    let at = 0;
    for (const hunk of diffTexts(a, b)) {
      rebuilt += a.slice(at, hunk.aStart) + b.slice(hunk.bStart, hunk.bEnd);
      at = hunk.aEnd;
    }
    expect(rebuilt + a.slice(at)).toBe(b);
  });
});
