import { describe, expect, it } from 'vitest';
import { findMojibakeRepairs } from '../../src/legacy/repair-utf8-mojibake.js';
import { repairMojibake } from '../../src/stages/repair-mojibake.js';
import { collectEdits, render } from '../../src/doc.js';
import { getDefaultModel } from '../../src/model/default-model.js';
import { resolveOptions } from '../../src/options.js';
import { tokenize } from '../../src/tokenize.js';
import type { RuleId } from '../../src/types.js';
import { readArticles } from '../helpers/fixtures.js';

const utf8 = new TextEncoder();
const misread = (text: string, codePage: string) => new TextDecoder(codePage).decode(utf8.encode(text));
const options = { ...resolveOptions(undefined), enabled: new Set<RuleId>(['mojibake' as RuleId]) };
const repair = (text: string) => render(repairMojibake(tokenize(text), options));

function applyRepairs(text: string, model: typeof getDefaultModel | null = getDefaultModel): string {
  let out = '';
  let at = 0;
  for (const found of findMojibakeRepairs(text, model ?? undefined)) {
    out += text.slice(at, found.start) + found.text;
    at = found.end;
  }
  return out + text.slice(at);
}

describe('UTF-8 mojibake repair', () => {
  it('restores `Viá»‡t Nam` to `Việt Nam`', () => {
    expect(repair('Viá»‡t Nam')).toBe('Việt Nam');
  });

  for (const codePage of ['windows-1252', 'latin1', 'windows-1258']) {
    it(`brings every gold fixture back exactly after UTF-8 was read as ${codePage}`, () => {
      for (const { gold } of readArticles()) expect(repair(misread(gold, codePage))).toBe(gold);
    });
  }

  it('restores what the surviving bytes decide when unassigned bytes became U+FFFD and no-break spaces spaces', () => {
    const lossy = misread('Trường Đại học ở Hà Nội thành lập', 'windows-1252')
      .replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '\uFFFD')
      .replace(/\u00a0/g, ' ');
    expect(applyRepairs(lossy)).toBe('Trường Đại học ở Hà Nội thành lập');
  });

  it('marks with U+FFFD a character the surviving bytes and the spelling leave open, with no model to decide', () => {
    // E1 BB ?? with the last byte lost is one of ề ọ ỏ Ố ờ Ỡ; `đ` (intact) + any of them is a syllable.
    expect(applyRepairs('Viá»‡t \u00c4\u2018\u00e1\u00bb\uFFFD', null)).toBe('Việt đ\uFFFD');
  });

  it('leaves a word alone when a lost byte is all there is and nothing decides it', () => {
    expect(applyRepairs('Viá»‡t h\u00e1\u00bb\uFFFD', null)).toBe('Việt h\u00e1\u00bb\uFFFD');
  });

  it('lets the language model choose among the spellings the bytes leave open', () => {
    expect(applyRepairs('Sinh viên \u00c4\u0091i h\u00e1\u00bb\uFFFDc')).toBe('Sinh viên đi học');
  });

  it('makes one edit with the rule `mojibake` per repaired word, spanning the tokens it was split into', () => {
    const doc = repairMojibake(tokenize('Viá»‡t Nam'), options);
    expect(collectEdits(doc)).toEqual([{ start: 0, end: 6, before: 'Viá»‡t', after: 'Việt', rule: 'mojibake', rules: ['mojibake'], confidence: 0.99 }]);
  });

  it('leaves good Unicode alone, the fixtures as found and their gold', () => {
    for (const { input, gold } of readArticles()) {
      expect(repair(input)).toBe(input);
      expect(repair(gold)).toBe(gold);
    }
  });

  it('leaves Latin-1 words of other languages alone', () => {
    const text = 'SÃO Paulo, Äpfel, café, NGÃ BA, Ðà Nẵng, naïve, 50°C, “quoted” – ok…';
    expect(repair(text)).toBe(text);
  });
});
