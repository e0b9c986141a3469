import { describe, expect, it } from 'vitest';
import { breakAt, wrapPoints } from '../../scripts/lib/eval-wrap.js';

describe('wrapping a line as PDF extraction does', () => {
  it('breaks at the last space that fits, line after line', () => {
    const text = 'một hai ba bốn năm sáu bảy';
    expect(breakAt(text, wrapPoints(text, 10))).toBe('một hai ba\nbốn năm\nsáu bảy');
  });

  it('keeps a word longer than the width whole', () => {
    expect(breakAt('a bbbbbbbbbbbb c', wrapPoints('a bbbbbbbbbbbb c', 5))).toBe('a\nbbbbbbbbbbbb\nc');
  });

  it('leaves a line that fits, and keeps the length of the text', () => {
    expect(wrapPoints('ngắn thôi', 40)).toEqual([]);
    const text = 'Hà Nội đẩy mạnh hợp tác vì sự phát triển chung';
    expect(breakAt(text, wrapPoints(text, 12))).toHaveLength(text.length);
  });

  it('refuses to break where there is no space', () => {
    expect(() => breakAt('ab', [1])).toThrow(RangeError);
  });
});
