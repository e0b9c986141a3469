import { describe, expect, it } from 'vitest';
import {
  applyCase,
  composeSyllable,
  isVietnameseSyllable,
  parseSyllable,
  toneIndexInRime,
} from '../../src/orthography/syllable.js';

describe('parseSyllable', () => {
  it.each([
    ['ba', 'b', 'a', 0],
    ['người', 'ng', 'ươi', 1],
    ['được', 'đ', 'ươc', 5],
    ['ướt', '', 'ươt', 2],
    ['nghiêng', 'ngh', 'iêng', 0],
    ['khuyến', 'kh', 'uyên', 2],
    ['tuyệt', 't', 'uyêt', 5],
    ['khuỷu', 'kh', 'uyu', 3],
    ['tuổi', 't', 'uôi', 3],
    ['xoong', 'x', 'oong', 0],
    ['moóc', 'm', 'ooc', 2],
    ['hoẵng', 'h', 'oăng', 4],
    ['ngoẹo', 'ng', 'oeo', 5],
    ['thuở', 'th', 'uơ', 3],
    ['yến', '', 'yên', 2],
    ['ỉa', '', 'ia', 3],
  ])('reads %s as onset %j, rime %j, tone %i', (word, onset, rime, tone) => {
    expect(parseSyllable(word)).toMatchObject({ onset, rime, tone });
  });

  describe('gi-', () => {
    it.each([
      ['già', 'gi', 'a'],
      ['giữa', 'gi', 'ưa'],
      ['giường', 'gi', 'ương'],
      ['giúp', 'gi', 'up'],
      ['giặt', 'gi', 'ăt'],
    ])('reads %s with the onset gi and the rime %j', (word, onset, rime) => {
      expect(parseSyllable(word)).toMatchObject({ onset, rime });
    });

    it.each([
      ['gì', 'i'],
      ['gìn', 'in'],
      ['gịt', 'it'],
      ['giêng', 'iêng'],
    ])('reads %s as g- whose i is also the vowel (rime %j)', (word, rime) => {
      expect(parseSyllable(word)).toMatchObject({ onset: 'g', rime });
    });

    it('reads giết with its tone on ê', () => {
      const syllable = parseSyllable('giết');
      expect(syllable?.tone).toBe(2);
      expect(syllable?.placement).toBe('both');
      expect(composeSyllable(syllable!)).toBe('giết');
    });

    it.each(['gìa', 'gịa', 'gíup', 'gĩưa'])('takes %s, the tone on the i of gi-, for a misplaced tone', (word) => {
      expect(parseSyllable(word)?.placement).toBe('misplaced');
      expect(isVietnameseSyllable(word)).toBe(false);
    });
  });

  describe('qu-', () => {
    it.each([
      ['qua', 'a'],
      ['quà', 'a'],
      ['quạ', 'a'],
      ['quốc', 'ôc'],
      ['quý', 'y'],
      ['quỳnh', 'ynh'],
      ['quyết', 'yêt'],
      ['quên', 'ên'],
      ['quýt', 'yt'],
    ])('reads %s with the onset qu and the rime %j', (word, rime) => {
      expect(parseSyllable(word)).toMatchObject({ onset: 'qu', rime });
    });

    it.each(['qúy', 'qùa', 'qụa', 'qúôc'])('takes %s, the tone on the u of qu-, for a misplaced tone', (word) => {
      expect(parseSyllable(word)?.placement).toBe('misplaced');
      expect(isVietnameseSyllable(word)).toBe(false);
    });
  });

  describe('tone placement', () => {
    it.each([
      ['hòa', 'classic'],
      ['hoà', 'modern'],
      ['họa', 'classic'],
      ['hoạ', 'modern'],
      ['thủy', 'classic'],
      ['thuỷ', 'modern'],
      ['khỏe', 'classic'],
      ['khoẻ', 'modern'],
      ['hoàn', 'both'],
      ['thuyền', 'both'],
      ['của', 'both'],
      ['hoa', 'none'],
      ['hòan', 'misplaced'],
      ['cuả', 'misplaced'],
      ['ngừơi', 'misplaced'],
      ['tuôỉ', 'misplaced'],
    ])('reads the placement of %s as %s', (word, placement) => {
      expect(parseSyllable(word)?.placement).toBe(placement);
    });

    it('puts the tone of a closed oa/oe/uy rime on its second vowel in both styles', () => {
      expect(toneIndexInRime('oan', 'classic')).toBe(1);
      expect(toneIndexInRime('oan', 'modern')).toBe(1);
      expect(toneIndexInRime('uyt', 'classic')).toBe(1);
    });

    it('puts the tone of an open oa/oe/uy rime on the first vowel classically and on the second in the modern style', () => {
      for (const rime of ['oa', 'oe', 'uy']) {
        expect(toneIndexInRime(rime, 'classic')).toBe(0);
        expect(toneIndexInRime(rime, 'modern')).toBe(1);
      }
    });

    it('puts the tone on the modified vowel of ươ, uô, iê and uyê', () => {
      expect(toneIndexInRime('ươi', 'classic')).toBe(1);
      expect(toneIndexInRime('uôi', 'classic')).toBe(1);
      expect(toneIndexInRime('iêng', 'modern')).toBe(1);
      expect(toneIndexInRime('uyên', 'classic')).toBe(2);
    });
  });

  describe('spelling rules', () => {
    it.each([
      ['ca', 'ka'],
      ['co', 'ko'],
      ['kê', 'cê'],
      ['kiên', 'ciên'],
      ['ký', 'cý'],
      ['ghế', 'gế'],
      ['ghi', 'ghư'],
      ['gà', 'ghà'],
      ['nghỉ', 'ngỉ'],
      ['nghe', 'nge'],
      ['ngà', 'nghà'],
    ])('accepts %s and rejects %s (k/c, gh/g, ngh/ng before front and back vowels)', (good, bad) => {
      expect(isVietnameseSyllable(good)).toBe(true);
      expect(isVietnameseSyllable(bad)).toBe(false);
    });

    it.each(['các', 'cạc', 'tiếp', 'tiệp', 'ích', 'ịch', 'ít', 'ịt'])('lets the stop-final %s take sắc or nặng', (word) => {
      expect(isVietnameseSyllable(word)).toBe(true);
    });

    it.each(['cac', 'càc', 'cảc', 'cãc', 'tiêp', 'ìch', 'ỉt', 'hoãt'])('refuses the stop-final %s any other tone', (word) => {
      expect(parseSyllable(word)).toBeUndefined();
    });

    it.each(['', 'abc', 'xyz', 'ba2', 'Đắk', 'Lắk', 'taxi', 'hoàá', 'nghiêngg', 'b', 'ăa', 'kông', 'moon'])('refuses %j', (word) => {
      expect(isVietnameseSyllable(word)).toBe(false);
    });

    it('reads any letter case the same', () => {
      expect(parseSyllable('NGƯỜI')).toEqual(parseSyllable('người'));
      expect(parseSyllable('Hòa')).toEqual(parseSyllable('hòa'));
      expect(isVietnameseSyllable('QUỐC')).toBe(true);
    });
  });
});

describe('composeSyllable', () => {
  it('writes the tone on the letter the spelling asks for', () => {
    expect(composeSyllable({ onset: 'ng', rime: 'ươi', tone: 1 })).toBe('người');
    expect(composeSyllable({ onset: 'qu', rime: 'yêt', tone: 2 })).toBe('quyết');
    expect(composeSyllable({ onset: 'c', rime: 'ua', tone: 3 })).toBe('của');
  });

  it('writes open oa/oe/uy rimes classically by default', () => {
    expect(composeSyllable({ onset: 'h', rime: 'oa', tone: 1 })).toBe('hòa');
    expect(composeSyllable({ onset: 'th', rime: 'uy', tone: 3 })).toBe('thủy');
    expect(composeSyllable({ onset: 'kh', rime: 'oe', tone: 3 })).toBe('khỏe');
  });

  it('writes open oa/oe/uy rimes on the second vowel in the modern style', () => {
    expect(composeSyllable({ onset: 'h', rime: 'oa', tone: 1 }, 'modern')).toBe('hoà');
    expect(composeSyllable({ onset: 'th', rime: 'uy', tone: 3 }, 'modern')).toBe('thuỷ');
    expect(composeSyllable({ onset: 'kh', rime: 'oe', tone: 3 }, 'modern')).toBe('khoẻ');
  });

  it('never puts the tone on the u of qu- or the i of gi-, in either style', () => {
    for (const style of ['classic', 'modern'] as const) {
      expect(composeSyllable({ onset: 'qu', rime: 'y', tone: 2 }, style)).toBe('quý');
      expect(composeSyllable({ onset: 'qu', rime: 'a', tone: 1 }, style)).toBe('quà');
      expect(composeSyllable({ onset: 'gi', rime: 'a', tone: 1 }, style)).toBe('già');
      expect(composeSyllable({ onset: 'gi', rime: 'ưa', tone: 4 }, style)).toBe('giữa');
    }
  });

  it('keeps the placement the syllable was read with under `preserve`', () => {
    expect(composeSyllable(parseSyllable('hoà')!, 'preserve')).toBe('hoà');
    expect(composeSyllable(parseSyllable('hòa')!, 'preserve')).toBe('hòa');
    expect(composeSyllable({ onset: 'h', rime: 'oa', tone: 1 }, 'preserve')).toBe('hòa');
  });

  it('puts a misplaced tone back where it belongs', () => {
    expect(composeSyllable(parseSyllable('cuả')!)).toBe('của');
    expect(composeSyllable(parseSyllable('ngừơi')!)).toBe('người');
    expect(composeSyllable(parseSyllable('qúy')!)).toBe('quý');
    expect(composeSyllable(parseSyllable('gìa')!)).toBe('già');
  });
});

describe('applyCase', () => {
  it('copies the case of each letter of the shape', () => {
    expect(applyCase('HoA', 'hòa')).toBe('HòA');
    expect(applyCase('CUẢ', 'của')).toBe('CỦA');
    expect(applyCase('Cuả', 'của')).toBe('Của');
    expect(applyCase('cuả', 'của')).toBe('của');
  });
});
