// The properties of `clean` listed in STYLE.md, over generated text and over the gold fixtures.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { clean, cleanWithEdits } from '../../src/index.js';
import { tokenize } from '../../src/tokenize.js';
import { RULE_IDS, type CleanOptions, type RuleId } from '../../src/types.js';
import {
  combiningStorm,
  damagedVietnameseText,
  hostileText,
  oddSpace,
  textWithProtectedSpans,
  vietnameseText,
} from '../helpers/arbitraries.js';
import { insertAt, slideTone } from '../helpers/corruptions.js';
import { readArticles } from '../helpers/fixtures.js';
import { FUZZ_PROPERTIES, PINNABLE_PROPERTIES, describeDivergence, replayEdits } from '../helpers/properties.js';

const articles = readArticles();
const goldLines = articles.flatMap(({ gold }) => gold.split('\n')).filter((line) => line.trim() !== '');
const goldSentences = goldLines.flatMap((line) => line.split(/(?<=[.!?…])\s+/)).filter((sentence) => sentence !== '');

const ALL_RULES_OFF: CleanOptions = { rules: Object.fromEntries(RULE_IDS.map((rule) => [rule, false])) as Record<RuleId, boolean> };

/** Fails with the first divergence rather than a wall of diff. */
function expectSame(actual: string, expected: string): void {
  if (actual !== expected) expect.fail(describeDivergence(actual, expected));
}

function expectHolds(property: keyof typeof PINNABLE_PROPERTIES, input: string): void {
  const failure = PINNABLE_PROPERTIES[property](input);
  if (failure !== undefined) expect.fail(`${property}: ${failure}`);
}

const goldLine = fc.constantFrom(...goldLines);
const goldText = fc.oneof(
  fc.shuffledSubarray(goldLines, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.shuffledSubarray(goldSentences, { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join(' ')),
);
const anyText = fc.oneof(vietnameseText, damagedVietnameseText, hostileText, goldText);

/** A gold line cut at two token boundaries. */
const goldCut = goldLine.chain((line) => {
  const ends = [0, ...tokenize(line).tokens.map((token) => token.end)];
  return fc
    .tuple(fc.constantFrom(...ends), fc.constantFrom(...ends))
    .map(([a, b]) => line.slice(Math.min(a, b), Math.max(a, b)));
});

describe('clean is idempotent', () => {
  test.prop([anyText], { numRuns: 600 })('clean(clean(x)) === clean(x)', (text) => expectHolds('idempotent', text));

  test.prop([fc.oneof(damagedVietnameseText, goldText), fc.constantFrom('modern', 'preserve' as const)], { numRuns: 300 })(
    'in the modern and preserve tone styles too',
    (text, toneStyle) => {
      const once = clean(text, { toneStyle });
      expectSame(clean(once, { toneStyle }), once);
    },
  );

  it('on the fixture articles as found', () => {
    for (const { input } of articles) expectHolds('idempotent', input);
  });
});

describe('clean returns NFC', () => {
  test.prop([fc.oneof(anyText, combiningStorm)], { numRuns: 600 })('for any input', (text) => expectHolds('output-nfc', text));

  test.prop([fc.oneof(vietnameseText, damagedVietnameseText, goldText)], { numRuns: 400 })(
    'and the same for the NFD of Vietnamese text as for the text',
    (text) => expectHolds('nfd-invariant', text),
  );

  it('and the same for the NFD of the fixture articles as for the articles', () => {
    for (const { input, gold } of articles) {
      expectHolds('nfd-invariant', input);
      expectHolds('nfd-invariant', gold);
    }
  });
});

describe('protected spans', () => {
  test.prop([textWithProtectedSpans], { numRuns: 400 })('come out byte for byte, and no edit touches one', ({ text, spans }) => {
    const { text: output, edits } = cleanWithEdits(text);
    for (const span of spans) expect(output).toContain(span);
    for (const token of tokenize(text).tokens) {
      if (!token.protected) continue;
      for (const edit of edits) {
        if (edit.start < token.end && token.start < edit.end) expect.fail(`edit ${JSON.stringify(edit)} touches ${token.kind} ${JSON.stringify(token.text)}`);
      }
    }
  });

  it('keep a modern tone inside a hashtag while the same word outside takes the classic one', () => {
    expect(clean('Hoà #Hoà hoà@x.vn hoà.vn')).toBe('Hòa #Hoà hoà@x.vn hoà.vn');
  });
});

describe('correct text is a fixed point', () => {
  test.prop([goldText], { numRuns: 300 })('gold lines and sentences, shuffled, come back unchanged', (text) => {
    expectSame(clean(text), text);
  });

  test.prop([goldCut], { numRuns: 500 })('a gold line cut at any two token boundaries comes back unchanged', (text) => {
    expectSame(clean(text), text);
  });

  it('each gold article comes back unchanged, whole', () => {
    for (const { gold } of articles) expectSame(clean(gold), gold);
  });
});

/** A gold line with some of its tokens replaced, and the line. */
function corruptTokens(corrupt: (word: string, pick: number) => string | undefined) {
  return fc.tuple(goldLine, fc.array(fc.nat(), { minLength: 1, maxLength: 4 })).map(([line, picks]) => {
    const tokens = tokenize(line).tokens;
    const candidates = tokens.filter((token) => token.kind === 'word' && corrupt(token.text, 0) !== undefined);
    const changed = new Map<number, string>();
    for (const pick of picks) {
      if (candidates.length === 0) break;
      const token = candidates[pick % candidates.length];
      changed.set(token.start, corrupt(token.text, pick) ?? token.text);
    }
    return { gold: line, damaged: tokens.map((token) => changed.get(token.start) ?? token.text).join('') };
  });
}

describe('damage is repaired', () => {
  const slid = corruptTokens((word, pick) => {
    const variants = slideTone(word);
    return variants.length === 0 ? undefined : variants[pick % variants.length];
  });
  test.prop([slid], { numRuns: 300 })('a tone mark slid onto another vowel of a gold syllable goes back', ({ gold, damaged }) => {
    expectSame(clean(damaged), gold);
  });

  const decomposed = corruptTokens((word, pick) => (pick % 2 === 0 ? word.normalize('NFD') : word.normalize('NFD').normalize('NFC')));
  test.prop([decomposed], { numRuns: 200 })('NFD words in a gold line are composed back', ({ gold, damaged }) => {
    expectSame(clean(damaged), gold);
  });

  test.prop([goldLine.map((line) => line.normalize('NFD'))], { numRuns: 100 })('a whole gold line in NFD comes back as gold', (damaged) => {
    expectSame(clean(damaged), damaged.normalize('NFC'));
  });

  const withInvisibles = fc
    .tuple(goldLine, fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u200B', '\u00AD')), { minLength: 1, maxLength: 5 }))
    .map(([line, inserts]) => {
      let damaged = line;
      for (const [at, char] of inserts) {
        const tokens = tokenize(damaged).tokens;
        // Not inside or right after a protected span: those keep what they carry.
        const isFree = (offset: number) =>
          !tokens.some((token) => token.protected && token.start < offset && offset <= token.end) && offset > 0;
        damaged = insertAt(damaged, at % (damaged.length + 1), char, isFree);
      }
      return { gold: line, damaged };
    });
  test.prop([withInvisibles], { numRuns: 300 })('zero-width spaces and soft hyphens inserted into a gold line are removed', ({ gold, damaged }) => {
    expectSame(clean(damaged), gold);
  });

  const withOddSpaces = fc
    .tuple(goldLine, fc.array(fc.tuple(fc.nat(), oddSpace.filter((space) => space !== '\t'), fc.boolean()), { minLength: 1, maxLength: 5 }))
    .map(([line, changes]) => {
      const spaces = [...line.matchAll(/ /g)].map((match) => match.index);
      const replaced = new Map<number, string>();
      for (const [pick, space, doubled] of changes) {
        if (spaces.length > 0) replaced.set(spaces[pick % spaces.length], doubled ? ` ${space}` : space);
      }
      return { gold: line, damaged: [...line].map((char, i) => replaced.get(i) ?? char).join('') };
    });
  test.prop([withOddSpaces], { numRuns: 300 })('no-break and other odd spaces, and doubled spaces, become one plain space', ({ gold, damaged }) => {
    expectSame(clean(damaged), gold);
  });
});

describe('edits', () => {
  test.prop([anyText], { numRuns: 600 })('are sorted, do not overlap, stay in bounds and replay onto the input as the output', (text) =>
    expectHolds('edits-replay', text),
  );

  it('replay onto the fixture articles as their output', () => {
    for (const { input } of articles) {
      const { text, edits } = cleanWithEdits(input);
      expect(edits.length).toBeGreaterThan(0);
      expectSame(replayEdits(input, edits), text);
    }
  });

  it('name a known rule and a confidence between 0 and 1', () => {
    for (const { input } of articles) {
      for (const edit of cleanWithEdits(input).edits) {
        expect(RULE_IDS).toContain(edit.rule);
        expect(edit.rules).toContain(edit.rule);
        expect(edit.confidence).toBeGreaterThan(0);
        expect(edit.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('with every rule off', () => {
  test.prop([fc.oneof(anyText, combiningStorm)], { numRuns: 400 })('clean returns its input unchanged, with no edits', (text) => {
    const { text: output, edits } = cleanWithEdits(text, ALL_RULES_OFF);
    expect(edits).toEqual([]);
    expect(output).toBe(text);
  });

  it('the fixture articles come back as found', () => {
    for (const { input } of articles) expect(clean(input, ALL_RULES_OFF)).toBe(input);
  });
});

describe('clean never throws', () => {
  test.prop([fc.oneof(hostileText, combiningStorm, fc.string({ unit: 'binary', maxLength: 80 }))], { numRuns: 600 })(
    'on any string, and returns NFC',
    (text) => {
      expectHolds('never-throws', text);
      expectHolds('output-nfc', text);
    },
  );

  it.each([
    ['one 100 KB word', 'người'.repeat(20_000)],
    ['100 KB of combining marks', 'a' + '\u0323\u0301'.repeat(50_000)],
    ['100 KB of punctuation', '.,;!?-/@#'.repeat(11_200)],
    ['100 KB of letters glued to dots', 'a.'.repeat(50_000)],
    ['100 KB of glued syllables', 'HàNộiđẩymạnhhợptác'.repeat(5_300)],
    ['100 KB of byte-order marks', '\uFEFF'.repeat(100_000)],
    ['100 KB of invisible characters between letters', 'a\u200B\u00AD'.repeat(33_000)],
  ])('on %s, and returns NFC', (_name, text) => {
    expect(FUZZ_PROPERTIES['output-nfc'](text)).toBeUndefined();
  });
});
