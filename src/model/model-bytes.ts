import { decodeBase64 } from './base64.js';
import { MODEL_BASE64 } from './data.generated.js';

/** The packed bytes of the bundled model (the command's build reads them from the package's file instead). */
export function loadModelBytes(): Uint8Array {
  return decodeBase64(MODEL_BASE64);
}
