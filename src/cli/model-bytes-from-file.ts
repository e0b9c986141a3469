// The command's `loadModelBytes`: the packed model is read from the `model-data.cjs` installed beside
// the command, not imported. Importing it would parse 10 MB of JavaScript at every start and keep the
// base64 text in memory for as long as the command runs.
import { readFileSync } from 'node:fs';

/** The packed bytes of the bundled model, from the base64 string literal of `model-data.cjs`. */
export function loadModelBytes(): Uint8Array {
  const file = readFileSync(new URL('./model-data.cjs', import.meta.url));
  // The build writes `MODEL_BASE64: "…"`; base64 has no quote in it.
  const marker = 'MODEL_BASE64: "';
  const open = file.indexOf(marker);
  const close = open < 0 ? -1 : file.indexOf('"', open + marker.length);
  if (close < 0) throw new Error('model-data.cjs holds no model');
  return Buffer.from(file.toString('latin1', open + marker.length, close), 'base64');
}
