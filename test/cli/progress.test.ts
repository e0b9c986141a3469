import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createProgress, formatProgress } from '../../src/cli/progress.js';

describe('progress', () => {
  it('shows a bar, the share, megabytes, speed and ETA when the total is known', () => {
    expect(formatProgress(25e6, 100e6, 10)).toBe('[#####...............] 25%  25.0 MB / 100.0 MB  2.5 MB/s  ETA 0:30');
    expect(formatProgress(1e6, 8000e6, 1)).toMatch(/ETA 2:13:19$/);
  });

  it('shows megabytes and speed alone when the total is not known', () => {
    expect(formatProgress(3e6, undefined, 2)).toBe('3.0 MB  1.5 MB/s');
    expect(formatProgress(3e5, undefined, 2)).toBe('0.3 MB  0.15 MB/s');
  });

  it('redraws one line at most ten times a second and clears it at the end', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        done();
      },
    });
    const progress = createProgress(stream, 1000);
    progress.add(100);
    progress.add(100);
    vi.advanceTimersByTime(150);
    progress.add(100);
    progress.done();
    vi.useRealTimers();
    expect(written.length).toBe(3);
    expect(written.slice(0, 2).every((line) => line.startsWith('\r') && line.endsWith('\u001B[K'))).toBe(true);
    expect(written[2]).toBe('\r\u001B[K');
  });
});
