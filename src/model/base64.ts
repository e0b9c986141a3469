const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

interface BufferLike {
  from(text: string, encoding: 'base64'): Uint8Array;
}

/**
 * Decodes base64 to bytes, with `Buffer` where the runtime has it and plain code elsewhere.
 * @param text Base64 without line breaks; `=` padding optional.
 */
export function decodeBase64(text: string): Uint8Array {
  const buffer = (globalThis as { Buffer?: BufferLike }).Buffer;
  if (buffer !== undefined) return buffer.from(text, 'base64');
  return decodeBase64Portably(text);
}

/**
 * Decodes base64 to bytes without any runtime helper (for browsers and other engines).
 * @param text Base64 without line breaks; `=` padding optional.
 */
export function decodeBase64Portably(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let held = 0;
  let at = 0;
  for (let i = 0; i < end; i++) {
    const value = VALUE[text.charCodeAt(i)];
    if (value === undefined || value < 0) throw new SyntaxError('Invalid base64 in model data');
    bits = (bits << 6) | value;
    held += 6;
    if (held >= 8) {
      held -= 8;
      out[at++] = (bits >> held) & 0xff;
    }
  }
  return out;
}

/**
 * Encodes bytes as base64 (build time and tests).
 * @param bytes The bytes.
 */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >> 18) & 63] + ALPHABET[(triple >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[triple & 63] : '=';
  }
  return out;
}
