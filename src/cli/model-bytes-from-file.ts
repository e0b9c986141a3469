// The command's `loadModelBytes`: the packed model is read from the `model-data.cjs` installed beside
// the command, not imported. Importing it would parse 10 MB of JavaScript at every start and keep the
// base64 text in memory for as long as the command runs.
import { readFileSync } from 'node:fs';

/** The packed bytes of the bundled model, from the base64 string literal of `model-data.cjs`. */
export function loadModelBytes(): Uint8Array {
  const file = readFileSync(new URL('./model-data.cjs', import.meta.url));
  const open = file.indexOf('"');
  const close = file.indexOf('"', open + 1);
  if (open < 0 || close < 0) throw new Error('model-data.cjs holds no model');
  return Buffer.from(file.toString('latin1', open + 1, close), 'base64');
}
