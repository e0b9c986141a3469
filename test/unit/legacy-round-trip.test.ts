import { describe, expect, it } from 'vitest';
import { LEGACY_ENCODINGS, decodeLegacy, type LegacyEncoding } from '../../src/legacy/index.js';
import { encodeLegacyBytes, encodeLegacyText, unencodableChars } from '../../src/legacy/encode-legacy.js';
import { readArticles, readSyllableInventory } from '../helpers/fixtures.js';

const syllables = readSyllableInventory().map((row) => row.syllable);
const casings = (word: string) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)];
// Text in these encodings cannot keep a character they lack as it is (TCVN3, VNI and VIQR text keeps
// Windows punctuation): the fixture articles carry `"` in its place.
const NO_PASS_THROUGH = new Set<LegacyEncoding>(['viscii', 'vps', 'cp1258']);

/** The first syllable that does not come back, or undefined. */
function firstFailure(encode: (text: string) => string | Uint8Array, encoding: LegacyEncoding): string | undefined {
  for (const syllable of syllables) {
    for (const word of casings(syllable)) {
      if (decodeLegacy(encode(word), { from: encoding }) !== word) return word;
    }
  }
  return undefined;
}

describe('legacy decoders: round trip', () => {
  it('the inventory is the full one', () => {
    expect(syllables.length).toBeGreaterThan(15_000);
  });

  for (const encoding of LEGACY_ENCODINGS) {
    it(`every syllable of the inventory, in every casing, comes back from ${encoding} bytes`, () => {
      expect(firstFailure((word) => encodeLegacyBytes(word, encoding), encoding)).toBeUndefined();
    });

    it(`every syllable of the inventory, in every casing, comes back from ${encoding} as Windows shows it`, () => {
      expect(firstFailure((word) => encodeLegacyText(word, encoding), encoding)).toBeUndefined();
    });

    it(`both fixture articles and their gold come back from ${encoding}`, () => {
      for (const article of readArticles()) {
        for (const text of [article.input, article.gold]) {
          const missing = unencodableChars(text, encoding);
          const carried = [...text].map((char) => (missing.has(char) && NO_PASS_THROUGH.has(encoding) ? '"' : char)).join('');
          expect(decodeLegacy(encodeLegacyText(carried, encoding), { from: encoding })).toBe(carried);
        }
      }
    });
  }

  it('VPS writes every letter of both fixture articles; it lacks only the en dash, the ellipsis and a stray combining acute', () => {
    const text = readArticles()
      .map((article) => article.input + article.gold)
      .join('\n');
    expect(unencodableChars(text, 'vps')).toEqual(new Set(['–', '…', '\u0301']));
  });

  it('VPS reads the capitals it places in C0 positions and keeps TAB, LF and CR', () => {
    const bytes = Uint8Array.of(0x02, 0x03, 0x04, 0x05, 0x06, 0x09, 0x0a, 0x0d, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x19, 0x1c, 0x1d);
    expect(decodeLegacy(bytes, { from: 'vps' })).toBe('ẠẬẶẸỆ\t\n\rỊỌỘỢỤỰỴẪỮ');
  });
});
