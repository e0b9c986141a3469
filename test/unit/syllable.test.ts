// Exhaustive checks of the syllable rules against the inventory in test/fixtures-data/syllables.txt.
import { describe, expect, it } from 'vitest';
import { addToneToLetter, isVowelLetter, type Tone } from '../../src/orthography/letters.js';
import { GENERAL_RIMES, ONSETLESS_Y_RIMES, QU_RIMES } from '../../src/orthography/rimes.js';
import { composeSyllable, isVietnameseSyllable, parseSyllable } from '../../src/orthography/syllable.js';
import { readRepoFile, readSyllableInventory } from '../helpers/fixtures.js';

const inventory = readSyllableInventory();
const ruleRows = inventory.filter((row) => row.kind === 'rule');
const ruleSet = new Set(ruleRows.map((row) => row.syllable));

describe('the syllable inventory fixture', () => {
  it('names where it comes from on its first line', () => {
    expect(readRepoFile('test/fixtures-data/syllables.txt').split('\n')[0]).toMatch(/^# .*syllables\.tsv.*generated for this project/);
  });

  it('is whole: 17,760 standard syllables, 720 of them in one of two tone styles, and the non-standard rows', () => {
    expect(ruleRows).toHaveLength(17_760);
    expect(ruleRows.filter((row) => row.toneStyle === 'old')).toHaveLength(360);
    expect(ruleRows.filter((row) => row.toneStyle === 'new')).toHaveLength(360);
    expect(inventory.filter((row) => row.kind !== 'rule').length).toBeGreaterThan(250);
  });

  it('holds each syllable once, in lower case and NFC', () => {
    expect(new Set(inventory.map((row) => row.syllable)).size).toBe(inventory.length);
    for (const { syllable } of inventory) {
      expect(syllable).toBe(syllable.toLowerCase().normalize('NFC'));
    }
  });
});

describe('every standard syllable of the inventory', () => {
  it('parses, in lower case, capitalised and upper case', () => {
    const failures = ruleRows.filter(({ syllable }) => {
      const upper = syllable.toUpperCase();
      const title = syllable[0].toUpperCase() + syllable.slice(1);
      return ![syllable, upper, title].every(isVietnameseSyllable);
    });
    expect(failures).toEqual([]);
  });

  it('is written back unchanged by composeSyllable in its own tone style', () => {
    const failures: string[] = [];
    for (const { syllable, toneStyle } of ruleRows) {
      const parsed = parseSyllable(syllable)!;
      if (toneStyle !== 'new' && composeSyllable(parsed, 'classic') !== syllable) failures.push(`classic ${syllable}`);
      if (toneStyle !== 'old' && composeSyllable(parsed, 'modern') !== syllable) failures.push(`modern ${syllable}`);
      if (composeSyllable(parsed, 'preserve') !== syllable) failures.push(`preserve ${syllable}`);
    }
    expect(failures).toEqual([]);
  });

  it('is written in the other tone style as its partner row of the inventory', () => {
    const failures: string[] = [];
    for (const { syllable, toneStyle } of ruleRows) {
      if (toneStyle === '') continue;
      const other = composeSyllable(parseSyllable(syllable)!, toneStyle === 'old' ? 'modern' : 'classic');
      if (other === syllable || !ruleSet.has(other)) failures.push(syllable);
    }
    expect(failures).toEqual([]);
  });
});

describe('the non-standard rows of the inventory', () => {
  it('are all rejected: loans, foreign words, misspellings and misplaced tones (kông, gym, qúy, ngươì)', () => {
    const accepted = inventory.filter((row) => row.kind !== 'rule' && isVietnameseSyllable(row.syllable));
    expect(accepted).toEqual([]);
  });
});

// Rimes built from Vietnamese spelling parts, independently of the rime tables, and then the
// tables themselves on top: medial, then nucleus, then coda.
const MEDIALS = ['', 'o', 'u'];
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'ia', 'iê', 'ya', 'yê', 'ua', 'uô', 'ưa', 'ươ', 'oo'];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'y', 'o', 'u'];
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const RIMES = new Set([
  ...MEDIALS.flatMap((medial) => NUCLEI.flatMap((nucleus) => CODAS.map((coda) => medial + nucleus + coda))),
  ...GENERAL_RIMES,
  ...QU_RIMES,
  ...ONSETLESS_Y_RIMES,
]);

/** Every way to write `bare` with `tone` on one of its vowels. */
function withToneAnywhere(bare: string, tone: Tone): string[] {
  if (tone === 0) return [bare];
  const spellings: string[] = [];
  for (let i = 0; i < bare.length; i++) {
    if (!isVowelLetter(bare[i])) continue;
    spellings.push(bare.slice(0, i) + addToneToLetter(bare[i], tone) + bare.slice(i + 1));
  }
  return spellings;
}

describe('the validator over every onset × rime × tone × tone position', () => {
  it(`accepts exactly the standard syllables of the inventory among ${ONSETS.length} onsets × ${RIMES.size} rimes`, () => {
    const accepted = new Set<string>();
    let built = 0;
    for (const onset of ONSETS) {
      for (const rime of RIMES) {
        for (let tone = 0 as Tone; tone <= 5; tone = (tone + 1) as Tone) {
          for (const spelling of withToneAnywhere(onset + rime, tone)) {
            built++;
            if (isVietnameseSyllable(spelling)) accepted.add(spelling);
          }
        }
      }
    }
    expect(built).toBeGreaterThan(290_000);
    expect([...accepted].filter((syllable) => !ruleSet.has(syllable))).toEqual([]);
    expect([...ruleSet].filter((syllable) => !accepted.has(syllable))).toEqual([]);
  });
});
