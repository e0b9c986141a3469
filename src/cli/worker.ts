// A worker thread of `vn-clean --jobs`: takes the model the command decoded, then cleans the segments it
// is sent, one at a time, in order.
import { parentPort } from 'node:worker_threads';
import { createModel } from '../model/create-model.js';
import type { LanguageModel } from '../model/types.js';
import { processSegment, RecordError, type SegmentTask } from './process-segment.js';
import type { SharedModel } from './shared-model.js';

/** What the command sends a worker: the model first, then the segments. */
export type WorkerMessage = { model: SharedModel } | { id: number; task: SegmentTask };

let model: LanguageModel | undefined;
const utf8 = new TextEncoder();

parentPort!.on('message', (message: WorkerMessage) => {
  if ('model' in message) {
    model = createModel(message.model.data, message.model.bigramSlots);
    return;
  }
  const { id, task } = message;
  try {
    const result = processSegment({ ...task, options: { ...task.options, model } });
    // Bytes of their own, handed over rather than copied; the command writes them as they are.
    const text = utf8.encode(result.text);
    parentPort!.postMessage({ id, result: { ...result, text } }, [text.buffer]);
  } catch (error) {
    const lineDelta = error instanceof RecordError ? error.lineDelta : undefined;
    parentPort!.postMessage({ id, error: { message: (error as Error).message, stack: (error as Error).stack, lineDelta } });
  }
});
