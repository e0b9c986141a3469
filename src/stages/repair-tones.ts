import { replaceToken } from '../doc.js';
import { applyCase, composeSyllable, parseSyllable } from '../orthography/syllable.js';
import type { Doc, ResolvedOptions, RuleId } from '../types.js';

/** What the tone stage makes of a word: its new spelling and the rule, or `undefined` to keep it. */
export function toneRepairOf(word: string, options: ResolvedOptions): { text: string; rule: RuleId; confidence: number } | undefined {
  const syllable = parseSyllable(word);
  if (!syllable || syllable.placement === 'none' || syllable.placement === 'both') return undefined;
  if (syllable.placement === 'misplaced') {
    if (!options.enabled.has('tone-placement')) return undefined;
    const style = options.toneStyle === 'preserve' ? 'classic' : options.toneStyle;
    return { text: applyCase(word, composeSyllable(syllable, style)), rule: 'tone-placement', confidence: 0.99 };
  }
  const styleOn = options.enabled.has('tone-style') && options.toneStyle !== 'preserve';
  if (!styleOn || syllable.placement === options.toneStyle) return undefined;
  return { text: applyCase(word, composeSyllable(syllable, options.toneStyle)), rule: 'tone-style', confidence: 1 };
}

/** Stage: a tone mark on the wrong letter of a syllable moves to the right one; style per option. */
export function repairTones(doc: Doc, options: ResolvedOptions): Doc {
  for (const token of doc.tokens) {
    if (token.kind !== 'word' || token.protected) continue;
    const repair = toneRepairOf(token.text, options);
    if (repair) replaceToken(token, repair.text, repair.rule, repair.confidence);
  }
  return doc;
}
