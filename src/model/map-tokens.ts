import type { Token } from '../types.js';
import type { LanguageModel } from './types.js';

/** A text as the language model reads it: ids with sentence boundaries, tied back to the tokens. */
export interface LmSequence {
  /** Ids: every sentence is `<s> … </s>`. */
  ids: Int32Array;
  /** For each id, the index of the token it stands for; -1 for an added `<s>` or the final `</s>`. */
  tokenIndex: Int32Array;
}

/** Marks that end a sentence. */
export const SENTENCE_FINAL: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
const WORD_KINDS = new Set(['word', 'acronym']);

/** Whether the line that the line break at `index` ends has text and ends with no mark that ends a sentence. */
function endsOpenLine(tokens: readonly Token[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && tokens[before].kind === 'space') before--;
  const last = tokens[before];
  return last !== undefined && last.kind !== 'newline' && !(last.kind === 'punctuation' && SENTENCE_FINAL.has(last.text));
}

/**
 * Whether the line break at `index` is inside a sentence: the line before it ends with no mark that
 * ends a sentence, and the next opens with a word, as text whose lines were wrapped (PDF extraction)
 * reads. Such a break is read as a space. A heading without a full stop reads on into what follows it.
 */
export function continuesSentence(tokens: readonly Token[], index: number): boolean {
  let after = index + 1;
  while (after < tokens.length && tokens[after].kind === 'space') after++;
  return tokens[after]?.kind === 'word' && endsOpenLine(tokens, index);
}

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

/** How {@link mapTokensToIds} reads line breaks. */
export interface MapOptions {
  /**
   * Read a line break inside a sentence as a space (default). Training turns it off: the news it reads
   * has one paragraph per line, so there a line always ends its sentence, also after a heading.
   */
  joinWrappedLines?: boolean;
}

/**
 * Maps the tokens of `tokenize` to language-model ids, the same way for training and repair:
 * syllables by `idOf`, numbers to `<num>`, punctuation to `<p>`, anything else (foreign words, URLs,
 * codes) to `<unk>`. Spaces are skipped, and so are line breaks inside a sentence ({@link continuesSentence});
 * other line ends and `. ! ? …` end a sentence (the mark itself becomes `</s>`); empty sentences are dropped.
 * @param tokens Tokens of one text, in order.
 * @param model The model whose ids to use.
 * @param options Whether a line break inside a sentence is read as a space.
 */
export function mapTokensToIds(
  tokens: readonly Token[],
  model: Pick<LanguageModel, 'idOf' | 'bos' | 'eos' | 'unk' | 'num' | 'punct'>,
  { joinWrappedLines = true }: MapOptions = {},
): LmSequence {
  const ids: number[] = [];
  const tokenIndex: number[] = [];
  let open = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind === 'space' || (joinWrappedLines && token.kind === 'newline' && continuesSentence(tokens, index))) continue;
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
