/** The legacy encodings that {@link decodeLegacy} reads. */
export const LEGACY_ENCODINGS = ['tcvn3', 'vni', 'viqr', 'viscii', 'vps', 'cp1258'] as const;

/** A legacy Vietnamese encoding: TCVN3 (ABC), VNI-Windows, VIQR, VISCII, VPS or Windows-1258. */
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** UTF-8 text that a program read through the wrong single-byte code page. */
export type MojibakeKind = 'utf8-mojibake';

/** What {@link detectEncoding} can find: good Unicode, a legacy encoding, or mojibake. */
export type DetectedEncoding = 'unicode' | LegacyEncoding | MojibakeKind;
