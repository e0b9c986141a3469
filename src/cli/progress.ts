import type { Writable } from 'node:stream';

/** Shows how far the input has been read. */
export interface Progress {
  /** Counts bytes read. */
  add(bytes: number): void;
  /** Clears the line. */
  done(): void;
}

const BAR_WIDTH = 20;
const REDRAW_MS = 100;

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const [hours, minutes, rest] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

/**
 * One line of progress: bytes read, a bar and the ETA when the total is known, and the speed.
 * @param bytes Bytes read so far.
 * @param total Bytes in all, when known.
 * @param seconds Time since the start.
 */
export function formatProgress(bytes: number, total: number | undefined, seconds: number): string {
  const rate = seconds > 0 ? bytes / seconds : 0;
  const megabytesPerSecond = rate / 1e6;
  const speed = `${megabytesPerSecond.toFixed(megabytesPerSecond < 1 ? 2 : 1)} MB/s`;
  if (total === undefined || total <= 0) return `${formatMegabytes(bytes)}  ${speed}`;
  const share = Math.min(1, bytes / total);
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
  const eta = rate > 0 ? formatDuration((total - bytes) / rate) : '?';
  return `${bar} ${Math.floor(share * 100)}%  ${formatMegabytes(bytes)} / ${formatMegabytes(total)}  ${speed}  ETA ${eta}`;
}

/** A progress display that shows nothing. */
export const NO_PROGRESS: Progress = { add: () => {}, done: () => {} };

/**
 * Draws progress on one terminal line, at most ten times a second.
 * @param stream The terminal (standard error).
 * @param total Bytes in all, when known.
 */
export function createProgress(stream: Writable, total: number | undefined): Progress {
  const started = Date.now();
  let bytes = 0;
  let drawn = 0;
  let shown = false;
  return {
    add(count) {
      bytes += count;
      const now = Date.now();
      if (now - drawn < REDRAW_MS) return;
      drawn = now;
      shown = true;
      stream.write(`\r${formatProgress(bytes, total, (now - started) / 1000)}\u001B[K`);
    },
    done() {
      if (shown) stream.write('\r\u001B[K');
    },
  };
}
