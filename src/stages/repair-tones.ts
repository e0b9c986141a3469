import { replaceToken } from '../doc.js';
import { applyCase, composeSyllable, parseSyllable } from '../orthography/syllable.js';
import type { Doc, ResolvedOptions } from '../types.js';

/** Stage: a tone mark on the wrong letter of a syllable moves to the right one; style per option. */
export function repairTones(doc: Doc, options: ResolvedOptions): Doc {
  const placementOn = options.enabled.has('tone-placement');
  const styleOn = options.enabled.has('tone-style') && options.toneStyle !== 'preserve';
  for (const token of doc.tokens) {
    if (token.kind !== 'word' || token.protected) continue;
    const syllable = parseSyllable(token.text);
    if (!syllable || syllable.placement === 'none' || syllable.placement === 'both') continue;
    if (syllable.placement === 'misplaced') {
      if (!placementOn) continue;
      const style = options.toneStyle === 'preserve' ? 'classic' : options.toneStyle;
      replaceToken(token, applyCase(token.text, composeSyllable(syllable, style)), 'tone-placement', 0.99);
    } else if (styleOn && syllable.placement !== options.toneStyle) {
      replaceToken(token, applyCase(token.text, composeSyllable(syllable, options.toneStyle)), 'tone-style', 1);
    }
  }
  return doc;
}
