import { describe, expect, it } from 'vitest';
import { clean, cleanWithEdits, createModelFromText } from '../../src/index.js';
import { TYPO_COSTS, nonWordCost, slipCost } from '../../src/stages/repair-typos.js';
import { readRuleSyllables } from '../helpers/fixtures.js';

describe('the diacritic-typo repair', () => {
  it.each([
    ['Anh ấy học trường đai học Bách khoa.', 'Anh ấy học trường đại học Bách khoa.'],
    ['Sản phẩm đươc bán ở chợ.', 'Sản phẩm được bán ở chợ.'],
    ['Họ rất vui mưng khi gặp lại nhau.', 'Họ rất vui mừng khi gặp lại nhau.'],
    ['Kết qua thi đã có.', 'Kết quả thi đã có.'],
  ])('repairs what the context shows: %s', (input, output) => {
    expect(clean(input)).toBe(output);
  });

  it('records the repair with its rule and a confidence', () => {
    const { edits } = cleanWithEdits('Sản phẩm đươc bán ở chợ.');
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ before: 'đươc', after: 'được', rule: 'diacritic-typo' });
    expect(edits[0].confidence).toBeGreaterThan(0.5);
  });

  it('reads a capital after a colon or an opening quote as the start of a clause, not as a name', () => {
    expect(clean('Thông báo: Hang nghìn hộ dân đã được hỗ trợ.')).toBe('Thông báo: Hàng nghìn hộ dân đã được hỗ trợ.');
  });

  it('weighs a valid syllable only in a sentence of three words or more; a non-word in any', () => {
    expect(clean('Về nha.')).toBe('Về nha.');
    expect(clean('Về nha sớm.')).toBe('Về nhà sớm.');
    expect(clean('Đi hoc.')).toBe('Đi học.');
  });

  it('keeps a valid syllable that opens a sentence in lower case: the sentence was cut from a longer one', () => {
    expect(clean('ty tại Hà Nội. Các doanh nghiệp')).toBe('ty tại Hà Nội. Các doanh nghiệp');
    expect(clean('hang nghìn hộ dân đã được hỗ trợ.')).toBe('hang nghìn hộ dân đã được hỗ trợ.');
    expect(clean('Hang nghìn hộ dân đã được hỗ trợ.')).toBe('Hàng nghìn hộ dân đã được hỗ trợ.');
    expect(clean('đươc bán ở chợ.')).toBe('được bán ở chợ.');
  });

  it('leaves a non-word that news writes whole as a word of its own (a loanword), and repairs a slip', () => {
    expect(clean('Đội bóng lọt vào top 4 của giải.')).toBe('Đội bóng lọt vào top 4 của giải.');
    expect(clean('Nếu không cấp cứu kip thời thì rất nguy hiểm.')).toBe('Nếu không cấp cứu kịp thời thì rất nguy hiểm.');
  });

  it('leaves the syllables of a foreign name spelt out with hyphens, but not names joined by one', () => {
    for (const text of ['Quốc vương A-rập Xê-út Xan-man đã đến.', 'Các nước Gru-di-a, U-crai-na, Cư-rơ-gư-xtan đã ký.']) expect(clean(text)).toBe(text);
    expect(clean('Trận đấu CLB Hà Nội-Hai Phòng trên sân.')).toBe('Trận đấu CLB Hà Nội-Hải Phòng trên sân.');
  });

  it('needs less evidence against a syllable that is seldom written at all', () => {
    // `rật` is a valid syllable that text hardly uses; the model's gain for `rất` is just at the cost of a changed tone.
    expect(clean('Su-35S của Nga đã bay rật gần phi cơ trinh sát của Mỹ.')).toBe('Su-35S của Nga đã bay rất gần phi cơ trinh sát của Mỹ.');
  });

  it('keeps the letter case of the word it repairs', () => {
    expect(clean('Sản phẩm Đươc bán ở chợ.')).toBe('Sản phẩm Được bán ở chợ.');
  });

  it.each([
    ['text without Vietnamese marks is no typo', 'Nguyen Van A lives in Ha Noi and likes pho.'],
    // `chẽ` nearly always follows `chặt`: few words come before it, but it is written often.
    ['a syllable is rare by its own uses, not by how few words come before it', ' chẽ, hỗ trợ tháo gỡ khó khăn,'],
    // `khoông` (Telex residue of `không`) is no syllable; `khoong` is one, seen about once in the training news.
    ['a word is never repaired into a reading the training text hardly used', 'Cảm giác tồi tệ khoông chỉ cho bạn.'],
  ])('leaves text alone: %s', (_why, text) => {
    expect(clean(text)).toBe(text);
  });

  it('can be turned off', () => {
    expect(clean('Sản phẩm đươc bán ở chợ.', { rules: { 'diacritic-typo': false } })).toBe('Sản phẩm đươc bán ở chợ.');
  });

  it('prefers what is written unless the model it is given says otherwise by a wide margin', () => {
    const texts = Array.from({ length: 30 }, () => 'mẹ tôi đi chợ mua cá');
    const model = createModelFromText([...texts, 'bà tôi đi chợ mua rau', 'má tôi ở nhà']);
    expect(clean('mẹ tôi đi chợ mua cá', { model })).toBe('mẹ tôi đi chợ mua cá');
    expect(clean('má tôi ở nhà', { model })).toBe('má tôi ở nhà');
  });
});

describe('the minimum confidence', () => {
  it('drops context repairs less sure than asked', () => {
    const input = 'Họ rất vui mưng khi gặp lại nhau.';
    const [edit] = cleanWithEdits(input).edits;
    expect(clean(input, { minConfidence: edit.confidence })).toBe('Họ rất vui mừng khi gặp lại nhau.');
    expect(clean(input, { minConfidence: Math.min(1, edit.confidence + 1e-9) })).toBe(input);
  });

  it('must be a number from 0 to 1', () => {
    expect(() => clean('a', { minConfidence: 2 })).toThrow(TypeError);
    expect(() => clean('a', { minConfidence: Number.NaN })).toThrow(TypeError);
  });
});

describe('the channel cost of a slip', () => {
  it('charges each kind of slip its own cost', () => {
    expect(slipCost('nhăm', 'nhằm')).toBe(TYPO_COSTS.addTone);
    expect(slipCost('thảy', 'thay')).toBe(TYPO_COSTS.removeTone);
    expect(slipCost('tố', 'tổ')).toBe(TYPO_COSTS.changeTone);
    expect(slipCost('dục', 'đục')).toBe(TYPO_COSTS.letters);
    expect(slipCost('Nhu', 'Như')).toBe(TYPO_COSTS.letters);
  });

  it('adds the costs of independent slips: two slips away costs both', () => {
    expect(slipCost('dối', 'đổi')).toBe(slipCost('dối', 'đối') + slipCost('đối', 'đổi'));
    expect(slipCost('doi', 'đồi')).toBe(2 * TYPO_COSTS.letters + TYPO_COSTS.addTone);
    expect(slipCost('bờ', 'bố')).toBe(TYPO_COSTS.letters + TYPO_COSTS.changeTone);
  });

  it('counts the horns of ươ as one slip: one key types both', () => {
    expect(slipCost('thuong', 'thương')).toBe(TYPO_COSTS.letters);
    expect(slipCost('duoc', 'được')).toBe(2 * TYPO_COSTS.letters + TYPO_COSTS.addTone);
  });

  it('charges a non-word its flat cost for one slip and each further letter on top', () => {
    expect(nonWordCost('nguoi', 'người')).toBe(TYPO_COSTS.nonWord);
    expect(nonWordCost('đôằn', 'đoán')).toBe(TYPO_COSTS.nonWord + TYPO_COSTS.letters);
  });

  it('weighs a word on its own context, whatever it met after the same two words before', () => {
    // Filler sentences give the model a vocabulary, so that an unseen pair is costly.
    const syllables = readRuleSyllables().slice(0, 3000);
    const filler = Array.from({ length: 600 }, (_, i) => Array.from({ length: 5 }, (_, j) => syllables[i * 5 + j]).join(' '));
    const texts = [...Array<string>(40).fill('mẹ tôi đi chợ mua cá'), ...Array<string>(40).fill('bố tôi đi chờ xe buýt'), ...filler];
    const model = createModelFromText(texts);
    // `chợ` fits the first sentence so well that no other reading is weighed there; after the same
    // `tôi đi` in the second, `chờ` is what the words after it call for.
    expect(clean('mẹ tôi đi chợ mua cá', { model })).toBe('mẹ tôi đi chợ mua cá');
    expect(clean('mẹ tôi đi chợ xe buýt', { model })).toBe('mẹ tôi đi chờ xe buýt');
  });
});
