import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/tokenize.js';
import { startsClause } from '../../src/stages/clause-start.js';

// The token before the last word of a text, spaces aside.
function beforeLastWord(text: string) {
  const tokens = tokenize(text).tokens.filter((token) => token.kind !== 'space');
  return tokens[tokens.length - 2];
}

describe('where a capital starts a clause rather than a name', () => {
  it('is the start of a sentence', () => {
    expect(startsClause(undefined)).toBe(true);
  });

  it.each(['Thông báo: Hàng', 'Anh nói: "Tôi', 'Ông hỏi (Sao', 'Tin nhanh – Giá'])('is after a mark that opens a clause: %s', (text) => {
    expect(startsClause(beforeLastWord(text))).toBe(true);
  });

  it.each(['gặp anh Hùng', 'Hà Nội, Hải', 'về Đà'])('is not after a word or a comma: %s', (text) => {
    expect(startsClause(beforeLastWord(text))).toBe(false);
  });
});
