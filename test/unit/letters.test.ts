import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  TONE_MARKS,
  VOWELS,
  addToneToLetter,
  decomposeLetter,
  isVowelLetter,
  modifierOfMark,
  removeDiacritics,
  removeToneFromLetter,
  removeTones,
  skeletonOf,
  toneOfLetter,
  toneOfMark,
} from '../../src/orthography/letters.js';
import { syllable } from '../helpers/arbitraries.js';

describe('decomposeLetter', () => {
  it.each([
    ['a', { letter: 'a', base: 'a', modifier: null, tone: 0, upper: false }],
    ['ấ', { letter: 'â', base: 'a', modifier: 'circumflex', tone: 2, upper: false }],
    ['Ặ', { letter: 'ă', base: 'a', modifier: 'breve', tone: 5, upper: true }],
    ['ờ', { letter: 'ơ', base: 'o', modifier: 'horn', tone: 1, upper: false }],
    ['Ữ', { letter: 'ư', base: 'u', modifier: 'horn', tone: 4, upper: true }],
    ['ể', { letter: 'ê', base: 'e', modifier: 'circumflex', tone: 3, upper: false }],
    ['Ỷ', { letter: 'y', base: 'y', modifier: null, tone: 3, upper: true }],
    ['ị', { letter: 'i', base: 'i', modifier: null, tone: 5, upper: false }],
    ['đ', { letter: 'đ', base: 'd', modifier: null, tone: 0, upper: false }],
    ['Đ', { letter: 'đ', base: 'd', modifier: null, tone: 0, upper: true }],
  ])('splits %s into letter, base, modifier, tone and case', (char, parts) => {
    expect(decomposeLetter(char)).toEqual(parts);
  });

  it.each(['b', 'z', 'f', 'ç', 'é\u0302', 'a\u0301', '1', ' ', 'ð', 'Ð', ''])('knows nothing of %j', (char) => {
    expect(decomposeLetter(char)).toBeUndefined();
  });

  it('knows all 146 vowel and đ forms (12 vowels × 6 tones + đ, both cases), 134 of them precomposed', () => {
    const forms = [...VOWELS, 'đ'].flatMap((vowel) =>
      [vowel, vowel.toUpperCase()].flatMap((letter) =>
        vowel === 'đ' ? [letter] : TONE_MARKS.map((mark) => (letter + mark).normalize('NFC')),
      ),
    );
    expect(new Set(forms).size).toBe(146);
    expect(forms.filter((form) => !/^[aeiouyAEIOUY]$/.test(form))).toHaveLength(134);
    for (const form of forms) {
      expect(form).toHaveLength(1);
      expect(decomposeLetter(form)).toBeDefined();
    }
  });

  it('reads the tone of every precomposed vowel the same way Unicode decomposes it', () => {
    for (const vowel of VOWELS) {
      for (let tone = 0; tone < 6; tone++) {
        const letter = (vowel + TONE_MARKS[tone]).normalize('NFC');
        expect(decomposeLetter(letter)?.tone).toBe(tone);
        expect(decomposeLetter(letter.toUpperCase())?.tone).toBe(tone);
      }
    }
  });
});

describe('tone helpers', () => {
  it('reads the tone of a precomposed vowel, and 0 for anything else', () => {
    expect(toneOfLetter('ộ')).toBe(5);
    expect(toneOfLetter('Ẵ')).toBe(4);
    expect(toneOfLetter('ơ')).toBe(0);
    expect(toneOfLetter('x')).toBe(0);
  });

  it('removes the tone of a vowel and keeps its modifier and case', () => {
    expect(removeToneFromLetter('Ộ')).toBe('Ô');
    expect(removeToneFromLetter('ừ')).toBe('ư');
    expect(removeToneFromLetter('k')).toBe('k');
  });

  it('adds a tone to a toneless vowel of either case, and refuses consonants', () => {
    expect(addToneToLetter('ô', 5)).toBe('ộ');
    expect(addToneToLetter('Ă', 2)).toBe('Ắ');
    expect(addToneToLetter('y', 4)).toBe('ỹ');
    expect(addToneToLetter('b', 1)).toBeUndefined();
    expect(addToneToLetter('đ', 1)).toBeUndefined();
  });

  it('counts đ as a letter but not as a vowel', () => {
    expect(isVowelLetter('đ')).toBe(false);
    expect(isVowelLetter('ữ')).toBe(true);
    expect(isVowelLetter('Y')).toBe(true);
  });

  it('reads tone marks, including the deprecated U+0340 and U+0341', () => {
    expect(toneOfMark('\u0300')).toBe(1);
    expect(toneOfMark('\u0340')).toBe(1);
    expect(toneOfMark('\u0341')).toBe(2);
    expect(toneOfMark('\u0309')).toBe(3);
    expect(toneOfMark('\u0303')).toBe(4);
    expect(toneOfMark('\u0323')).toBe(5);
    expect(toneOfMark('\u0302')).toBeUndefined();
  });

  it('reads modifier marks', () => {
    expect(modifierOfMark('\u0302')).toBe('circumflex');
    expect(modifierOfMark('\u0306')).toBe('breve');
    expect(modifierOfMark('\u031B')).toBe('horn');
    expect(modifierOfMark('\u0301')).toBeUndefined();
  });
});

describe('removeDiacritics', () => {
  it.each([
    ['Hà Nội', 'Ha Noi'],
    ['Đường Nguyễn Trãi', 'Duong Nguyen Trai'],
    ['ĐẠI HỌC QUỐC GIA', 'DAI HOC QUOC GIA'],
    ['người ướt ưỡn', 'nguoi uot uon'],
    ['hoà thuỷ khoẻ', 'hoa thuy khoe'],
  ])('strips tones, modifiers and the stroke of đ: %s → %s', (input, output) => {
    expect(removeDiacritics(input)).toBe(output);
  });

  it('strips decomposed marks too', () => {
    expect(removeDiacritics('Ha\u0300 No\u0302\u0323i')).toBe('Ha Noi');
  });

  it('keeps everything that is not a Vietnamese diacritic', () => {
    expect(removeDiacritics('COVID-19, 10.900 đồng; https://x.vn!')).toBe('COVID-19, 10.900 dong; https://x.vn!');
  });

  it('throws a TypeError on a non-string', () => {
    expect(() => removeDiacritics(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('removeTones', () => {
  it('lower-cases a word and strips its tone marks, keeping modifiers and đ', () => {
    expect(removeTones('Người')).toBe('ngươi');
    expect(removeTones('ĐƯỜNG')).toBe('đương');
    expect(removeTones('hoà')).toBe('hoa');
  });

  it('reads decomposed letters as their composed forms', () => {
    expect(removeTones('Ngu\u031Bo\u031B\u0300i')).toBe('ngươi');
  });
});

describe('skeletonOf', () => {
  it.each([
    ['Đường', 'duong'],
    ['NGƯỜI', 'nguoi'],
    ['hòa', 'hoa'],
    ['hoà', 'hoa'],
    ['ăn', 'an'],
    ['ân', 'an'],
    ['quyết', 'quyet'],
  ])('maps %s to %s', (word, skeleton) => {
    expect(skeletonOf(word)).toBe(skeleton);
  });

  it('gives words that differ only in diacritics the same skeleton', () => {
    const variants = ['tổ', 'tố', 'tô', 'to', 'tơ', 'tờ', 'Tở', 'TỘ'];
    expect(new Set(variants.map(skeletonOf))).toEqual(new Set(['to']));
  });

  it('keeps characters that are not Vietnamese letters', () => {
    expect(skeletonOf('x-1')).toBe('x-1');
  });

  it('reads decomposed letters as their composed forms', () => {
    expect(skeletonOf('Đu\u031Bo\u031B\u0300ng')).toBe('duong');
  });

  test.prop([syllable, fc.constantFrom('NFC', 'NFD'), fc.boolean()])(
    'is the lower case of removeDiacritics for any syllable, in either normalization form and case',
    (word, form, upper) => {
      const written = (upper ? word.toUpperCase() : word).normalize(form);
      expect(skeletonOf(written)).toBe(removeDiacritics(written).toLowerCase());
    },
  );
});
