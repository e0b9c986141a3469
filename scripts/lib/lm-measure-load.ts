// Measures, in a fresh process, how long the bundled model takes to decode and how much memory it
// holds. Run with `node --expose-gc --import tsx`; argument: the generated data module. The module's
// own import is timed separately, with plain Node, so that no TypeScript loader is counted.
import { readFileSync } from 'node:fs';
import { decodeBase64 } from '../../src/model/base64.js';
import { createModel } from '../../src/model/create-model.js';
import { decodeModel } from '../../src/model/decode-model.js';

function memory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

const before = memory();
const base64 = /MODEL_BASE64 = '([^']*)'/.exec(readFileSync(process.argv[2], 'utf8'))?.[1];
if (base64 === undefined) throw new Error('Missing `MODEL_BASE64` in the data module');
const cpuBefore = process.cpuUsage();
const started = performance.now();
const model = createModel(decodeModel(decodeBase64(base64)));
const decoded = performance.now();
// CPU time is what decoding costs on an idle machine; wall time also counts waiting for a core.
const cpu = process.cpuUsage(cpuBefore);
model.logProb(model.bos, model.bos, model.idOf('và'));
const after = memory();
console.log(
  JSON.stringify({ decodeMs: decoded - started, decodeCpuMs: (cpu.user + cpu.system) / 1000, heapMb: (after - before) / 2 ** 20 }),
);
