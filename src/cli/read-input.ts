import { open } from 'node:fs/promises';

/** An input opened for reading. */
export interface Input {
  chunks: AsyncIterable<Uint8Array>;
  close(): Promise<void>;
}

/** An input that cannot be read, or that is not text; the message names it. */
export class InputError extends Error {
  /**
   * @param label The input's name.
   * @param reason What is wrong with it.
   */
  constructor(label: string, reason: string) {
    super(`\`${label}\`: ${reason}`);
    this.name = 'InputError';
  }
}

/** The name standard input goes by in messages and reports. */
export const STDIN_LABEL = '<stdin>';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
};

/**
 * Describes a file-system error for a message.
 * @param error An error from `node:fs`.
 */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  return (code && REASONS[code]) ?? (error as Error).message;
}

/**
 * Opens a file for reading, or standard input for `-`.
 * @param name A path or `-`.
 * @param stdin The stream to read for `-`.
 * @throws InputError when the file is missing, unreadable or a directory.
 */
export async function openInput(name: string, stdin: NodeJS.ReadableStream): Promise<Input> {
  if (name === '-') {
    return { chunks: stdin as AsyncIterable<Uint8Array>, close: async () => {} };
  }
  let handle;
  try {
    handle = await open(name, 'r');
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const opened = handle;
    const stream = opened.createReadStream({ highWaterMark: 1 << 16, autoClose: false });
    return { chunks: stream, close: () => opened.close() };
  } catch (error) {
    await handle?.close();
    throw new InputError(name, describeFsError(error));
  }
}
