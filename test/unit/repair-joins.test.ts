import { describe, expect, it } from 'vitest';
import { clean, cleanWithEdits, createModelFromText } from '../../src/index.js';

const onlyJoins = { rules: { 'diacritic-typo': false } } as const;

describe('the missing-space repair', () => {
  it.each([
    ['Học sinhđến trường sớm.', 'Học sinh đến trường sớm.'],
    ['Chủ tịch UBNDtỉnh đã ký.', 'Chủ tịch UBND tỉnh đã ký.'],
    ['Họ sẽ đến vào tháng12.', 'Họ sẽ đến vào tháng 12.'],
    ['Thành phốHồ Chí Minh rất đông.', 'Thành phố Hồ Chí Minh rất đông.'],
  ])('splits syllables glued by a lost space: %s', (input, output) => {
    expect(clean(input, onlyJoins)).toBe(output);
  });

  it('puts back a tone mark that slid onto the last letter of the first syllable', () => {
    expect(clean('Ông ấy noírằng sẽ đến.', onlyJoins)).toBe('Ông ấy nói rằng sẽ đến.');
  });

  it('puts back a tone mark that slid onto the next syllable', () => {
    expect(clean('Tôi không coánh nào cả.', onlyJoins)).toBe('Tôi không có anh nào cả.');
  });

  it('splits a token carrying the tone marks of two syllables, even on one letter, with little evidence', () => {
    expect(clean('Con chuế́ch nhảy xuống ao.', onlyJoins)).toBe('Con chú ếch nhảy xuống ao.');
  });

  it('prefers a split to a single syllable two letters away (`đôằn` is not `đoán`)', () => {
    expect(clean('Mẹ nấu đôằn cho cả nhà.')).toBe('Mẹ nấu đồ ăn cho cả nhà.');
  });

  it('never splits codes, measures, brands, loanwords written solid or foreign words', () => {
    const text = 'Giá xăng RON95 tăng, đường dây 220KV, dịch COVID-19, H5N1, 38B và ôtô, taxi, Samsung, iPhone, VietinBank, Facebook đi 10km trên 5ha.';
    expect(clean(text, onlyJoins)).toBe(text);
  });

  it('never splits one bare letter from its digits, a label or a model; `y` is a word of its own', () => {
    for (const text of ['Máy dùng chip Intel Core i5 thế hệ mới.', 'Nay mọi sự đã xoay 180o.', 'Anh có bằng lái b2 từ năm ngoái.']) {
      expect(clean(text, onlyJoins)).toBe(text);
    }
    expect(clean('Vị bác sĩ quân y81 tuổi cho biết.', onlyJoins)).toBe('Vị bác sĩ quân y 81 tuổi cho biết.');
  });

  it('never touches a URL or an e-mail address', () => {
    const text = 'Xem http://example.vn/ha-noihai-phong-hop-tac hoặc gửi thư tới ban.doc@example.vn nhé.';
    expect(clean(text, onlyJoins)).toBe(text);
  });

  it('records one edit per split token, with its rule and a confidence', () => {
    const { edits } = cleanWithEdits('Học sinhđến trường.', onlyJoins);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ start: 4, end: 11, before: 'sinhđến', after: 'sinh đến', rule: 'missing-space' });
    expect(edits[0].confidence).toBeGreaterThan(0.5);
    expect(edits[0].confidence).toBeLessThanOrEqual(1);
  });

  it('can be turned off', () => {
    expect(clean('Học sinhđến trường.', { rules: { 'missing-space': false } })).toBe('Học sinhđến trường.');
  });

  it('reads its statistics from the model it is given', () => {
    const model = createModelFromText(['cá vàng bơi trong bể', 'cá vàng bơi trong ao', 'chim bay trên trời']);
    expect(clean('cá vàngbơi trong bể', { model, rules: { 'diacritic-typo': false } })).toBe('cá vàng bơi trong bể');
  });
});
