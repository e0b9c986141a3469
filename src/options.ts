import { getDefaultModel } from './model/default-model.js';
import type { LanguageModel } from './model/types.js';
import { RULE_IDS, type CleanOptions, type ResolvedOptions, type RuleId } from './types.js';

const TONE_STYLES = ['classic', 'modern', 'preserve'];
const KNOWN_OPTIONS = new Set(['toneStyle', 'rules', 'model', 'minConfidence', 'restore']);
const RESTORE_MODES = ['never', 'auto', 'always'];

/** Context repairs below this confidence are not made (calibrated with `npm run eval`). */
export const DEFAULT_MIN_CONFIDENCE = 0.6;

/** Checks options and fills in defaults; throws `TypeError` on misuse. */
export function resolveOptions(options: CleanOptions | undefined): ResolvedOptions {
  if (options === undefined || options === null) {
    return { toneStyle: 'classic', enabled: new Set(RULE_IDS), model: getDefaultModel, minConfidence: DEFAULT_MIN_CONFIDENCE, restore: 'never' };
  }
  if (typeof options !== 'object') throw new TypeError('Expected `options` to be an object');
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`Unknown option \`${key}\``);
  }
  const toneStyle = options.toneStyle ?? 'classic';
  if (!TONE_STYLES.includes(toneStyle)) {
    throw new TypeError(`Expected \`toneStyle\` to be one of ${TONE_STYLES.join(', ')}, got \`${String(toneStyle)}\``);
  }
  const enabled = new Set<RuleId>(RULE_IDS);
  for (const [rule, on] of Object.entries(options.rules ?? {})) {
    if (!(RULE_IDS as readonly string[]).includes(rule)) throw new TypeError(`Unknown rule \`${rule}\``);
    if (typeof on !== 'boolean') throw new TypeError(`Expected rule \`${rule}\` to be true or false`);
    if (!on) enabled.delete(rule as RuleId);
  }
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new TypeError(`Expected \`minConfidence\` to be a number from 0 to 1, got \`${String(minConfidence)}\``);
  }
  const restore = options.restore ?? 'never';
  if (!RESTORE_MODES.includes(restore)) {
    throw new TypeError(`Expected \`restore\` to be one of ${RESTORE_MODES.join(', ')}, got \`${String(restore)}\``);
  }
  const model = options.model;
  if (model !== undefined && (typeof model !== 'object' || typeof model.logProb !== 'function')) {
    throw new TypeError('Expected `model` to be a language model');
  }
  return { toneStyle, enabled, minConfidence, restore, model: model === undefined ? getDefaultModel : () => model as LanguageModel };
}
