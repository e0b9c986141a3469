import { describe, expect, it } from 'vitest';
import { countCodePoints, lineStartsOf, locateEdits } from '../../src/cli/locate-edits.js';
import type { Edit } from '../../src/index.js';

function editAt(text: string, before: string): Edit {
  const start = text.indexOf(before);
  return { start, end: start + before.length, before, after: before, rule: 'tone-style', rules: ['tone-style'], confidence: 1 };
}

describe('locateEdits', () => {
  it('starts lines after LF, CRLF and lone CR', () => {
    expect(lineStartsOf('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7]);
  });

  it('counts a surrogate pair as one character', () => {
    expect(countCodePoints('😀a', 0, 3)).toBe(2);
    expect(countCodePoints('\uDE00a', 0, 2)).toBe(2);
  });

  it('gives each edit its line and its column in characters', () => {
    const text = 'xin chào\r\n😀 hoà\rvà Nôị';
    const { edits, extent } = locateEdits(text, [editAt(text, 'chào'), editAt(text, 'hoà'), editAt(text, 'Nôị')]);
    expect(edits.map(({ lineDelta, column }) => [lineDelta, column])).toEqual([
      [0, 4],
      [1, 2],
      [2, 3],
    ]);
    expect(extent).toEqual({ lines: 2, tailColumns: 6 });
  });

  it('counts the columns of many edits on one line as the characters before each', () => {
    const text = '😀 hoà và 😀 thuỷ, hoà\nhoà';
    const edits: Edit[] = [...text.matchAll(/hoà|thuỷ/g)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      before: match[0],
      after: match[0],
      rule: 'tone-style',
      rules: ['tone-style'],
      confidence: 1,
    }));
    const located = locateEdits(text, edits).edits.map(({ lineDelta, column }) => [lineDelta, column]);
    expect(located).toEqual([
      [0, 2],
      [0, 11],
      [0, 17],
      [1, 0],
    ]);
  });
});
