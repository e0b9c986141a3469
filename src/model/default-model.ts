import { createModel } from './create-model.js';
import { decodeModel } from './decode-model.js';
import { loadModelBytes } from './model-bytes.js';
import type { LanguageModel } from './types.js';

let cached: LanguageModel | undefined;

/** The bundled news model, decoded on first use and cached. */
export function getDefaultModel(): LanguageModel {
  cached ??= createModel(decodeModel(loadModelBytes()));
  return cached;
}
