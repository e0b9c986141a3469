import { describe, expect, it } from 'vitest';
import { classifyWord, tokenize } from '../../src/tokenize.js';
import type { TokenKind } from '../../src/types.js';

/** The tokens of `text` that are not spaces, as `kind:text`. */
function tokensOf(text: string): string[] {
  return tokenize(text)
    .tokens.filter((token) => token.kind !== 'space')
    .map((token) => `${token.kind}:${token.text}`);
}

/** The one token `text` becomes, as `kind:text`, when written between spaces and before a comma. */
function soleTokenIn(text: string): string {
  const tokens = tokensOf(`Xem ${text}, rồi`);
  expect(tokens[0]).toBe('word:Xem');
  expect(tokens.slice(-2)).toEqual(['punctuation:,', 'word:rồi']);
  expect(tokens).toHaveLength(4);
  return tokens[1];
}

describe('tokenize', () => {
  it('covers its input with tokens end to end', () => {
    const text = 'Hà Nội,  ngày 4/2019\r\nxem https://x.vn.';
    const { source, tokens } = tokenize(text);
    expect(source).toBe(text);
    expect(tokens.map((token) => token.text).join('')).toBe(text);
    tokens.forEach((token, i) => {
      expect(token.start).toBe(i === 0 ? 0 : tokens[i - 1].end);
      expect(token.text).toBe(text.slice(token.start, token.end));
      expect(token.rules).toEqual([]);
      expect(token.confidence).toBe(1);
    });
  });

  it('returns no tokens for the empty string', () => {
    expect(tokenize('').tokens).toEqual([]);
  });

  it('splits words, spaces, line breaks and punctuation', () => {
    expect(tokenize('Hà Nội,\nvà').tokens.map((token) => [token.kind, token.text])).toEqual([
      ['word', 'Hà'],
      ['space', ' '],
      ['word', 'Nội'],
      ['punctuation', ','],
      ['newline', '\n'],
      ['word', 'và'],
    ]);
  });

  it('keeps CRLF as one line break and U+2028 as another', () => {
    expect(tokensOf('a\r\nb\u2028c')).toEqual(['word:a', 'newline:\r\n', 'word:b', 'newline:\u2028', 'word:c']);
  });

  it('keeps a run of spaces of any kind in one token', () => {
    expect(tokenize('a \u00A0\t\u3000b').tokens.map((token) => token.text)).toEqual(['a', ' \u00A0\t\u3000', 'b']);
  });

  it('keeps invisible characters between spaces in the space token', () => {
    expect(tokenize('a \u200E\u200B \u00ADb').tokens.map((token) => token.text)).toEqual(['a', ' \u200E\u200B \u00AD', 'b']);
  });

  it('keeps combining marks with the token before them, however many', () => {
    const storm = '.' + '\u0301'.repeat(100);
    expect(tokenize(storm).tokens).toHaveLength(1);
    expect(tokensOf('Ha\u0300 No\u0302\u0323i')).toEqual(['word:Ha\u0300', 'word:No\u0302\u0323i']);
  });

  it('splits text with invisible characters as it splits the text without them', () => {
    const text = 'ubún\uFEFF/a/b 9/2030\u202Cé ,\u2066ẻ x@y.vn\u202C\u0300 \u200Bđớn';
    const withoutHidden = text.replace(/[\u200B\u202C\u2066\uFEFF]/g, '');
    const kinds = (input: string) => tokenize(input).tokens.map((token) => token.kind);
    expect(kinds(text)).toEqual(kinds(withoutHidden));
  });

  it('gives an invisible character after a protected token to the token after it', () => {
    expect(tokenize('RON95\u200B xăng').tokens.map((token) => token.text)).toEqual(['RON95', '\u200B ', 'xăng']);
  });

  it('gives invisible characters that open the text to the first token', () => {
    expect(tokenize('\u200B\u2066đớn').tokens.map((token) => token.text)).toEqual(['\u200B\u2066đớn']);
  });

  it('keeps a byte-order mark that opens the text apart from the first word', () => {
    expect(tokenize('\uFEFFHoà').tokens.map((token) => [token.kind, token.text])).toEqual([
      ['punctuation', '\uFEFF'],
      ['word', 'Hoà'],
    ]);
  });

  it('gives byte-order marks after the first to the tokens around them', () => {
    const tokens = tokenize('\uFEFF'.repeat(100_000) + 'Hà').tokens;
    expect(tokens.map((token) => token.text.length)).toEqual([1, 100_001]);
  });

  it('covers a text made only of invisible characters with one token', () => {
    expect(tokenize('\u200B\u200E').tokens.map((token) => token.text)).toEqual(['\u200B\u200E']);
  });

  it('keeps zero-width characters inside the word they are in', () => {
    expect(tokensOf('Hà\u200BNội x\u00ADy')).toEqual(['word:Hà\u200BNội', 'word:x\u00ADy']);
  });

  it('never starts a line-break token with a mark', () => {
    expect(tokenize('\n\u0301').tokens.map((token) => token.text)).toEqual(['\n', '\u0301']);
  });

  it('reads NFD text into the same tokens as NFC text', () => {
    const text = 'Hoà Bình #HoàBình hoà@x.vn hòa.vn Đồng-1 người.';
    const kinds = (input: string) => tokenize(input).tokens.map((token) => [token.kind, token.text.normalize('NFC')]);
    expect(kinds(text.normalize('NFD'))).toEqual(kinds(text));
  });
});

describe('protected kinds', () => {
  it.each<[string, TokenKind]>([
    ['http://baoninhbinh.org.vn/ninh-binhha-noi-day-manh-hup-tac-vi-sy-phat-trien-chung-2019081307458787p12c16.htm', 'url'],
    ['https://tuoitre.vn/tin-moi-nhat-2023010112345678.htm', 'url'],
    ['https://example.com/a?b=c&d=e#f', 'url'],
    ['ftp://files.example.org/pub', 'url'],
    ['www.baomoi.com/abc', 'url'],
    ['vnexpress.net', 'url'],
    ['hanoimoi.com.vn/tin-tuc', 'url'],
    ['lienhe@ubnd.hanoi.gov.vn', 'email'],
    ['nguyen.van-a+tin@gmail.com', 'email'],
    ['@nguyenvan_a', 'mention'],
    ['#HàNội', 'hashtag'],
    ['#Hoà', 'hashtag'],
    ['/usr/local/bin', 'path'],
    ['./src/index.ts', 'path'],
    ['~/docs/a.txt', 'path'],
    ['C:\\Users\\x', 'path'],
    ['bao_cao.xlsx', 'path'],
    ['Danh-sach.2017.PDF', 'path'],
    ['anh.jpg', 'path'],
    ['1Ha_Noi.xls', 'path'],
    ['so_luong', 'code'],
    ['get_user_id', 'code'],
    ['_Ha_Noi_', 'code'],
    ['`clean()`', 'inline-code'],
    ['10.900', 'number'],
    ['3.000.000', 'number'],
    ['4/2019', 'number'],
    ['12/8/2019', 'number'],
    ['1,5', 'number'],
    ['15:30', 'number'],
    ['2019-2020', 'number'],
    ['2015', 'number'],
    ['RON95', 'code'],
    ['220KV', 'code'],
    ['COVID-19', 'code'],
    ['38B', 'code'],
    ['1A', 'code'],
    ['H5N1', 'code'],
    ['4G', 'code'],
    ['U23', 'code'],
    ['UBND', 'acronym'],
    ['HĐND', 'acronym'],
    ['MTTQ', 'acronym'],
    ['TP', 'acronym'],
    ['QR', 'acronym'],
  ])('reads %s as one protected %s', (text, kind) => {
    expect(soleTokenIn(text)).toBe(`${kind}:${text}`);
    const token = tokenize(text).tokens[0];
    expect(token.protected).toBe(true);
  });

  it('leaves the full stop after a web address outside it', () => {
    expect(tokensOf('xem https://x.vn/a.htm.')).toEqual(['word:xem', 'url:https://x.vn/a.htm', 'punctuation:.']);
  });

  it('leaves the closing parenthesis after a web address outside it', () => {
    expect(tokensOf('(www.x.vn)')).toEqual(['punctuation:(', 'url:www.x.vn', 'punctuation:)']);
  });

  it('reads upper-case words that are Vietnamese syllables as words, not acronyms', () => {
    expect(tokensOf('HÒA NGƯỜI VIỆT')).toEqual(['word:HÒA', 'word:NGƯỜI', 'word:VIỆT']);
  });

  it('reads upper-case syllables with a misplaced tone or Ð for Đ as words, to be repaired', () => {
    expect(tokensOf('BÙÔNG ÐÀ LÂÝ')).toEqual(['word:BÙÔNG', 'word:ÐÀ', 'word:LÂÝ']);
  });

  it('classifies NFD words as their NFC', () => {
    expect(tokensOf('VA\u03001 BU\u0300O\u0302NG')).toEqual(['code:VA\u03001', 'word:BU\u0300O\u0302NG']);
  });

  it('does not read the scheme of a web address after @ as a mention', () => {
    expect(tokensOf('@http://aa.vn/x')).toEqual(['punctuation:@', 'url:http://aa.vn/x']);
  });

  it('does not read a # or @ inside a word as a hashtag or mention', () => {
    expect(tokensOf('a#b')).toEqual(['word:a', 'punctuation:#', 'word:b']);
    expect(tokensOf('à#hoà')).toEqual(['word:à', 'punctuation:#', 'word:hoà']);
  });

  it('reads an abbreviation or a sentence glued by its full stop as words, not a file name', () => {
    expect(tokensOf('PGS.TS Lan')).toEqual(['acronym:PGS', 'punctuation:.', 'acronym:TS', 'word:Lan']);
    expect(tokensOf('phẩm.Hai')).toEqual(['word:phẩm', 'punctuation:.', 'word:Hai']);
    expect(tokensOf('quý.Pdf')).toEqual(['word:quý', 'punctuation:.', 'word:Pdf']);
  });

  it('reads underscores that join no letters as punctuation', () => {
    expect(tokensOf('__init__ ___')).toEqual(['punctuation:_', 'punctuation:_', 'word:init', 'punctuation:_', 'punctuation:_', 'punctuation:_', 'punctuation:_', 'punctuation:_']);
  });

  it('reads a number glued to a word as part of the word', () => {
    expect(tokensOf('5năm')).toEqual(['word:5năm']);
  });

  it.each(['Hà', 'Fivimart', 'K', 'khoẻ', 'hoà'])('leaves the word %s unprotected', (word) => {
    const [token] = tokenize(word).tokens;
    expect(token.kind).toBe('word');
    expect(token.protected).toBe(false);
  });

  it('leaves spaces, line breaks and punctuation unprotected', () => {
    for (const token of tokenize(' \n,').tokens) expect(token.protected).toBe(false);
  });
});

describe('classifyWord', () => {
  it.each([
    ['2019', 'number'],
    ['RON95', 'code'],
    ['UBND', 'acronym'],
    ['HÒA', 'word'],
    ['BÙÔNG', 'word'],
    ['Hà', 'word'],
    ['VA\u03001', 'code'],
  ])('gives %s the kind %s, as the tokenizer does', (word, kind) => {
    expect(classifyWord(word)).toBe(kind);
    expect(tokenize(word).tokens.map((token) => token.kind)).toEqual([kind]);
  });
});
