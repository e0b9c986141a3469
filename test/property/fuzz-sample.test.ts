// A fixed-seed sample of `npm run fuzz`, so that the suite runs the same hostile inputs every time.
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../helpers/fuzz.js';

describe('a fixed-seed sample of the fuzzer', () => {
  it('finds no input that makes clean throw, return non-NFC, misreport its edits or change on a second pass', () => {
    const report = runFuzz(20_240_601, 3000);
    expect(report.runs).toBe(3000);
    expect(report.counterexamples).toEqual([]);
  });
});
