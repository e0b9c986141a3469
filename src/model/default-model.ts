import { decodeBase64 } from './base64.js';
import { createModel } from './create-model.js';
import { MODEL_BASE64 } from './data.generated.js';
import { decodeModel } from './decode-model.js';
import type { LanguageModel } from './types.js';

let cached: LanguageModel | undefined;

/** The bundled news model, decoded on first use and cached. */
export function getDefaultModel(): LanguageModel {
  cached ??= createModel(decodeModel(decodeBase64(MODEL_BASE64)));
  return cached;
}
