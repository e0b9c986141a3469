/** Thrown when input bytes are not valid UTF-8; `offset` is the byte where the bad sequence starts. */
export class Utf8Error extends Error {
  readonly offset: number;

  /**
   * @param offset Byte offset, from the start of the input, of the first byte of the invalid sequence.
   */
  constructor(offset: number) {
    super(`invalid UTF-8 at byte ${offset}`);
    this.name = 'Utf8Error';
    this.offset = offset;
  }
}

/** Decodes UTF-8 arriving in chunks, keeping a byte-order mark, and throws {@link Utf8Error} on bad bytes. */
export interface Utf8Decoder {
  /** Decodes the next chunk; bytes of a character cut by the chunk's end wait for the next chunk. */
  decode(bytes: Uint8Array): string;
  /** Ends the input; throws when it stops inside a character. */
  end(): string;
}

/** Length of the sequence a lead byte opens, or 0 when the byte cannot open one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// Bounds of the second byte, which rule out overlong forms, surrogates and code points above U+10FFFF.
function secondByteFits(lead: number, byte: number): boolean {
  if (lead === 0xe0) return byte >= 0xa0 && byte <= 0xbf;
  if (lead === 0xed) return byte >= 0x80 && byte <= 0x9f;
  if (lead === 0xf0) return byte >= 0x90 && byte <= 0xbf;
  if (lead === 0xf4) return byte >= 0x80 && byte <= 0x8f;
  return byte >= 0x80 && byte <= 0xbf;
}

/**
 * Finds the first invalid UTF-8 sequence (RFC 3629).
 * @param bytes Bytes that start at a character boundary.
 * @param final Whether a sequence cut short by the end counts as invalid.
 * @returns The index of the sequence's first byte, or -1 when every sequence is valid.
 */
export function findInvalidUtf8(bytes: Uint8Array, final: boolean): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    const length = sequenceLength(lead);
    if (length === 0) return index;
    for (let k = 1; k < length; k++) {
      if (index + k >= bytes.length) return final ? index : -1;
      const byte = bytes[index + k];
      const fits = k === 1 ? secondByteFits(lead, byte) : byte >= 0x80 && byte <= 0xbf;
      if (!fits) return index;
    }
    index += length;
  }
  return -1;
}

/** How many bytes at the end of `bytes` open a character that is not complete yet. */
function incompleteTailLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) !== 0x80) return sequenceLength(byte) > back ? back : 0;
  }
  return 0;
}

function concatBytes(head: Uint8Array, tail: Uint8Array): Uint8Array {
  if (head.length === 0) return tail;
  const joined = new Uint8Array(head.length + tail.length);
  joined.set(head);
  joined.set(tail, head.length);
  return joined;
}

/** Creates a streaming UTF-8 decoder that reports the byte offset of invalid input. */
export function createUtf8Decoder(): Utf8Decoder {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // Bytes decoded so far, and the last few of them when they open a character still incomplete:
  // an error found in the next chunk may start there.
  let consumed = 0;
  let pending: Uint8Array = new Uint8Array(0);

  function locateError(bytes: Uint8Array, final: boolean): Utf8Error {
    const scanned = concatBytes(pending, bytes);
    const index = findInvalidUtf8(scanned, final);
    return new Utf8Error(consumed - pending.length + Math.max(index, 0));
  }

  return {
    decode(bytes) {
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw locateError(bytes, false);
      }
      const scanned = concatBytes(pending, bytes.subarray(Math.max(0, bytes.length - 4)));
      pending = scanned.slice(scanned.length - incompleteTailLength(scanned));
      consumed += bytes.length;
      return text;
    },
    end() {
      try {
        return decoder.decode();
      } catch {
        throw locateError(new Uint8Array(0), true);
      }
    },
  };
}
