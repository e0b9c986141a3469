import { createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { version } from '../../package.json';
import type { CleanOptions, RuleId } from '../index.js';
import { cleanInput, type SegmentRunner } from './clean-input.js';
import { createEditStats } from './edit-stats.js';
import { formatCheckLine, formatReportLine, type PlacedEdit } from './format-edit.js';
import { helpText } from './help-text.js';
import { createOrderedQueue } from './ordered-queue.js';
import { createInPlaceSink, createStreamSink, DISCARD_SINK, writeText, type OutputSink } from './output-sink.js';
import { parseCliArgs, UsageError, type CliOptions } from './parse-args.js';
import { processSegment } from './process-segment.js';
import { createProgress, NO_PROGRESS } from './progress.js';
import { describeFsError, InputError, openInput, STDIN_LABEL } from './read-input.js';
import { decodeSharedModel } from './shared-model.js';
import { createWorkerPool, MAX_WORKER_TASK_LENGTH, type WorkerPool } from './worker-pool.js';

/** The streams the command talks to. */
export interface CliStreams {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** Exit codes of `vn-clean`. */
export const EXIT = { ok: 0, changed: 1, error: 2 } as const;

/** The built worker script, beside the built command. */
const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

function cleanOptionsOf(options: CliOptions): CleanOptions {
  const rules: Partial<Record<RuleId, boolean>> = {};
  for (const rule of options.disabled) rules[rule] = false;
  const cleanOptions: CleanOptions = { toneStyle: options.toneStyle, rules };
  if (options.minConfidence !== undefined) cleanOptions.minConfidence = options.minConfidence;
  if (options.restore !== undefined) cleanOptions.restore = options.restore;
  return cleanOptions;
}

async function openReport(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  return stream;
}

async function closeStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** The total size of the inputs when every one is a regular file, for the progress bar's ETA. */
async function totalSize(files: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const name of files) {
    const stats = await stat(name === '-' ? '/dev/stdin' : name).catch(() => undefined);
    if (!stats?.isFile()) return undefined;
    total += stats.size;
  }
  return total;
}

function createRunner(jobs: number): { run: SegmentRunner; close(): Promise<void> } {
  let pool: WorkerPool | undefined;
  return {
    run(task, alone) {
      // Starting workers costs more than cleaning a small input on the spot; a huge record would not fit a worker's heap.
      if (jobs <= 1 || (alone && !pool) || task.text.length > MAX_WORKER_TASK_LENGTH) return new Promise((resolve) => resolve(processSegment(task)));
      pool ??= createWorkerPool(jobs, WORKER_SCRIPT, decodeSharedModel);
      return pool.run(task);
    },
    close: async () => pool?.close(),
  };
}

/**
 * Runs `vn-clean` with the given arguments.
 * @param argv The arguments after the program name.
 * @param streams Standard input, output and error.
 * @returns The exit code.
 */
export async function runCli(argv: readonly string[], streams: CliStreams): Promise<number> {
  const { stdout, stderr } = streams;
  const fail = (message: string) => writeText(stderr, `vn-clean: ${message}\n`);
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, availableParallelism());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await fail(`${error.message}\nTry \`vn-clean --help\` for usage.`);
    return EXIT.error;
  }
  if (options.help) {
    await writeText(stdout, helpText());
    return EXIT.ok;
  }
  if (options.version) {
    await writeText(stdout, `${version}\n`);
    return EXIT.ok;
  }

  let report: WriteStream | undefined;
  if (options.report !== undefined) {
    try {
      report = await openReport(options.report);
    } catch (error) {
      await fail(`cannot write report \`${options.report}\`: ${describeFsError(error)}`);
      return EXIT.error;
    }
  }
  const files = options.files.length > 0 ? options.files : ['-'];
  const started = Date.now();
  const showProgress = stderr.isTTY === true && !options.quiet;
  const progress = showProgress ? createProgress(stderr, await totalSize(files)) : NO_PROGRESS;
  const stats = createEditStats();
  const runner = createRunner(options.jobs);
  const queue = createOrderedQueue(Math.max(2, options.jobs * 3));
  let bytes = 0;
  let failed = false;
  let changedInputs = 0;

  const readsEdits = options.stats || (options.check && !options.diff) || report !== undefined;
  const onEdit = async (edit: PlacedEdit) => {
    stats.add(edit.rules);
    if (options.check && !options.diff) await writeText(stdout, formatCheckLine(edit));
    if (report) await writeText(report, formatReportLine(edit));
  };
  const openSink = async (name: string): Promise<OutputSink> => {
    if (options.inPlace) {
      return createInPlaceSink(name).catch((error: unknown) => {
        throw new InputError(name, `cannot rewrite: ${describeFsError(error)}`);
      });
    }
    return options.check || options.diff ? DISCARD_SINK : createStreamSink(stdout);
  };

  try {
    for (const name of files) {
      const open = async () => {
        const input = await openInput(name, streams.stdin);
        try {
          return { input, sink: await openSink(name) };
        } catch (error) {
          await input.close();
          throw error;
        }
      };
      await cleanInput(open, name === '-' ? STDIN_LABEL : name, {
        options: cleanOptionsOf(options),
        field: options.field,
        run: runner.run,
        queue,
        diffTo: options.diff ? stdout : undefined,
        refuseBinary: !options.force,
        from: options.from,
        only: files.length === 1,
        onEdit: readsEdits ? onEdit : undefined,
        onBytes: (count) => {
          bytes += count;
          progress.add(count);
        },
        onFailure: async (error) => {
          failed = true;
          progress.done();
          await fail(error.message);
        },
        onFinish: async (changed) => {
          if (changed) changedInputs++;
        },
      });
    }
    await queue.drain();
  } finally {
    progress.done();
    await runner.close();
    if (report) await closeStream(report);
  }
  if (options.stats) await writeText(stderr, stats.format(files.length, bytes, (Date.now() - started) / 1000));
  if (failed) return EXIT.error;
  if (options.check && changedInputs > 0) {
    if (!options.quiet) await fail(`${changedInputs} of ${files.length} ${files.length === 1 ? 'input' : 'inputs'} would change`);
    return EXIT.changed;
  }
  return EXIT.ok;
}
