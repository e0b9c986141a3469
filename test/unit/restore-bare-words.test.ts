import { describe, expect, it } from 'vitest';
import { clean, cleanWithEdits, restoreDiacritics } from '../../src/index.js';
import { createModelFromText } from '../../src/model/create-model-from-text.js';

describe('diacritic restoration', () => {
  it('puts tones and vowel marks back into unaccented Vietnamese', () => {
    expect(restoreDiacritics('Bo truong cho biet, chinh phu se ho tro nguoi dan vung lu.')).toBe(
      'Bộ trưởng cho biết, chính phủ sẽ hỗ trợ người dân vùng lũ.',
    );
  });

  it('keeps letter case and layout', () => {
    expect(restoreDiacritics('HA NOI TANG CUONG\nHop tac')).toBe('HÀ NỘI TĂNG CƯỜNG\nHợp tác');
  });

  it('records each restored word as an edit with a confidence', () => {
    const { edits } = cleanWithEdits('chinh phu se ho tro', { restore: 'always' });
    expect(edits.map((edit) => edit.after)).toEqual(['chính', 'phủ', 'sẽ', 'hỗ', 'trợ']);
    for (const edit of edits) {
      expect(edit.rule).toBe('diacritic-restoration');
      expect(edit.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('reads a capital in mid-sentence as a name and a small letter as a word', () => {
    // `thủy` is the commoner word, but written with a capital in mid-sentence it is a name: `Thúy`.
    const texts = [
      ...Array.from({ length: 6 }, () => 'nguồn nước thủy lợi của vùng.'),
      ...Array.from({ length: 3 }, () => 'cô ấy gặp chị Thúy ở chợ.'),
    ];
    const model = createModelFromText(texts);
    const restore = (text: string): string => clean(text, { model, restore: 'always', rules: { 'diacritic-typo': false } });
    expect(restore('cô ấy gặp Thuy')).toBe('cô ấy gặp Thúy');
    expect(restore('cô ấy gặp thuy')).toBe('cô ấy gặp thủy');
  });

  it('is off by default', () => {
    expect(clean('chinh phu se ho tro nguoi dan')).toBe('chinh phu se ho tro nguoi dan');
  });

  it('in auto mode, leaves accented text, English and short fragments alone', () => {
    for (const text of ['Hà Nội và Ha Noi đều đẹp.', 'The quick brown fox jumps over the lazy dog.', 'Ha Noi']) {
      expect(clean(text, { restore: 'auto' })).toBe(clean(text));
    }
  });

  it('in auto mode, restores a sentence that is clearly unaccented Vietnamese', () => {
    expect(clean('chinh phu se ho tro nguoi dan vung lu', { restore: 'auto' })).toBe('chính phủ sẽ hỗ trợ người dân vùng lũ');
  });

  it('in auto mode, reads a word with digits as no sign of accented text', () => {
    expect(clean('Ban co the goi cho toi vao luc 5h chieu nay khong', { restore: 'auto' })).toBe('Bạn có thể gọi cho tôi vào lúc 5h chiều nay không');
    expect(clean('Cam on ban, toi se den luc 5h chieu nay nhé', { restore: 'auto' })).toBe('Cam on ban, toi se den luc 5h chieu nay nhé');
  });

  it('in auto mode, counts an acronym or a brand neither for a sentence nor against it, and English words against it', () => {
    expect(clean('toi vua mua iPhone moi o cua hang Apple tai Ha Noi', { restore: 'auto' })).toBe('tôi vừa mua iPhone mới ở cửa hàng Apple tại Hà Nội');
    expect(clean('Cong an TP Ha Noi', { restore: 'auto' })).toBe('Công an TP Hà Nội');
    for (const text of ['Tran Hung Dao Street District 1 Ho Chi Minh City', 'The CEO of IBM met the CTO of AT&T in NYC on Monday']) {
      expect(clean(text, { restore: 'auto' })).toBe(text);
    }
  });

  it('never touches protected spans', () => {
    const text = 'xem tai http://example.vn/ho-tro hoac ma RON95';
    expect(restoreDiacritics(text)).toContain('http://example.vn/ho-tro');
    expect(restoreDiacritics(text)).toContain('RON95');
  });

  it('rejects an unknown mode', () => {
    // @ts-expect-error: not a mode
    expect(() => clean('a', { restore: 'sometimes' })).toThrow(TypeError);
  });
});
