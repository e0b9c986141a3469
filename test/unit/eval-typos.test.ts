import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removeToneFromLetter, skeletonOf, toneOfLetter } from '../../src/orthography/letters.js';
import { isVietnameseSyllable } from '../../src/orthography/syllable.js';
import { createRandom } from '../../scripts/lib/eval-random.js';
import { applyTypo, injectTypo, listTypoSites, typoOperationsOf } from '../../scripts/lib/eval-typos.js';

const GOLD = readFileSync(new URL('../../fixtures/000_6a7ce73d3663950d.gold.txt', import.meta.url), 'utf8');
const tonelessOf = (syllable: string): string => [...syllable].map(removeToneFromLetter).join('');
const toneOf = (syllable: string): number => Math.max(...[...syllable].map(toneOfLetter));
const SYLLABLES = [...new Set(listTypoSites(GOLD).map((token) => token.text))];

describe('typoOperationsOf', () => {
  it('offers a tone change for every syllable', () => {
    expect(typoOperationsOf('ba')).toEqual(['change-tone']);
  });

  it('offers dropping the tone, the modifiers and the stroke of đ only when the syllable has them', () => {
    expect(typoOperationsOf('bà')).toEqual(['change-tone', 'drop-tone']);
    expect(typoOperationsOf('tiến')).toEqual(['change-tone', 'drop-tone', 'drop-modifier']);
    expect(typoOperationsOf('Đường')).toEqual(['change-tone', 'drop-tone', 'drop-modifier', 'd-for-dd']);
  });
});

describe('applyTypo', () => {
  it('drops the tone and nothing else', () => {
    expect(applyTypo('Nội', 'drop-tone', createRandom(1))).toBe('Nôi');
  });

  it('drops every vowel modifier and leaves the tone on its letter', () => {
    expect(applyTypo('tiến', 'drop-modifier', createRandom(1))).toBe('tién');
    expect(applyTypo('đường', 'drop-modifier', createRandom(1))).toBe('đuòng');
    expect(applyTypo('Ấn', 'drop-modifier', createRandom(1))).toBe('Án');
  });

  it('writes d for đ, keeping case', () => {
    expect(applyTypo('Đà', 'd-for-dd', createRandom(1))).toBe('Dà');
    expect(applyTypo('đi', 'd-for-dd', createRandom(1))).toBe('di');
  });

  it('changes the tone to another one, on the letter the syllable’s style puts it, keeping case', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) seen.add(applyTypo('Hòa', 'change-tone', createRandom(seed)));
    expect([...seen].sort()).toEqual(['Hóa', 'Hõa', 'Hỏa', 'Họa'].sort());
    for (let seed = 0; seed < 20; seed++) expect(applyTypo('hoà', 'change-tone', createRandom(seed))).toMatch(/^ho[áảãạ]$/);
  });

  it('always gives a different spelling with the same skeleton', () => {
    const random = createRandom(5);
    for (const syllable of SYLLABLES) {
      for (const operation of typoOperationsOf(syllable)) {
        const typo = applyTypo(syllable, operation, random);
        expect(typo).not.toBe(syllable);
        expect(skeletonOf(typo)).toBe(skeletonOf(syllable));
        expect(typo.length).toBe(syllable.length);
      }
    }
  });

  it('changes only what the operation names', () => {
    const random = createRandom(9);
    for (const syllable of SYLLABLES) {
      const changed = applyTypo(syllable, 'change-tone', random);
      expect(tonelessOf(changed)).toBe(tonelessOf(syllable));
      expect(toneOf(changed)).not.toBe(toneOf(syllable));
      if (toneOf(syllable) !== 0) expect(applyTypo(syllable, 'drop-tone', random)).toBe(tonelessOf(syllable));
    }
  });
});

describe('injectTypo', () => {
  const sentence = 'Hai bên sẽ phối hợp tổ chức các hoạt động xúc tiến đầu tư.';

  it('is deterministic for a seed', () => {
    expect(injectTypo(sentence, createRandom(11))).toEqual(injectTypo(sentence, createRandom(11)));
  });

  it('damages one syllable and leaves the rest of the text as it was', () => {
    const random = createRandom(2);
    for (let i = 0; i < 300; i++) {
      const corruption = injectTypo(sentence, random);
      if (!corruption) throw new Error('Expected a typo');
      expect(corruption.text.slice(0, corruption.start)).toBe(sentence.slice(0, corruption.start));
      expect(corruption.text.slice(corruption.end)).toBe(sentence.slice(corruption.start + corruption.expected.length));
      expect(corruption.text.slice(corruption.start, corruption.end)).not.toBe(corruption.expected);
    }
  });

  it('files the typo as real-word exactly when the result is a valid syllable', () => {
    const random = createRandom(4);
    const kinds = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const corruption = injectTypo(sentence, random);
      if (!corruption) throw new Error('Expected a typo');
      const typo = corruption.text.slice(corruption.start, corruption.end);
      expect(corruption.kind).toBe(isVietnameseSyllable(typo) ? 'typo-real-word' : 'typo-non-word');
      kinds.add(corruption.kind);
    }
    expect(kinds).toEqual(new Set(['typo-real-word', 'typo-non-word']));
  });

  it('reaches every syllable of the sentence', () => {
    const random = createRandom(8);
    const hit = new Set<number>();
    for (let i = 0; i < 2000; i++) hit.add(injectTypo(sentence, random)?.start ?? -1);
    expect([...hit].sort((a, b) => a - b)).toEqual(listTypoSites(sentence).map((token) => token.start));
  });

  it('returns nothing for a text without syllables', () => {
    expect(injectTypo('Samsung 2019', createRandom(1))).toBeUndefined();
  });
});
