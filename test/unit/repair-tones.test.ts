import { describe, expect, it } from 'vitest';
import { collectEdits, render } from '../../src/doc.js';
import { resolveOptions } from '../../src/options.js';
import { repairTones } from '../../src/stages/repair-tones.js';
import { tokenize } from '../../src/tokenize.js';
import type { CleanOptions, Edit } from '../../src/types.js';

function repair(text: string, options?: CleanOptions): { text: string; edits: Edit[] } {
  const doc = repairTones(tokenize(text), resolveOptions(options));
  return { text: render(doc), edits: collectEdits(doc) };
}

describe('repairTones', () => {
  it.each([
    ['cuả', 'của'],
    ['Nôị', 'Nội'],
    ['ngừơi', 'người'],
    ['tuôỉ', 'tuổi'],
    ['hòan', 'hoàn'],
    ['qúy', 'quý'],
    ['gìa', 'già'],
  ])('moves the misplaced tone of %s onto the right letter', (input, output) => {
    const { text, edits } = repair(input);
    expect(text).toBe(output);
    expect(edits).toEqual([{ start: 0, end: input.length, before: input, after: output, rule: 'tone-placement', rules: ['tone-placement'], confidence: 0.99 }]);
  });

  it('keeps the case of every letter', () => {
    expect(repair('CUẢ Cuả NÔỊ').text).toBe('CỦA Của NỘI');
  });

  it('writes open oa/oe/uy rimes classically by default', () => {
    const { text, edits } = repair('Hoà Thuỷ khoẻ');
    expect(text).toBe('Hòa Thủy khỏe');
    expect(edits.map((edit) => [edit.rule, edit.confidence])).toEqual([
      ['tone-style', 1],
      ['tone-style', 1],
      ['tone-style', 1],
    ]);
  });

  it('writes them on the second vowel in the modern style', () => {
    expect(repair('Hòa Thủy khỏe', { toneStyle: 'modern' }).text).toBe('Hoà Thuỷ khoẻ');
  });

  it('keeps either placement in the preserve style, but still moves a misplaced tone (classically)', () => {
    expect(repair('Hòa hoà cuả', { toneStyle: 'preserve' }).text).toBe('Hòa hoà của');
  });

  it('leaves syllables whose tone is where both styles put it', () => {
    expect(repair('hoàn toàn của người').edits).toEqual([]);
  });

  it('leaves words that are not one syllable, and protected spans', () => {
    expect(repair('Nôịvà taxi #Hoà hoà.vn').text).toBe('Nôịvà taxi #Hoà hoà.vn');
  });

  it('leaves misplaced tones when tone-placement is off', () => {
    expect(repair('cuả Hoà', { rules: { 'tone-placement': false } }).text).toBe('cuả Hòa');
  });

  it('leaves the tone style when tone-style is off', () => {
    expect(repair('cuả Hoà', { rules: { 'tone-style': false } }).text).toBe('của Hoà');
  });
});
