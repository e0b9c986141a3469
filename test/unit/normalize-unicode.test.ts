import { describe, expect, it } from 'vitest';
import { collectEdits, render } from '../../src/doc.js';
import { resolveOptions } from '../../src/options.js';
import { clean } from '../../src/index.js';
import { normalizeUnicode } from '../../src/stages/normalize-unicode.js';
import { tokenize } from '../../src/tokenize.js';
import type { CleanOptions, Edit } from '../../src/types.js';

function normalize(text: string, options?: CleanOptions): { text: string; edits: Edit[] } {
  const doc = normalizeUnicode(tokenize(text), resolveOptions(options));
  return { text: render(doc), edits: collectEdits(doc) };
}

describe('normalizeUnicode', () => {
  it('composes decomposed letters', () => {
    const { text, edits } = normalize('Ha\u0300 No\u0302\u0323i');
    expect(text).toBe('Hà Nội');
    expect(edits.map((edit) => [edit.before, edit.after, edit.rule, edit.confidence])).toEqual([
      ['Ha\u0300', 'Hà', 'unicode-nfc', 1],
      ['No\u0302\u0323i', 'Nội', 'unicode-nfc', 1],
    ]);
  });

  it('composes a tone mark written before or after the modifier of its vowel', () => {
    expect(normalize('u\u0300\u031B u\u031B\u0300').text).toBe('ừ ừ');
  });

  it.each([
    ['a zero-width space', 'Hà\u200BNội', 'HàNội'],
    ['a soft hyphen', 'phát\u00ADtriển', 'pháttriển'],
    ['a left-to-right mark', 'Hà \u200ENội', 'Hà Nội'],
    ['a word joiner', 'Hà\u2060 Nội', 'Hà Nội'],
    ['bidirectional embedding', '\u202AHà Nội\u202C', 'Hà Nội'],
    ['a byte-order mark inside the text', 'Hà\uFEFF Nội', 'Hà Nội'],
    ['a zero-width joiner inside a Latin word', 'Hà\u200DNội', 'HàNội'],
    ['an invisible character between a letter and its mark', 'o\uFEFF\u0300', 'ò'],
  ])('removes %s', (_name, input, output) => {
    const { text, edits } = normalize(input);
    expect(text).toBe(output);
    expect(edits.every((edit) => edit.rules.includes('invisible-character'))).toBe(true);
  });

  it('collapses two spaces that a repair leaves side by side in different tokens', () => {
    // `Â ` is a no-break space read as Windows-1252, `Ã¡` is `á`: the repair gives back a space.
    expect(clean('và Â Ã¡')).toBe('và á');
    expect(clean('và Â Ã¡ và 0 và')).toBe('và á và 0 và');
  });

  it('keeps a byte-order mark that opens the text', () => {
    expect(normalize('\uFEFFHà Nội').text).toBe('\uFEFFHà Nội');
  });

  it('keeps zero-width joiners outside Latin words, where emoji and other scripts need them', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(normalize(`Gia đình ${family}`).text).toBe(`Gia đình ${family}`);
    expect(normalize('\u0915\u094D\u200D\u0937').text).toBe('\u0915\u094D\u200D\u0937');
  });

  it.each([
    ['a no-break space', 'Hà\u00A0Nội'],
    ['a thin space', 'Hà\u2009Nội'],
    ['a narrow no-break space', 'Hà\u202FNội'],
    ['an ideographic space', 'Hà\u3000Nội'],
    ['an em space', 'Hà\u2003Nội'],
  ])('turns %s into a plain space', (_name, input) => {
    const { text, edits } = normalize(input);
    expect(text).toBe('Hà Nội');
    expect(edits[0].rule).toBe('space-separator');
  });

  it('turns a run of spaces into one', () => {
    const { text, edits } = normalize('Hà   Nội \u00A0 và');
    expect(text).toBe('Hà Nội và');
    expect(edits.map((edit) => edit.rule)).toEqual(['space-run', 'space-run']);
  });

  it('keeps tabs and line breaks', () => {
    expect(normalize('Hà\tNội\n\nvà\r\n').text).toBe('Hà\tNội\n\nvà\r\n');
  });

  it.each([
    ['Ðà Nẵng', 'Đà Nẵng'],
    ['ðồng', 'đồng'],
    ['\u0189ỗ', 'Đỗ'],
    ['ÐƯỜNG', 'ĐƯỜNG'],
  ])('writes Đ for an eth or African D used in its place: %s → %s', (input, output) => {
    const { text, edits } = normalize(input);
    expect(text).toBe(output);
    expect(edits[0]).toMatchObject({ rule: 'd-stroke', confidence: 0.99 });
  });

  it.each(['Guðmundsson', 'Ðóra', 'bróðir'])('keeps the eth of a word that is not Vietnamese: %s', (word) => {
    expect(normalize(word).text).toBe(word);
  });

  it('only composes protected spans, and keeps what they carry', () => {
    expect(normalize('#Hoa\u0300 https://x.vn/a\u200Bb RON95\u00A0').text).toBe('#Hoà https://x.vn/a\u200Bb RON95 ');
  });

  it.each([
    ['unicode-nfc', 'Ha\u0300'],
    ['invisible-character', 'Hà\u200BNội'],
    ['space-separator', 'Hà\u00A0Nội'],
    ['space-run', 'Hà  Nội'],
    ['d-stroke', 'Ðà'],
  ] as const)('leaves the text alone when %s is off', (rule, input) => {
    const { text, edits } = normalize(input, { rules: { [rule]: false } });
    expect(text).toBe(input);
    expect(edits).toEqual([]);
  });
});
