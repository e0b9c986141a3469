import type { LanguageModel } from './model/types.js';
import type { ToneStyle } from './orthography/syllable.js';

/** Stable identifiers of the repairs; each can be turned off through {@link CleanOptions.rules}. */
export const RULE_IDS = [
  'mojibake',
  'unicode-nfc',
  'invisible-character',
  'space-separator',
  'space-run',
  'd-stroke',
  'tone-placement',
  'tone-style',
  'missing-space',
  'punctuation-space',
  'diacritic-typo',
  'diacritic-restoration',
] as const;

/** A repair's stable identifier. */
export type RuleId = (typeof RULE_IDS)[number];

/** What a token is; protected kinds are never changed. */
export type TokenKind =
  | 'word'
  | 'space'
  | 'newline'
  | 'punctuation'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'path'
  | 'inline-code'
  | 'number'
  | 'code'
  | 'acronym';

/** A slice of the input with its current text. Offsets are UTF-16 indices into the input. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** The text now, after the stages so far. */
  text: string;
  /** Whether no stage may change this token. */
  protected: boolean;
  /** Rules that changed this token, in order. */
  rules: RuleId[];
  /** The lowest confidence among those changes (1 when unchanged). */
  confidence: number;
}

/** One repair: the input's `[start, end)` held `before` and now holds `after`. */
export interface Edit {
  start: number;
  end: number;
  before: string;
  after: string;
  /** The rule that made the change (the last one, when several rules touched the same span). */
  rule: RuleId;
  /** Every rule that touched the span, in order. */
  rules: RuleId[];
  /** How sure the repair is, from 0 to 1. */
  confidence: number;
}

/** What {@link cleanWithEdits} returns. */
export interface CleanResult {
  text: string;
  edits: Edit[];
}

/** When to put diacritics back into words written without any. */
export type RestoreMode = 'never' | 'auto' | 'always';

/** Options of {@link clean} and {@link cleanWithEdits}. */
export interface CleanOptions {
  /** Tone-mark placement in open `oa`/`oe`/`uy` rimes. Default `classic` (hòa, thủy). */
  toneStyle?: ToneStyle;
  /** Turns single rules off (`{ 'diacritic-typo': false }`); every rule is on by default. */
  rules?: Partial<Record<RuleId, boolean>>;
  /** The language model for the context repairs; default: the bundled news model. */
  model?: LanguageModel;
  /**
   * Missing-space and diacritic-typo repairs less sure than this (0 to 1) are not made. Default 0.6;
   * raise it for fewer false edits and fewer repairs.
   */
  minConfidence?: number;
  /**
   * Put diacritics back into text written without them: `never` (default), `auto` (only sentences that
   * are clearly unaccented Vietnamese) or `always` (every bare word).
   */
  restore?: RestoreMode;
}

/** Options after defaults and validation. */
export interface ResolvedOptions {
  toneStyle: ToneStyle;
  enabled: ReadonlySet<RuleId>;
  /** The language model, loaded on first use. */
  model: () => LanguageModel;
  minConfidence: number;
  restore: RestoreMode;
}

/** The text being repaired: the input and its tokens. Only `render` builds the output string. */
export interface Doc {
  source: string;
  tokens: Token[];
}
