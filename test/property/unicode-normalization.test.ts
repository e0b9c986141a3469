import { fc, test } from '@fast-check/vitest';
import unorm from 'unorm';
import { describe, expect, it } from 'vitest';
import { TONE_MARKS, VOWELS } from '../../src/orthography/letters.js';
import { toNfc, toNfd } from '../../src/orthography/unicode.js';
import { combiningMark } from '../helpers/arbitraries.js';
import { readArticles } from '../helpers/fixtures.js';

const MODIFIER_MARKS = ['\u0302', '\u0306', '\u031B'];

// Every Vietnamese letter, precomposed, then decomposed in canonical order and in the other order.
const LETTERS = [...VOWELS, 'đ'].flatMap((vowel) =>
  [vowel, vowel.toUpperCase()].flatMap((letter) => (vowel === 'đ' ? [letter] : TONE_MARKS.map((mark) => (letter + mark).normalize('NFC')))),
);
const SPELLINGS = LETTERS.flatMap((letter) => {
  const nfd = letter.normalize('NFD');
  const swapped = nfd.length === 3 ? nfd[0] + nfd[2] + nfd[1] : nfd;
  return [letter, nfd, swapped];
});

describe('unorm, the fallback normalizer', () => {
  it('agrees with the platform on each of the 146 Vietnamese letters, precomposed and decomposed either way', () => {
    expect(LETTERS).toHaveLength(146);
    for (const spelling of SPELLINGS) {
      expect(unorm.nfc(spelling)).toBe(spelling.normalize('NFC'));
      expect(unorm.nfd(spelling)).toBe(spelling.normalize('NFD'));
    }
  });

  it('agrees with the platform on the fixture articles, as found, as gold and decomposed', () => {
    for (const { input, gold } of readArticles()) {
      for (const text of [input, gold, gold.normalize('NFD')]) {
        expect(unorm.nfc(text)).toBe(text.normalize('NFC'));
        expect(unorm.nfd(text)).toBe(text.normalize('NFD'));
      }
    }
  });

  const vietnameseUnit = fc.oneof(
    fc.constantFrom(...SPELLINGS),
    fc.constantFrom(...TONE_MARKS.slice(1), ...MODIFIER_MARKS),
    fc.constantFrom(' ', 'n', 'g', 'h', 'Q', '.'),
  );

  test.prop([fc.string({ unit: vietnameseUnit, maxLength: 30 })], { numRuns: 2000 })(
    'agrees with the platform on any mix of Vietnamese letters and loose marks',
    (text) => {
      expect(unorm.nfc(text)).toBe(text.normalize('NFC'));
      expect(unorm.nfd(text)).toBe(text.normalize('NFD'));
    },
  );
});

describe('toNfc and toNfd', () => {
  test.prop([fc.string({ unit: fc.oneof(fc.constantFrom(...SPELLINGS), combiningMark), maxLength: 80 })], { numRuns: 1000 })(
    'equal the platform normalizer on letters followed by runs of marks',
    (text) => {
      expect(toNfc(text)).toBe(text.normalize('NFC'));
      expect(toNfd(text)).toBe(text.normalize('NFD'));
    },
  );

  test.prop([fc.constantFrom('a', 'ệ', 'Ư', '.', ' '), fc.array(combiningMark, { minLength: 32, maxLength: 400 })], { numRuns: 300 })(
    'equal the platform normalizer on runs of more than 31 marks, which they order themselves',
    (base, marks) => {
      const text = base + marks.join('');
      expect(toNfc(text)).toBe(text.normalize('NFC'));
      expect(toNfd(text)).toBe(text.normalize('NFD'));
    },
  );
});
