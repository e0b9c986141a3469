import { describe, expect, it } from 'vitest';
import { countWords, isSampleableSentence, sentencesOf, splitSentences } from '../../scripts/lib/eval-sentences.js';

const split = (line: string): string[] => splitSentences(line).map((span) => line.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits after a stop followed by a space and a capital or a digit', () => {
    expect(split('Hai bên đã ký kết. Ông Hùng phát biểu! 3 ngày sau? Xong.')).toEqual([
      'Hai bên đã ký kết.',
      'Ông Hùng phát biểu!',
      '3 ngày sau?',
      'Xong.',
    ]);
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(split('Ông nói: “Tốt lắm.” Sau đó về.')).toEqual(['Ông nói: “Tốt lắm.”', 'Sau đó về.']);
  });

  it('does not split after a short capital abbreviation or an initial', () => {
    expect(split('Tại TP. Hồ Chí Minh, ông Nguyễn Văn A. Bình dự họp.')).toEqual(['Tại TP. Hồ Chí Minh, ông Nguyễn Văn A. Bình dự họp.']);
  });

  it('does not split before a lower-case word', () => {
    expect(split('giá 1.5 triệu... nhưng vẫn rẻ')).toEqual(['giá 1.5 triệu... nhưng vẫn rẻ']);
  });
});

describe('sentencesOf', () => {
  it('splits lines first, then sentences, and drops empty lines', () => {
    expect(sentencesOf('Một. Hai ba.\n\nBốn')).toEqual([['Một.', 'Hai ba.'], ['Bốn']]);
  });
});

describe('countWords', () => {
  it('counts letter and digit runs, not spaces or punctuation', () => {
    expect(countWords('Trả lời phỏng vấn , ông Lộc nói : 5 năm')).toBe(9);
    expect(countWords('Trả lời phỏng vấn, ông Lộc nói: 5 năm')).toBe(9);
  });
});

describe('isSampleableSentence', () => {
  it('needs 8 tokens of which 5 are Vietnamese syllables', () => {
    expect(isSampleableSentence('Hai bên sẽ phối hợp tổ chức các hoạt động.')).toBe(true);
    expect(isSampleableSentence('Hai bên sẽ phối hợp.')).toBe(false);
    expect(isSampleableSentence('Samsung Galaxy S8 and iPhone X in Hà Nội')).toBe(false);
  });
});
