import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { splitByPattern, tokenize } from '../../src/tokenize.js';
import type { Token } from '../../src/types.js';
import {
  acronym,
  casedSyllable,
  code,
  combiningStorm,
  damagedVietnameseText,
  edgePiece,
  email,
  handle,
  hostileText,
  inlineCode,
  number,
  path,
  url,
  vietnameseText,
} from '../helpers/arbitraries.js';
import { readArticles } from '../helpers/fixtures.js';

// The invisible characters the Unicode stage may remove.
const HIDDEN = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

function expectLossless(text: string): void {
  const { tokens } = tokenize(text);
  let at = 0;
  for (const token of tokens) {
    expect(token.start).toBe(at);
    expect(token.end).toBeGreaterThan(token.start);
    expect(token.text).toBe(text.slice(token.start, token.end));
    at = token.end;
  }
  expect(at).toBe(text.length);
  expect(tokens.map((token) => token.text).join('')).toBe(text);
}

describe('tokenize is lossless', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 60 })], { numRuns: 1000 })('on any string of code points', expectLossless);

  test.prop([fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 60 })], {
    numRuns: 1000,
  })('on any string of UTF-16 code units, lone surrogates included', expectLossless);

  test.prop([hostileText], { numRuns: 1000 })('on text made of what breaks tokenizers', expectLossless);

  test.prop([fc.array(combiningStorm, { maxLength: 4 }).map((storms) => storms.join(''))], { numRuns: 300 })(
    'on storms of combining marks',
    expectLossless,
  );

  test.prop([vietnameseText], { numRuns: 300 })('on Vietnamese text with protected spans', expectLossless);

  test.prop([damagedVietnameseText], { numRuns: 300 })('on damaged Vietnamese text', expectLossless);

  test.prop([fc.oneof(hostileText, damagedVietnameseText)], { numRuns: 1000 })(
    'and splits text as it splits the text without its invisible characters',
    (text) => {
      const withoutHidden = text.replace(HIDDEN, '');
      const kinds = (input: string) =>
        tokenize(input)
          .tokens.map((token) => [token.kind, token.text.replace(HIDDEN, '')])
          .filter(([, visible]) => visible !== '');
      expect(kinds(text.startsWith('\uFEFF') ? withoutHidden : text)).toEqual(kinds(withoutHidden));
    },
  );

  test.prop([fc.oneof(vietnameseText, damagedVietnameseText)], { numRuns: 500 })('and splits NFD text as it splits NFC text', (text) => {
    const kinds = (input: string) => tokenize(input).tokens.map((token) => [token.kind, token.text.normalize('NFC')]);
    expect(kinds(text.normalize('NFD'))).toEqual(kinds(text.normalize('NFC')));
  });

  it('on the fixture articles, as found and as gold', () => {
    for (const { input, gold } of readArticles()) {
      expectLossless(input);
      expectLossless(gold);
    }
  });

  it('on one 100 KB token without spaces', () => {
    expectLossless('người'.repeat(20_000));
    expectLossless('a\u0301\u0323'.repeat(33_000));
  });
});

describe('tokenize protects', () => {
  test.prop([fc.oneof(url, email, handle, number, code, acronym, inlineCode, path), fc.constantFrom(', ', '. ', ' ', ') ', '\n')], {
    numRuns: 1000,
  })('every generated URL, e-mail, mention, hashtag, number, code, acronym, inline code and path as one token', (span, after) => {
    const tokens = tokenize(`Xem (${span}${after}rồi`).tokens.filter((token) => token.kind !== 'space');
    expect(tokens[2]).toMatchObject({ text: span, protected: true });
  });
});

describe('tokenize agrees with Intl.Segmenter', () => {
  const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });
  const markedText = fc
    .array(fc.oneof({ weight: 4, arbitrary: vietnameseText }, combiningStorm), { maxLength: 4 })
    .chain((parts) => fc.constantFrom('NFC', 'NFD').map((form) => parts.join(' ').normalize(form)));

  test.prop([markedText], { numRuns: 500 })('in never cutting a grapheme cluster of Vietnamese text, marks and all', (text) => {
    const clusterEnds = new Set([...graphemes.segment(text)].map((segment) => segment.index + segment.segment.length));
    for (const token of tokenize(text).tokens) expect(clusterEnds).toContain(token.end);
  });
});

describe('the tokenizer reads plain text without its pattern', () => {
  const edgyText = fc.array(fc.oneof({ weight: 3, arbitrary: casedSyllable }, { weight: 3, arbitrary: edgePiece }), { maxLength: 30 }).map((parts) => parts.join(''));
  const ranges = (tokens: readonly Token[]) => tokens.map(({ start, end, kind, protected: isProtected }) => ({ start, end, kind, isProtected }));

  test.prop([fc.oneof(edgyText, hostileText, vietnameseText, damagedVietnameseText, fc.string({ unit: 'binary', maxLength: 40 }))], { numRuns: 3000 })(
    'and splits every text as the pattern alone splits it',
    (text) => {
      const view = text.replace(HIDDEN, '');
      expect(ranges(tokenize(view).tokens)).toEqual(ranges(splitByPattern(view)));
    },
  );

  it('on the fixture articles, as found and as gold', () => {
    for (const { input, gold } of readArticles()) {
      for (const text of [input, gold]) {
        const view = text.replace(HIDDEN, '');
        expect(ranges(tokenize(view).tokens)).toEqual(ranges(splitByPattern(view)));
      }
    }
  });
});
