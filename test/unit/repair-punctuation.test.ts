import { describe, expect, it } from 'vitest';
import { clean, cleanWithEdits } from '../../src/index.js';

describe('the punctuation-space repair', () => {
  it('adds the space after a comma, semicolon or colon glued to the next word', () => {
    expect(clean('Buổi sáng,chiều và tối; mọi người:ai cũng vui.')).toBe('Buổi sáng, chiều và tối; mọi người: ai cũng vui.');
  });

  it('adds the space after a full stop when a capitalised sentence follows', () => {
    expect(clean('Họ đã về.Sau đó trời mưa.')).toBe('Họ đã về. Sau đó trời mưa.');
  });

  it('records the space as an insertion', () => {
    const { edits } = cleanWithEdits('sáng,chiều');
    expect(edits).toEqual([{ start: 5, end: 5, before: '', after: ' ', rule: 'punctuation-space', rules: ['punctuation-space'], confidence: 0.98 }]);
  });

  it.each(['TP.HCM', 'v.v.', '1,5 tỷ', '10.900 đồng', 'lúc 15:30', 'file index.html', 'thư a.b@c.vn', 'trang vnexpress.net'])(
    'leaves %s as it is',
    (text) => {
      expect(clean(text)).toBe(text);
    },
  );

  it('leaves a space before a mark as found', () => {
    expect(clean('Hà Nội , ngày mai')).toBe('Hà Nội , ngày mai');
  });
});
