import { Worker } from 'node:worker_threads';
import { RecordError, type SegmentResult, type SegmentTask } from './process-segment.js';
import type { SharedModel } from './shared-model.js';
import type { WorkerMessage } from './worker.js';

/** Worker threads that clean segments; results come back as promises, in any order. */
export interface WorkerPool {
  run(task: SegmentTask): Promise<SegmentResult>;
  close(): Promise<void>;
}

interface Pending {
  resolve(result: SegmentResult): void;
  reject(error: Error): void;
}

interface Member {
  worker: Worker;
  pending: Map<number, Pending>;
}

type Reply = { id: number; result: SegmentResult } | { id: number; error: { message: string; stack?: string; lineDelta?: number } };

// Semi-spaces of 8 MB, half V8's default: a worker's garbage, mostly that of the segment at hand, dies
// there as well, and each thread holds 16 MB less. Smaller ones promote enough of it to grow the old
// generation instead.
// An old generation of at most 1 GB rather than V8's 4 GB: V8 lets a heap grow past its live data by a
// factor that it scales down for heaps bounded below 2 GB, so each worker carries less garbage between
// collections (`--jobs 2` on 100 MB of distinct news: peak RSS 345–353 → 292 MB, the same output).
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1024 };

/**
 * The longest segment a worker takes, in UTF-16 code units; a longer one (a JSON Lines record can be
 * any length) is cleaned on the main thread, whose heap keeps V8's full bound. A record's text is cleaned
 * segment by segment, but the record is held whole, with its output: one of 20 million took about 210 MB
 * of a worker's heap, so a million take a small part of its 1 GB, also when restoring adds an edit per word.
 */
export const MAX_WORKER_TASK_LENGTH = 2 ** 20;

function errorOf(reply: { message: string; stack?: string; lineDelta?: number }): Error {
  if (reply.lineDelta !== undefined) return new RecordError(reply.lineDelta, reply.message);
  return Object.assign(new Error(reply.message), { stack: reply.stack });
}

/**
 * Starts worker threads and hands them the model.
 * @param size How many.
 * @param script The worker module (the built `worker.js`).
 * @param loadModel Decodes the model, while the threads start.
 */
export function createWorkerPool(size: number, script: URL, loadModel: () => SharedModel): WorkerPool {
  let nextId = 0;
  const members: Member[] = Array.from({ length: size }, () => {
    const member: Member = { worker: new Worker(script, { resourceLimits: WORKER_LIMITS }), pending: new Map() };
    member.worker.on('message', (reply: Reply) => {
      const pending = member.pending.get(reply.id);
      member.pending.delete(reply.id);
      if ('error' in reply) pending?.reject(errorOf(reply.error));
      else pending?.resolve(reply.result);
    });
    const rejectAll = (error: Error) => {
      for (const pending of member.pending.values()) pending.reject(error);
      member.pending.clear();
    };
    member.worker.on('error', rejectAll);
    member.worker.on('exit', (code) => rejectAll(new Error(`A worker thread stopped (exit code ${code})`)));
    return member;
  });
  const post = (member: Member, message: WorkerMessage) => member.worker.postMessage(message);
  const model = loadModel();
  for (const member of members) post(member, { model });
  return {
    run(task) {
      // The least busy worker takes the task; each works through its tasks in order.
      const member = members.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        member.pending.set(id, { resolve, reject });
        post(member, { id, task });
      });
    },
    async close() {
      await Promise.all(members.map((member) => member.worker.terminate()));
    },
  };
}
