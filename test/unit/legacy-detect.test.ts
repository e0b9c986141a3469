import { describe, expect, it } from 'vitest';
import { LEGACY_ENCODINGS, decodeLegacy, detectEncoding, type LegacyEncoding } from '../../src/legacy/index.js';
import { encodeLegacyText, unencodableChars } from '../../src/legacy/encode-legacy.js';
import { readArticles } from '../helpers/fixtures.js';

const utf8 = new TextEncoder();

/** Samples of 200+ characters cut from the gold fixtures at line starts. */
function samples(): string[] {
  const out: string[] = [];
  for (const { gold } of readArticles()) {
    const lines = gold.split('\n').filter((line) => line.length > 0);
    for (let i = 0; i < lines.length; i++) {
      let sample = lines[i];
      for (let j = i + 1; sample.length < 200 && j < lines.length; j++) sample += '\n' + lines[j];
      if (sample.length >= 200) out.push(sample);
    }
  }
  return out;
}

// Text in these encodings cannot keep a character they lack (VISCII and VPS have no dashes) as it is.
const NO_PASS_THROUGH = new Set<LegacyEncoding>(['viscii', 'vps', 'cp1258']);

/** The text with the characters an encoding cannot carry written as `-`. */
function carried(text: string, encoding: LegacyEncoding): string {
  const missing = unencodableChars(text, encoding);
  return NO_PASS_THROUGH.has(encoding) ? [...text].map((char) => (missing.has(char) ? '-' : char)).join('') : text;
}

describe('encoding detection', () => {
  const cases = samples();

  it('has enough samples to measure', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const encoding of LEGACY_ENCODINGS) {
    it(`finds ${encoding} in every fixture sample written in it, and decodes it back`, () => {
      for (const sample of cases) {
        const found = detectEncoding(encodeLegacyText(carried(sample, encoding), encoding));
        expect(found.encoding).toBe(encoding);
        expect(found.text).toBe(carried(sample, encoding));
      }
    });
  }

  it('finds UTF-8 mojibake in every fixture sample read as Windows-1252', () => {
    for (const sample of cases) {
      const found = detectEncoding(new TextDecoder('windows-1252').decode(utf8.encode(sample)));
      expect(found.encoding).toBe('utf8-mojibake');
      expect(found.text).toBe(sample);
    }
  });

  it('calls every clean fixture sample, and both whole articles, good Unicode', () => {
    for (const sample of [...cases, ...readArticles().flatMap((a) => [a.input, a.gold])]) {
      expect(detectEncoding(sample).encoding).toBe('unicode');
    }
  });

  it('reads UTF-8 bytes as UTF-8 and leaves them as they are', () => {
    expect(decodeLegacy(utf8.encode('Hà Nội là thủ đô của Việt Nam'))).toBe('Hà Nội là thủ đô của Việt Nam');
  });

  it('decodes the classic TCVN3 and VNI spellings of `Việt Nam`', () => {
    expect(decodeLegacy('ViÖt Nam', { from: 'tcvn3' })).toBe('Việt Nam');
    expect(decodeLegacy('Vieät Nam', { from: 'vni' })).toBe('Việt Nam');
    expect(decodeLegacy('Vie^.t Nam.', { from: 'viqr' })).toBe('Việt Nam.');
  });

  it('decodes VPS as Windows shows it: `ViŒt Nam`, `ñà N¤ng`', () => {
    expect(decodeLegacy('ViŒt Nam', { from: 'vps' })).toBe('Việt Nam');
    expect(decodeLegacy('ñà N¤ng', { from: 'vps' })).toBe('Đà Nẵng');
  });

  it('throws a TypeError on an unknown encoding', () => {
    expect(() => decodeLegacy('x', { from: 'ebcdic' as never })).toThrow(TypeError);
  });
});
