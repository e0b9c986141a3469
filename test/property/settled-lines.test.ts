// The fast path for lines that need nothing must be invisible: it reads a line exactly as the tokenizer
// does, passes only lines that every stage leaves as they are, and the pipeline gives the same output
// and edits with it as without it.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { removeDiacritics } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import { runPipeline, runStages } from '../../src/pipeline.js';
import { isSettledLine, readPlainLine } from '../../src/settled-lines.js';
import { tokenize } from '../../src/tokenize.js';
import type { CleanOptions } from '../../src/types.js';
import { casedSyllable, damagedVietnameseText, edgePiece, number, trailingPunctuation, vietnameseText } from '../helpers/arbitraries.js';
import { readArticles } from '../helpers/fixtures.js';

const articles = readArticles();
const allLines = articles.flatMap(({ input, gold }) => [...input.split('\n'), ...gold.split('\n')]);

const edgyLine = fc
  .array(fc.oneof({ weight: 4, arbitrary: casedSyllable }, { weight: 3, arbitrary: edgePiece }, number, trailingPunctuation), {
    maxLength: 24,
  })
  .map((parts) => parts.join(''));

const spacedLine = fc
  .array(fc.oneof({ weight: 6, arbitrary: casedSyllable }, number, trailingPunctuation, edgePiece), { maxLength: 20 })
  .map((parts) => parts.join(' '));

const line = fc.oneof(edgyLine, spacedLine, vietnameseText, damagedVietnameseText, fc.constantFrom(...allLines));

const OPTION_SETS: CleanOptions[] = [
  {},
  { toneStyle: 'modern' },
  { toneStyle: 'preserve' },
  { rules: { 'diacritic-typo': false } },
  { rules: { 'missing-space': false, 'tone-placement': false } },
  { minConfidence: 0.95 },
  { minConfidence: 0 },
  { restore: 'always' },
  { restore: 'auto' },
];

describe('the plain-line reader', () => {
  test.prop([line])('reads a line it accepts exactly as the tokenizer does', (text) => {
    const tokens = readPlainLine(text);
    if (tokens !== undefined) expect(tokens).toEqual(tokenize(text).tokens);
  });

  it('reads abbreviations and hyphenated words', () => {
    for (const text of ['TP.HCM', 'M.U thắng', 'kinh tế-xã hội', 'v.v.', '60 km/h']) expect(readPlainLine(text), text).toBeDefined();
  });

  it('reads letters next to digits as one token, as the tokenizer does', () => {
    for (const text of ['5năm', 'đội U23', 'lúc 10h15', 'file mp3']) expect(readPlainLine(text), text).toEqual(tokenize(text).tokens);
  });

  it('accepts the ordinary lines of the gold articles', () => {
    const plain = allLines.filter((text) => readPlainLine(text) !== undefined);
    expect(plain.length).toBeGreaterThan(allLines.length / 3);
  });

  it('turns away other characters and runs of spaces', () => {
    for (const text of ['hai  người', 'a\u00A0b', 'Viá»‡t', 'x@y.vn', 'xem www.abc  nhé', 'giá 1.5L ~ 2L']) {
      expect(readPlainLine(text), text).toBeUndefined();
    }
  });

  it('leaves a line that may hold a web address, a code or a number with letters to the tokenizer', () => {
    for (const text of ['BongDa.com', 'www.abc', 'U-23', 'xem /tin-tuc/a', 'http://a.vn', '1.2.3a', 'động cơ 1.5L mới']) {
      expect(readPlainLine(text), text).toEqual(tokenize(text).tokens);
    }
  });
});

describe('a settled line', () => {
  test.prop([line, fc.constantFrom(...OPTION_SETS)])('is one the stages leave exactly as it is', (text, options) => {
    const resolved = resolveOptions(options);
    if (!isSettledLine(text, resolved)) return;
    const result = runStages(text, resolved);
    expect(result.edits).toEqual([]);
    expect(result.text).toBe(text);
  });

  it('is most of the gold text', () => {
    const resolved = resolveOptions(undefined);
    const goldLines = articles.flatMap(({ gold }) => gold.split('\n'));
    const settled = goldLines.filter((text) => isSettledLine(text, resolved)).length;
    expect(settled).toBeGreaterThan(goldLines.length / 3);
  });

  it('is a line whose unknown words cannot be read as syllables glued together', () => {
    const resolved = resolveOptions(undefined);
    for (const text of ['Công ty của Schwarzman khá nổi tiếng.', 'Ông Hennessy nói và cho biết thêm.']) expect(isSettledLine(text, resolved), text).toBe(true);
  });

  it('is a line whose words that could be joins the join stage keeps whole in their context', () => {
    const resolved = resolveOptions(undefined);
    for (const text of ['Khi chính quyền Omaba tìm cách đưa ra thỏa thuận với Nga.', 'Họ đã đến Bongdaso hôm qua.']) {
      expect(isSettledLine(text, resolved), text).toBe(true);
      expect(runStages(text, resolved).text).toBe(text);
    }
  });

  it('is never a line with a defect the stages repair', () => {
    const resolved = resolveOptions(undefined);
    for (const text of ['Hà Nôị', 'xây dựngĐảng', '5năm', 'giáo duc đào tạo', 'Hoà Bình', 'hai  người', 'phối;hỗ trợ', 'sản phẩm.Hai bên']) {
      expect(isSettledLine(text, resolved), text).toBe(false);
    }
  });

  it('is never a line restoration would change when it is asked for', () => {
    const bare = 'Hom nay chung toi di hoc ve muon.';
    expect(isSettledLine(bare, resolveOptions(undefined))).toBe(true);
    for (const restore of ['always', 'auto'] as const) expect(isSettledLine(bare, resolveOptions({ restore })), restore).toBe(false);
  });

  it('is a marked line whose unmarked words restoration keeps as written', () => {
    const marked = 'Trong năm nay, thành phố sẽ xây thêm hai cây cầu.';
    for (const restore of ['always', 'auto'] as const) expect(isSettledLine(marked, resolveOptions({ restore })), restore).toBe(true);
  });
});

describe('the pipeline with the fast path', () => {
  const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r', ' ', '. ')), { maxLength: 6 }).map((parts) => parts.flat().join(''));

  test.prop([text, fc.constantFrom(...OPTION_SETS)])('gives the output and edits of the stages over the whole text', (input, options) => {
    expect(runPipeline(input, options)).toEqual(runStages(input, resolveOptions(options)));
  });

  it('repairs a lone lead byte by the mojibake evidence of an earlier sentence on its line', () => {
    const input = 'Ä‘ Cũng trong những năm qua. Tuyến đường Mỹ Đình - Ba Sao - Bái Đính. Ã ,\n';
    expect(runPipeline(input)).toEqual(runStages(input, resolveOptions(undefined)));
  });

  it('gives the output and edits of the stages over each whole article', () => {
    for (const { input, gold } of articles) {
      for (const text of [input, gold]) expect(runPipeline(text)).toEqual(runStages(text, resolveOptions(undefined)));
    }
  });

  it('restores each article as written sentence by sentence as the stages restore it whole', () => {
    for (const { input, gold } of articles) {
      for (const restore of ['always', 'auto'] as const) {
        for (const text of [input, gold]) expect(runPipeline(text, { restore })).toEqual(runStages(text, resolveOptions({ restore })));
      }
    }
  });

  it('restores each article stripped of its diacritics line by line as the stages restore it whole', () => {
    for (const { gold } of articles) {
      const stripped = removeDiacritics(gold);
      for (const restore of ['always', 'auto'] as const) {
        expect(runPipeline(stripped, { restore })).toEqual(runStages(stripped, resolveOptions({ restore })));
      }
    }
  });
});
