import { CP1252_C1, CP1258_HIGH, TCVN3_C0, TCVN3_HIGH, VISCII_C0, VISCII_HIGH, VPS_C0, VPS_HIGH } from './charset-tables.js';

/** A single-byte character set as 256 characters, one per byte (U+FFFD: not assigned). */
export type ByteTable = readonly string[];

function tableOf(high: string, c0: Readonly<Record<number, string>> = {}): ByteTable {
  const table: string[] = [];
  for (let byte = 0; byte < 0x80; byte++) table.push(c0[byte] ?? String.fromCharCode(byte));
  table.push(...high);
  if (table.length !== 256) throw new Error(`Expected 256 characters in a byte table, got ${table.length}`);
  return table;
}

/** VISCII 1.1 (RFC 1456). */
export const VISCII_TABLE: ByteTable = tableOf(VISCII_HIGH, VISCII_C0);
/** TCVN 5712:1993 VN1, read for TCVN3 (VN3) text too. */
export const TCVN3_TABLE: ByteTable = tableOf(TCVN3_HIGH, TCVN3_C0);
/** VPS. */
export const VPS_TABLE: ByteTable = tableOf(VPS_HIGH, VPS_C0);
/** Windows-1258. */
export const CP1258_TABLE: ByteTable = tableOf(CP1258_HIGH);

/**
 * Characters as a font-encoded text reaches Unicode when a program read its bytes as Windows-1252 or
 * Latin-1: both readings are accepted (the C1 controls of Latin-1 as well as the Windows-1252 marks).
 */
const BYTE_OF_WESTERN = new Map<string, number>();
for (let byte = 0; byte < 0x100; byte++) BYTE_OF_WESTERN.set(String.fromCharCode(byte), byte);
[...CP1252_C1].forEach((char, index) => {
  if (char !== '\uFFFD') BYTE_OF_WESTERN.set(char, 0x80 + index);
});

/** Characters of Windows-1258 that differ from Windows-1252 / Latin-1, with their bytes. */
const BYTE_OF_CP1258_ONLY = new Map<string, number>();
CP1258_TABLE.forEach((char, byte) => {
  if (char !== '\uFFFD' && !BYTE_OF_WESTERN.has(char)) BYTE_OF_CP1258_ONLY.set(char, byte);
});

/** Every character that stands for a byte when text is read as Windows-1252, Latin-1 or Windows-1258, with its byte. */
export function codePageCharacters(): IterableIterator<[string, number]> {
  return [...BYTE_OF_WESTERN, ...BYTE_OF_CP1258_ONLY][Symbol.iterator]();
}

/** The byte a character stands for when text was read as Windows-1252 or Latin-1; `undefined` if none. */
export function westernByteOf(char: string): number | undefined {
  return BYTE_OF_WESTERN.get(char);
}

/**
 * The byte a character stands for when text was read as Windows-1252, Latin-1 or Windows-1258;
 * `undefined` if none.
 */
export function anyCodePageByteOf(char: string): number | undefined {
  return BYTE_OF_WESTERN.get(char) ?? BYTE_OF_CP1258_ONLY.get(char);
}

/**
 * The bytes of a font-encoded text that was read as Windows-1252 or Latin-1; `undefined` when a
 * character has no such byte (the text is not a misread single-byte text).
 * @param text The text as found.
 */
export function westernBytesOf(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = BYTE_OF_WESTERN.get(text[i]);
    if (byte === undefined) return undefined;
    bytes[i] = byte;
  }
  return bytes;
}

/**
 * Decodes bytes with a byte table; `undefined` when a byte is not assigned.
 * @param bytes The bytes.
 * @param table The character set.
 */
export function decodeWithTable(bytes: Uint8Array, table: ByteTable): string | undefined {
  let out = '';
  for (const byte of bytes) {
    const char = table[byte];
    if (char === '\uFFFD') return undefined;
    out += char;
  }
  return out;
}
