// Time grows linearly with input size, even on inputs built to make text tools slow. Each check
// compares the time per character on 100 KB with that on 1 KB, so it holds on any machine.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const SMALL = 1_000;
const LARGE = 100_000;
// Linear code stays near 1; a quadratic step would make the ratio near 100.
const MAX_RATIO = 8;

/** Fastest of a few timings of `clean` on `text`, in milliseconds per character. */
function timePerChar(text: string, repeats: number): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    for (let i = 0; i < repeats; i++) clean(text);
    best = Math.min(best, (performance.now() - started) / repeats);
  }
  return best / text.length;
}

/** `unit` repeated to about `length` characters. */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

describe('clean takes time linear in the input', () => {
  it.each([
    ['glued syllables without spaces', 'HàNộiđẩymạnhhợptácvìsựpháttriển'],
    ['one letter followed by marks of alternating classes', '\u0323\u0301'],
    ['repeated punctuation', '.,;!?-/@#'],
    ['a run of full stops', '.'],
    ['letters between dots', 'a.'],
    ['letters between hyphens', 'a-'],
    ['digits between dots', '1.'],
    ['invisible characters between spaces', ' \u200B'],
    ['e-mail-like runs', 'a@b.'],
    ['hashtags', '#a'],
    ['slashes', 'a/'],
    ['letters between underscores', 'a_'],
    ['file-name-like runs', 'a_b.'],
  ])('on %s', (_name, unit) => {
    const build = (length: number) => (unit.startsWith('\u0323') ? 'a' : '') + repeatTo(unit, length);
    const small = build(SMALL);
    const large = build(LARGE);
    clean(small);
    const ratio = timePerChar(large, 1) / timePerChar(small, LARGE / SMALL / 4);
    expect(ratio).toBeLessThan(MAX_RATIO);
  });
});
