import { runPipeline } from './pipeline.js';
import type { CleanOptions, CleanResult } from './types.js';

/**
 * Repairs Vietnamese text and returns it. Correct text comes back unchanged.
 * @param text Any string; never throws on its content.
 * @param options Tone style and rules to turn off.
 * @throws TypeError when `text` is not a string or an option is invalid.
 */
export function clean(text: string, options?: CleanOptions): string {
  return runPipeline(text, options).text;
}

/**
 * Repairs Vietnamese text and returns it with the edits made, as offsets into the input.
 * @param text Any string; never throws on its content.
 * @param options Tone style and rules to turn off.
 * @throws TypeError when `text` is not a string or an option is invalid.
 */
export function cleanWithEdits(text: string, options?: CleanOptions): CleanResult {
  return runPipeline(text, options);
}

/**
 * Puts tones and vowel marks back into words written without any (`Ha Noi tang cuong hop tac` →
 * `Hà Nội tăng cường hợp tác`), along with the other repairs of {@link clean}. Letter case and layout are kept.
 * @param text Any string.
 * @param options As for {@link clean}; `restore` defaults to `always` here (`auto`: only sentences
 * that are clearly unaccented Vietnamese).
 * @throws TypeError when `text` is not a string or an option is invalid.
 */
export function restoreDiacritics(text: string, options?: CleanOptions): string {
  return runPipeline(text, { ...options, restore: options?.restore ?? 'always' }).text;
}

export {
  parseSyllable,
  composeSyllable,
  isVietnameseSyllable,
  type Syllable,
  type ToneStyle,
  type TonePlacement,
} from './orthography/syllable.js';
export { removeDiacritics, skeletonOf, decomposeLetter, type Tone, type LetterParts, type Modifier } from './orthography/letters.js';
export { tokenize } from './tokenize.js';
export { RULE_IDS, type RestoreMode, type RuleId, type Edit, type CleanOptions, type CleanResult, type Token, type TokenKind } from './types.js';
export {
  createCleanStream,
  createSegmenter,
  cleanSegment,
  type CleanStreamOptions,
  type Segment,
  type Segmenter,
  type SegmenterOptions,
} from './stream.js';
export { getDefaultModel } from './model/default-model.js';
export { createModelFromText, type TextModelOptions } from './model/create-model-from-text.js';
export type { LanguageModel } from './model/types.js';
export {
  decodeLegacy,
  detectEncoding,
  LEGACY_ENCODINGS,
  type DecodeLegacyOptions,
  type DetectOptions,
  type EncodingDetection,
  type LegacyEncoding,
  type DetectedEncoding,
} from './legacy/index.js';
