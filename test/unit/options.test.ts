import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import { RULE_IDS, type CleanOptions } from '../../src/types.js';

describe('resolveOptions', () => {
  it('turns every rule on and picks the classic tone style by default', () => {
    const resolved = resolveOptions(undefined);
    expect(resolved.toneStyle).toBe('classic');
    expect([...resolved.enabled]).toEqual([...RULE_IDS]);
    expect(resolveOptions({}).enabled.size).toBe(RULE_IDS.length);
  });

  it('turns off the rules set to false and keeps those set to true', () => {
    const resolved = resolveOptions({ rules: { 'diacritic-typo': false, 'missing-space': true } });
    expect(resolved.enabled.has('diacritic-typo')).toBe(false);
    expect(resolved.enabled.has('missing-space')).toBe(true);
  });

  it('takes the tone style asked for', () => {
    expect(resolveOptions({ toneStyle: 'modern' }).toneStyle).toBe('modern');
    expect(resolveOptions({ toneStyle: 'preserve' }).toneStyle).toBe('preserve');
  });

  it.each<[string, unknown, RegExp]>([
    ['a non-object', 'classic', /Expected `options` to be an object/],
    ['an unknown option', { tone: 'modern' }, /Unknown option `tone`/],
    ['an unknown tone style', { toneStyle: 'new' }, /Expected `toneStyle` to be one of classic, modern, preserve, got `new`/],
    ['an unknown rule', { rules: { 'tone-mark': false } }, /Unknown rule `tone-mark`/],
    ['a rule set to a non-boolean', { rules: { 'tone-style': 0 } }, /Expected rule `tone-style` to be true or false/],
    ['a model that is not one', { model: {} }, /Expected `model` to be a language model/],
  ])('throws a TypeError on %s', (_name, options, message) => {
    expect(() => resolveOptions(options as CleanOptions)).toThrow(TypeError);
    expect(() => resolveOptions(options as CleanOptions)).toThrow(message);
  });
});

describe('clean', () => {
  it.each([undefined, null, 42, ['a']])('throws a TypeError when the text is %j', (text) => {
    expect(() => clean(text as unknown as string)).toThrow(TypeError);
  });

  it('returns the empty string for the empty string', () => {
    expect(clean('')).toBe('');
  });
});
