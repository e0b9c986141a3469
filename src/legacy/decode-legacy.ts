import { decodeWith } from './decode-with.js';
import { detectEncoding } from './detect-encoding.js';
import { LEGACY_ENCODINGS, type LegacyEncoding } from './legacy-encoding.js';

/** Options of {@link decodeLegacy}. */
export interface DecodeLegacyOptions {
  /** The encoding of the input; `auto` (default) detects it and leaves good Unicode as it is. */
  from?: LegacyEncoding | 'auto';
}

/**
 * Decodes Vietnamese text in a legacy encoding — TCVN3 (ABC), VNI-Windows, VIQR, VISCII, VPS or
 * Windows-1258 — or UTF-8 mojibake, to NFC Unicode.
 * @param input The text as found (legacy bytes read as Windows-1252 / Latin-1 characters), or its bytes.
 * @param options `from`: the encoding, or `auto`.
 * @throws TypeError on an unknown encoding or an input that is neither a string nor bytes.
 */
export function decodeLegacy(input: string | Uint8Array, options: DecodeLegacyOptions = {}): string {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) throw new TypeError('Expected `input` to be a string or a Uint8Array');
  const from = options.from ?? 'auto';
  if (from === 'auto') return detectEncoding(input).text;
  if (!(LEGACY_ENCODINGS as readonly string[]).includes(from)) {
    throw new TypeError(`Expected \`from\` to be one of ${[...LEGACY_ENCODINGS, 'auto'].join(', ')}, got \`${String(from)}\``);
  }
  return decodeWith(input, from);
}
