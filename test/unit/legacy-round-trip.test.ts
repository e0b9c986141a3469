import { describe, expect, it } from 'vitest';
import { LEGACY_ENCODINGS, decodeLegacy } from '../../src/legacy/index.js';
import { encodeLegacyBytes, encodeLegacyText, unencodableChars } from '../../src/legacy/encode-legacy.js';
import { readArticles, readSyllableInventory } from '../helpers/fixtures.js';

const syllables = readSyllableInventory().map((row) => row.syllable);
const casings = (word: string) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)];

/** The first syllable that does not come back, or undefined. */
function firstFailure(encode: (text: string) => string | Uint8Array, encoding: (typeof LEGACY_ENCODINGS)[number]): string | undefined {
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
          // Only characters the encoding can carry: VISCII and Windows-1258 have no curly quotes.
          const missing = unencodableChars(text, encoding);
          const carried = [...text].map((char) => (missing.has(char) && (encoding === 'viscii' || encoding === 'cp1258') ? '"' : char)).join('');
          expect(decodeLegacy(encodeLegacyText(carried, encoding), { from: encoding })).toBe(carried);
        }
      }
    });
  }
});
