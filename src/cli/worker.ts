// A worker thread of `vn-clean --jobs`: cleans the segments it is sent, one at a time, in order.
import { parentPort } from 'node:worker_threads';
import { processSegment, RecordError, type SegmentTask } from './process-segment.js';

parentPort!.on('message', ({ id, task }: { id: number; task: SegmentTask }) => {
  try {
    parentPort!.postMessage({ id, result: processSegment(task) });
  } catch (error) {
    const lineDelta = error instanceof RecordError ? error.lineDelta : undefined;
    parentPort!.postMessage({ id, error: { message: (error as Error).message, stack: (error as Error).stack, lineDelta } });
  }
});
