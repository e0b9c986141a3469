import { toNfc } from '../orthography/unicode.js';
import { CP1252_C1 } from './charset-tables.js';
import { CP1258_TABLE, TCVN3_TABLE, VISCII_TABLE, VPS_TABLE, westernByteOf, type ByteTable } from './code-pages.js';
import type { LegacyEncoding } from './legacy-encoding.js';
import { decodeViqr } from './viqr.js';
import { decodeVni } from './vni.js';

const LATIN1 = new TextDecoder('latin1');
// The Windows-1252 punctuation (curly quotes, dashes, the ellipsis): the ABC fonts show these bytes as
// Windows does, so in text that reached Unicode they are punctuation, not the capitals of VN1.
const WINDOWS_PUNCTUATION = new Set([...CP1252_C1].filter((char) => !/\p{L}/u.test(char)));

function decodeStringWithTable(text: string, table: ByteTable, keepPunctuation: boolean): string {
  let out = '';
  for (const char of text) {
    const byte = keepPunctuation && WINDOWS_PUNCTUATION.has(char) ? undefined : westernByteOf(char);
    const decoded = byte === undefined ? char : table[byte];
    out += decoded === '\uFFFD' ? char : decoded;
  }
  return out;
}

function decodeBytesWithTable(bytes: Uint8Array, table: ByteTable): string {
  let out = '';
  for (const byte of bytes) out += table[byte];
  return out;
}

const TABLES: Partial<Record<LegacyEncoding, ByteTable>> = { tcvn3: TCVN3_TABLE, viscii: VISCII_TABLE, vps: VPS_TABLE, cp1258: CP1258_TABLE };

/**
 * Decodes text or bytes from one legacy encoding to NFC Unicode. Text is read as the characters its
 * bytes became through Windows-1252 or Latin-1; characters no byte gives pass through.
 * @param input The text as found, or its bytes.
 * @param encoding The encoding it is in.
 */
export function decodeWith(input: string | Uint8Array, encoding: LegacyEncoding): string {
  const table = TABLES[encoding];
  if (table !== undefined) {
    const decoded = typeof input === 'string' ? decodeStringWithTable(input, table, encoding === 'tcvn3') : decodeBytesWithTable(input, table);
    return toNfc(decoded);
  }
  const text = typeof input === 'string' ? input : LATIN1.decode(input);
  return toNfc(encoding === 'vni' ? decodeVni(text) : decodeViqr(text));
}
