import { buildBigramSlots, type BigramSlots } from '../model/bigram-index.js';
import { decodeModel } from '../model/decode-model.js';
import { loadModelBytes } from '../model/model-bytes.js';
import type { ModelData } from '../model/model-data.js';
import { isQuantized } from '../model/quantize.js';

/**
 * The bundled model as the worker threads receive it: decoded once by the command, its tables and
 * bigram hash table in shared memory, which every worker reads and none copies.
 */
export interface SharedModel {
  data: ModelData;
  bigramSlots: BigramSlots | undefined;
}

type Table = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array;

function inSharedMemory<T extends Table>(table: T): T {
  const Kind = table.constructor as new (buffer: SharedArrayBuffer) => T;
  const shared = new Kind(new SharedArrayBuffer(table.byteLength));
  shared.set(table as never);
  return shared;
}

/** Decodes the bundled model into shared memory. */
export function decodeSharedModel(): SharedModel {
  const decoded = decodeModel(loadModelBytes());
  const entries = Object.entries(decoded).map(([name, value]) => {
    if (ArrayBuffer.isView(value)) return [name, inSharedMemory(value as Table)];
    if (isQuantized(value)) return [name, { codebook: inSharedMemory(value.codebook), codes: inSharedMemory(value.codes) }];
    return [name, value];
  });
  const data = Object.fromEntries(entries) as ModelData;
  const slots = buildBigramSlots(data.bigramOffsets, data.bigramWords, data.size);
  return { data, bigramSlots: slots && { keys: inSharedMemory(slots.keys), values: inSharedMemory(slots.values) } };
}
