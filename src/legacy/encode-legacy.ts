// The reference writers of the legacy encodings, for the round-trip tests and the evaluation only: the
// library reads these encodings and never writes them.
import { decomposeLetter, removeToneFromLetter, TONE_MARKS } from '../orthography/letters.js';
import { CP1258_TABLE, TCVN3_TABLE, VISCII_TABLE, VPS_TABLE, anyCodePageByteOf, type ByteTable } from './code-pages.js';
import type { LegacyEncoding } from './legacy-encoding.js';
import { encodeViqr } from './viqr.js';
import { encodeVni } from './vni.js';

function inverse(table: ByteTable): Map<string, number> {
  const map = new Map<string, number>();
  table.forEach((char, byte) => {
    if (char !== '\uFFFD' && !map.has(char)) map.set(char, byte);
  });
  return map;
}

const INVERSES: Partial<Record<LegacyEncoding, Map<string, number>>> = {
  tcvn3: inverse(TCVN3_TABLE),
  viscii: inverse(VISCII_TABLE),
  vps: inverse(VPS_TABLE),
  cp1258: inverse(CP1258_TABLE),
};

/** The characters of `text` that `encoding` cannot write. */
export function unencodableChars(text: string, encoding: LegacyEncoding): Set<string> {
  const missing = new Set<string>();
  for (const char of text) {
    try {
      encodeLegacyBytes(char, encoding);
    } catch {
      missing.add(char);
    }
  }
  return missing;
}

/**
 * Encodes NFC text as the bytes of a legacy encoding; Windows-1258 writes a tone that has no precomposed
 * letter as a combining mark, as Windows does. VNI and VIQR are given as Latin-1 / Windows-1252 bytes.
 * @throws Error on a character the encoding cannot write.
 */
export function encodeLegacyBytes(text: string, encoding: LegacyEncoding): Uint8Array {
  if (encoding === 'vni' || encoding === 'viqr') {
    const encoded = encoding === 'vni' ? encodeVni(text) : encodeViqr(text);
    return Uint8Array.from([...encoded].map((char) => byteOrThrow(anyCodePageByteOf(char), char, encoding)));
  }
  const table = INVERSES[encoding]!;
  const bytes: number[] = [];
  for (const char of text) {
    const byte = table.get(char);
    if (byte !== undefined) {
      bytes.push(byte);
      continue;
    }
    const parts = encoding === 'cp1258' ? decomposeLetter(char) : undefined;
    const base = parts !== undefined ? table.get(removeToneFromLetter(char)) : undefined;
    const mark = parts !== undefined ? table.get(TONE_MARKS[parts.tone]) : undefined;
    bytes.push(byteOrThrow(base, char, encoding), byteOrThrow(mark, char, encoding));
  }
  return Uint8Array.from(bytes);
}

function byteOrThrow(byte: number | undefined, char: string, encoding: string): number {
  if (byte === undefined) throw new Error(`Cannot write \`${char}\` in ${encoding}`);
  return byte;
}

const WINDOWS_1252 = new TextDecoder('windows-1252');
const LATIN1_C1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/**
 * Encodes NFC text in a legacy encoding and gives it as a Windows program shows it: the bytes read as
 * Windows-1252 (TCVN3: Latin-1, whose C1 controls keep the VN1 capitals apart from the punctuation the
 * ABC fonts show at those bytes). Characters the encoding lacks but that Windows-1252 has (curly quotes,
 * dashes) stay as they are for TCVN3, VNI and VIQR, as they do in documents made with those fonts.
 */
export function encodeLegacyText(text: string, encoding: LegacyEncoding): string {
  if (encoding === 'vni') return encodeVni(text);
  if (encoding === 'viqr') return encodeViqr(text);
  let out = '';
  for (const char of text) {
    let bytes: Uint8Array;
    try {
      bytes = encodeLegacyBytes(char, encoding);
    } catch (error) {
      if (encoding !== 'tcvn3' || anyCodePageByteOf(char) === undefined) throw error;
      out += char;
      continue;
    }
    out += encoding === 'tcvn3' ? LATIN1_C1(bytes) : WINDOWS_1252.decode(bytes);
  }
  return out;
}
