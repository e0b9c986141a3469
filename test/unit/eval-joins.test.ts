import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removeDiacritics } from '../../src/orthography/letters.js';
import { corruptJoinSite, injectJoin, joinWithSlidTone, listJoinSites } from '../../scripts/lib/eval-joins.js';
import { createRandom } from '../../scripts/lib/eval-random.js';

const GOLD = readFileSync(new URL('../../fixtures/004_74a1b0eedb10951d.gold.txt', import.meta.url), 'utf8');
const GOLD_LINES = GOLD.split('\n').filter((line) => line.length > 40);

const countTones = (text: string): number => [...text.normalize('NFD')].filter((char) => /[\u0300\u0301\u0303\u0309\u0323]/.test(char)).length;
const sitesAsText = (text: string, family: Parameters<typeof listJoinSites>[1]): string[] =>
  listJoinSites(text, family).map((site) => text.slice(site.left.start, site.right.end));

describe('join sites', () => {
  it('lists every pair of syllables separated by one space', () => {
    expect(sitesAsText('Hà Nội và Ninh Bình', 'syllable')).toEqual(['Hà Nội', 'Nội và', 'và Ninh', 'Ninh Bình']);
  });

  it('skips pairs across punctuation, double spaces, numbers and words that are not syllables', () => {
    expect(sitesAsText('hai tỉnh, ba  huyện 5 xã Samsung mới', 'syllable')).toEqual(['hai tỉnh']);
  });

  it('lists, as tone-next places, only the pairs whose tone can slide onto the next syllable', () => {
    expect(sitesAsText('dự án của anh là ông Hà', 'tone-next')).toEqual(['dự án', 'là ông']);
  });

  it('lists numbers next to syllables, in either order, as letter-digit places', () => {
    expect(sitesAsText('trong 5 năm 2019, tăng 10%', 'letter-digit')).toEqual(['trong 5', '5 năm', 'năm 2019', 'tăng 10']);
  });

  it('lists a word-final , ; : . ! ? followed by a syllable as punctuation places', () => {
    expect(sitesAsText('sản, gạo; hỗ: trợ. Hai! Ba? Bốn', 'punctuation')).toEqual(
      [', gạo', '; hỗ', ': trợ', '. Hai', '! Ba', '? Bốn'],
    );
  });

  it('skips punctuation after a space or before a number or a foreign word', () => {
    expect(sitesAsText('a , bà, 2019 ; mới. Samsung', 'punctuation')).toEqual([]);
  });
});

describe('joinWithSlidTone', () => {
  it('slides the tone onto the last letter of the first syllable when that is a vowel', () => {
    expect(joinWithSlidTone('Nội', 'và')).toEqual({ text: 'Nôịvà', kind: 'join-tone-own' });
    expect(joinWithSlidTone('người', 'tiêu')).toEqual({ text: 'ngươìtiêu', kind: 'join-tone-own' });
    expect(joinWithSlidTone('của', 'anh')).toEqual({ text: 'cuảanh', kind: 'join-tone-own' });
  });

  it('slides a tone already on the last letter onto the next syllable’s first vowel, which keeps its own', () => {
    expect(joinWithSlidTone('dự', 'án')).toEqual({ text: 'dư\u1EA1\u0301n', kind: 'join-tone-next' });
    expect(joinWithSlidTone('là', 'anh')).toEqual({ text: 'laành', kind: 'join-tone-next' });
    expect(joinWithSlidTone('Hà', 'Ông')).toEqual({ text: 'HaỒng', kind: 'join-tone-next' });
  });

  it('cannot slide without a tone, or with a consonant after the toned letter', () => {
    expect(joinWithSlidTone('hai', 'địa')).toBeUndefined();
    expect(joinWithSlidTone('tiến', 'anh')).toBeUndefined();
    expect(joinWithSlidTone('Hà', 'Nội')).toBeUndefined();
  });
});

describe('corruptJoinSite', () => {
  it('removes exactly the one space of the site and moves at most one tone mark', () => {
    for (const line of GOLD_LINES) {
      for (const family of ['syllable', 'tone-next', 'letter-digit', 'punctuation'] as const) {
        listJoinSites(line, family).forEach((site, index) => {
          const corruption = corruptJoinSite(line, site, family, createRandom(index));
          const spaceAt = site.left.end;
          expect(removeDiacritics(corruption.text)).toBe(removeDiacritics(line.slice(0, spaceAt) + line.slice(spaceAt + 1)));
          expect(countTones(corruption.text)).toBe(countTones(line));
          expect(corruption.text.slice(0, corruption.start) + corruption.expected + corruption.text.slice(corruption.end)).toBe(line);
        });
      }
    }
  });

  it('leaves tone marks where they were for number and punctuation joins', () => {
    const corruption = corruptJoinSite('trong 5 năm', listJoinSites('trong 5 năm', 'letter-digit')[1], 'letter-digit', createRandom(1));
    expect(corruption).toMatchObject({ kind: 'letter-digit', text: 'trong 5năm', expected: '5 năm' });
    const stop = corruptJoinSite('sản phẩm. Hai bên', listJoinSites('sản phẩm. Hai bên', 'punctuation')[0], 'punctuation', createRandom(1));
    expect(stop).toMatchObject({ kind: 'sentence-stop', text: 'sản phẩm.Hai bên', expected: '. Hai' });
  });

  it('slides the tone about half of the times it can', () => {
    const site = listJoinSites('lợi ích', 'syllable')[0];
    const random = createRandom(7);
    let slid = 0;
    for (let i = 0; i < 2000; i++) if (corruptJoinSite('lợi ích', site, 'syllable', random).kind === 'join-tone-own') slid++;
    expect(slid).toBeGreaterThan(900);
    expect(slid).toBeLessThan(1100);
  });

  it('always slides the tone in the tone-next family', () => {
    const site = listJoinSites('dự án', 'tone-next')[0];
    const random = createRandom(7);
    for (let i = 0; i < 200; i++) expect(corruptJoinSite('dự án', site, 'tone-next', random).kind).toBe('join-tone-next');
  });

  it('never slides a tone that has nowhere to go', () => {
    const site = listJoinSites('tiến hành', 'syllable')[0];
    const random = createRandom(7);
    for (let i = 0; i < 200; i++) expect(corruptJoinSite('tiến hành', site, 'syllable', random).text).toBe('tiếnhành');
  });
});

describe('injectJoin', () => {
  const sentence = 'Hai bên sẽ phối hợp phát triển du lịch và thương mại.';

  it('is deterministic for a seed', () => {
    expect(injectJoin(sentence, 'syllable', createRandom(42))).toEqual(injectJoin(sentence, 'syllable', createRandom(42)));
  });

  it('draws the place uniformly among all places of the sentence', () => {
    const sites = listJoinSites(sentence, 'syllable');
    const random = createRandom(3);
    const drawn = new Map<number, number>();
    const draws = 4000;
    for (let i = 0; i < draws; i++) {
      const corruption = injectJoin(sentence, 'syllable', random);
      const start = corruption?.start ?? -1;
      drawn.set(start, (drawn.get(start) ?? 0) + 1);
    }
    expect([...drawn.keys()].sort((a, b) => a - b)).toEqual(sites.map((site) => site.left.start));
    for (const count of drawn.values()) expect(count).toBeGreaterThan((draws / sites.length) * 0.75);
  });

  it('returns nothing for a text without a place of the family', () => {
    expect(injectJoin('Samsung Galaxy', 'syllable', createRandom(1))).toBeUndefined();
    expect(injectJoin('hai bên', 'letter-digit', createRandom(1))).toBeUndefined();
  });
});

