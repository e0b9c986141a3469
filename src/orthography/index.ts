export * from './letters.js';
export * from './rimes.js';
export * from './syllable.js';
export { toNfc, toNfd, usesNativeNormalize } from './unicode.js';
