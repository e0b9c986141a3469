/** Appends unsigned varints, raw bytes and float32 values to a growing buffer. */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Writes a non-negative integer below 2^53, 7 bits per byte, low bits first. */
  writeVarint(value: number): void {
    this.reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }

  /** Writes bytes as they are. */
  writeBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Writes float32 values, little-endian. */
  writeFloats(values: Float32Array): void {
    const bytes = new Uint8Array(values.length * 4);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
    this.writeBytes(bytes);
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

interface Utf8Buffer {
  from(bytes: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'utf8'): string };
}

const textDecoder = new TextDecoder();

/** Reads what a {@link ByteWriter} wrote, in the same order. */
export class ByteReader {
  private at = 0;
  private readonly view: DataView;

  /** @param bytes The encoded bytes. */
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Reads one unsigned varint. */
  readVarint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length) throw new RangeError('Unexpected end of model data');
      const byte = this.bytes[this.at++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  /**
   * Reads `count` varints into an array; the bulk path of {@link readVarint}.
   * @param count How many.
   * @param into Where to write them (defaults to a new array).
   */
  readVarints(count: number, into: Uint32Array = new Uint32Array(count)): Uint32Array {
    // NOTE: one tight loop instead of a call per value measured faster when loading the bundled model.
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < count; i++) {
      let byte = bytes[at++];
      let value = byte & 0x7f;
      let shift = 7;
      while (byte >= 0x80) {
        byte = bytes[at++];
        value |= (byte & 0x7f) << shift;
        shift += 7;
      }
      into[i] = value >>> 0;
    }
    if (at > bytes.length) throw new RangeError('Unexpected end of model data');
    this.at = at;
    return into;
  }

  /**
   * Reads gap-coded sorted ids in consecutive ranges: each range restarts at -1 and every varint is
   * the gap minus one to the next id.
   * @param offsets Range `r` fills `[offsets[r], offsets[r + 1])` of `into`.
   * @param into Where the ids go.
   */
  readGapCodedRanges(offsets: Uint32Array, into: Uint16Array): void {
    // NOTE: decoding in place, without an intermediate array of gaps, measured faster at load (less garbage).
    const bytes = this.bytes;
    let at = this.at;
    let i = 0;
    for (let r = 0; r + 1 < offsets.length; r++) {
      const end = offsets[r + 1];
      let previous = -1;
      for (; i < end; i++) {
        let byte = bytes[at++];
        let gap = byte & 0x7f;
        let shift = 7;
        while (byte >= 0x80) {
          byte = bytes[at++];
          gap |= (byte & 0x7f) << shift;
          shift += 7;
        }
        previous += gap + 1;
        into[i] = previous;
      }
    }
    if (at > bytes.length) throw new RangeError('Unexpected end of model data');
    this.at = at;
  }

  /** Reads `count` raw bytes (a view, not a copy). */
  readBytes(count: number): Uint8Array {
    if (this.at + count > this.bytes.length) throw new RangeError('Unexpected end of model data');
    const out = this.bytes.subarray(this.at, this.at + count);
    this.at += count;
    return out;
  }

  /** Reads a varint length and that many bytes of UTF-8 text. */
  readText(): string {
    const bytes = this.readBytes(this.readVarint());
    // NOTE: Buffer's decoder measured several times faster than TextDecoder on Node 20 here.
    const buffer = (globalThis as { Buffer?: Utf8Buffer }).Buffer;
    if (buffer !== undefined) return buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return textDecoder.decode(bytes);
  }

  /** Reads `count` float32 values. */
  readFloats(count: number): Float32Array {
    const out = new Float32Array(count);
    const start = this.at;
    this.readBytes(count * 4);
    for (let i = 0; i < count; i++) out[i] = this.view.getFloat32(start + i * 4, true);
    return out;
  }

  /** Whether every byte was read. */
  get done(): boolean {
    return this.at === this.bytes.length;
  }
}
