export { decodeLegacy, type DecodeLegacyOptions } from './decode-legacy.js';
export { detectEncoding, type DetectOptions, type EncodingDetection } from './detect-encoding.js';
export { findMojibakeRepairs, type MojibakeRepair } from './repair-utf8-mojibake.js';
export { LEGACY_ENCODINGS, type DetectedEncoding, type LegacyEncoding, type MojibakeKind } from './legacy-encoding.js';
