import type { Token } from '../types.js';
import type { LanguageModel } from './types.js';

/** A text as the language model reads it: ids with sentence boundaries, tied back to the tokens. */
export interface LmSequence {
  /** Ids: every sentence is `<s> … </s>`. */
  ids: Int32Array;
  /** For each id, the index of the token it stands for; -1 for an added `<s>` or the final `</s>`. */
  tokenIndex: Int32Array;
}

const SENTENCE_FINAL = new Set(['.', '!', '?', '…']);
const WORD_KINDS = new Set(['word', 'acronym']);

// A full stop glued to the next word (`TP.HCM`, `v.v`) is an abbreviation dot, not a sentence end.
function isBoundary(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token.kind === 'newline') return true;
  if (token.kind !== 'punctuation' || !SENTENCE_FINAL.has(token.text)) return false;
  if (token.text !== '.') return true;
  const next = tokens[index + 1];
  return next === undefined || next.kind === 'space' || next.kind === 'newline' || next.kind === 'punctuation';
}

function idOfToken(token: Token, model: Pick<LanguageModel, 'idOf' | 'unk' | 'num' | 'punct'>): number {
  if (WORD_KINDS.has(token.kind)) return model.idOf(token.text);
  if (token.kind === 'number') return model.num;
  if (token.kind === 'punctuation') return model.punct;
  return model.unk;
}

/**
 * Maps the tokens of `tokenize` to language-model ids, the same way for training and repair:
 * syllables by `idOf`, numbers to `<num>`, punctuation to `<p>`, anything else (foreign words, URLs,
 * codes) to `<unk>`. Spaces are skipped. Line ends and `. ! ? …` end a sentence (the mark itself
 * becomes `</s>`); empty sentences are dropped.
 * @param tokens Tokens of one text, in order.
 * @param model The model whose ids to use.
 */
export function mapTokensToIds(
  tokens: readonly Token[],
  model: Pick<LanguageModel, 'idOf' | 'bos' | 'eos' | 'unk' | 'num' | 'punct'>,
): LmSequence {
  const ids: number[] = [];
  const tokenIndex: number[] = [];
  let open = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind === 'space') continue;
    if (isBoundary(tokens, index)) {
      if (open) {
        ids.push(model.eos);
        tokenIndex.push(index);
        open = false;
      }
      continue;
    }
    if (!open) {
      ids.push(model.bos);
      tokenIndex.push(-1);
      open = true;
    }
    ids.push(idOfToken(token, model));
    tokenIndex.push(index);
  }
  if (open) {
    ids.push(model.eos);
    tokenIndex.push(-1);
  }
  return { ids: Int32Array.from(ids), tokenIndex: Int32Array.from(tokenIndex) };
}
