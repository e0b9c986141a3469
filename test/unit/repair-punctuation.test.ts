import { describe, expect, it } from 'vitest';
import { clean, cleanWithEdits } from '../../src/index.js';

describe('the punctuation-space repair', () => {
  it('adds the space after a comma, semicolon or colon glued to the next word', () => {
    expect(clean('Buổi sáng,chiều và tối; mọi người:ai cũng vui.')).toBe('Buổi sáng, chiều và tối; mọi người: ai cũng vui.');
  });

  it('adds the space after a full stop when a capitalised sentence follows', () => {
    expect(clean('Họ đã về.Sau đó trời mưa.')).toBe('Họ đã về. Sau đó trời mưa.');
  });

  it.each([
    ['after a foreign word', 'Ông sống ở Berlin,sau đó về nước.', 'Ông sống ở Berlin, sau đó về nước.'],
    ['after a foreign name and a full stop', 'Ông gặp Obama.Hai người bàn về kinh tế.', 'Ông gặp Obama. Hai người bàn về kinh tế.'],
    ['after an acronym', 'Giá 20 USD,rẻ hơn năm ngoái.', 'Giá 20 USD, rẻ hơn năm ngoái.'],
    ['after a number', 'Đến năm 2019,dự án hoàn thành.', 'Đến năm 2019, dự án hoàn thành.'],
    ['after a date and a full stop', 'Luật có hiệu lực từ 1/7/2020.Các cơ quan phải thi hành.', 'Luật có hiệu lực từ 1/7/2020. Các cơ quan phải thi hành.'],
  ])('adds the space %s when a Vietnamese word follows', (_, input, output) => {
    expect(clean(input)).toBe(output);
  });

  it('leaves a full stop after an abbreviation that news writes glued as readily as spaced, or after an initial', () => {
    for (const text of ['TP.Hà Nội', 'TX.Sơn Tây', 'Q.Bình Thạnh', 'anh S.Ngay sau đó']) expect(clean(text)).toBe(text);
  });

  it('adds the space after the full stop of an acronym that ends a sentence', () => {
    expect(clean('Giá vàng tính bằng USD.Sau đó giá giảm.')).toBe('Giá vàng tính bằng USD. Sau đó giá giảm.');
  });

  it('leaves a mark after a lone letter, a slip inside a word rather than a lost space', () => {
    expect(clean('chủ đầu t,ư')).toBe('chủ đầu t,ư');
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
