import { randomBytes } from 'node:crypto';
import { chmod, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/** Where repaired text goes. */
export interface OutputSink {
  write(text: string | Uint8Array): Promise<void>;
  /** The input was read to its end; `changed` tells whether any edit was made. */
  finish(changed: boolean): Promise<void>;
  /** The input failed: nothing of it may be kept. */
  abort(): Promise<void>;
}

/**
 * Writes to a stream, waiting for it to drain when its buffer is full.
 * @param stream Any writable stream.
 * @param text What to write (a string, or UTF-8 bytes); nothing is written when empty.
 */
export async function writeText(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (text.length === 0 || stream.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

/**
 * A sink that writes to a stream, such as standard output.
 * @param stream The stream to write to.
 */
export function createStreamSink(stream: Writable): OutputSink {
  return {
    write: (text) => writeText(stream, text),
    finish: async () => {},
    abort: async () => {},
  };
}

/** A sink that keeps nothing (for `--check` and `--diff`). */
export const DISCARD_SINK: OutputSink = { write: async () => {}, finish: async () => {}, abort: async () => {} };

/**
 * A sink that replaces a file atomically: it writes a temporary file beside the real one (through a
 * symbolic link, beside its target) and renames it over the file only when the input was read to its
 * end and something changed; the file's permission bits are kept.
 * @param path The file to replace.
 */
export async function createInPlaceSink(path: string): Promise<OutputSink> {
  const target = await realpath(path);
  const { mode, uid, gid } = await stat(target);
  // Renaming over a file needs only a writable folder; a file nobody may write is left as it is.
  if ((mode & 0o222) === 0) throw new Error('the file is read-only');
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  let isOpen = true;
  async function closeHandle(): Promise<void> {
    if (!isOpen) return;
    isOpen = false;
    await handle.close();
  }
  async function discard(): Promise<void> {
    await closeHandle().catch(() => {});
    await unlink(temporary).catch(() => {});
  }
  return {
    write: async (text) => {
      if (text.length === 0) return;
      try {
        await handle.writeFile(text, 'utf8');
      } catch (error) {
        // A full disk: whoever handles the error, the half-written copy must not stay behind.
        await discard();
        throw error;
      }
    },
    finish: async (changed) => {
      if (!changed) return discard();
      try {
        await handle.sync();
        // Ownership can only be kept when allowed; the permission bits always are.
        await handle.chown(uid, gid).catch(() => {});
        await closeHandle();
        await chmod(temporary, mode & 0o7777);
        await rename(temporary, target);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    abort: discard,
  };
}
