// Every input a property has ever failed on, replayed. The notes say what was wrong; entries marked
// "Open" are not fixed yet.
import { describe, expect, it } from 'vitest';
import { PINNABLE_PROPERTIES } from '../helpers/properties.js';
import { formatPinned, readPinned } from '../helpers/pinned.js';
import { readRepoFile } from '../helpers/fixtures.js';

const pinned = readPinned();

describe('the pinned counterexamples', () => {
  it('name known properties and are written in the canonical form', () => {
    for (const example of pinned) expect(Object.keys(PINNABLE_PROPERTIES)).toContain(example.property);
    expect(readRepoFile('test/pinned/counterexamples.json')).toBe(formatPinned(pinned));
  });

  it.each(pinned.map((example) => [example.property, JSON.stringify(example.input).slice(0, 60), example]))(
    '%s holds on %s',
    (property, _shown, example) => {
      expect(PINNABLE_PROPERTIES[property](example.input), example.note).toBeUndefined();
    },
  );
});
