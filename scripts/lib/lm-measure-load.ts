// Measures, in a fresh process, how long the bundled model takes to load and how much memory it holds.
// Run with `node --expose-gc --import tsx`; argument: a plain-JS copy of the generated data module.
import { pathToFileURL } from 'node:url';
import { decodeBase64 } from '../../src/model/base64.js';
import { createModel } from '../../src/model/create-model.js';
import { decodeModel } from '../../src/model/decode-model.js';

function memory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

const before = memory();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const module = (await import(pathToFileURL(process.argv[2]).href)) as { MODEL_BASE64: string };
const imported = performance.now();
const model = createModel(decodeModel(decodeBase64(module.MODEL_BASE64)));
const loaded = performance.now();
const cpu = process.cpuUsage(cpuBefore);
model.logProb(model.bos, model.bos, model.idOf('và'));
const after = memory();
console.log(
  JSON.stringify({
    importMs: imported - started,
    decodeMs: loaded - imported,
    loadMs: loaded - started,
    // CPU time is what the load costs on an idle machine; wall time also counts waiting for a core.
    loadCpuMs: (cpu.user + cpu.system) / 1000,
    heapMb: (after - before) / 2 ** 20,
  }),
);
