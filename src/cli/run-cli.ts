import { createWriteStream, type WriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { version } from '../../package.json';
import type { CleanOptions, RuleId } from '../index.js';
import { cleanInput, type SegmentRunner } from './clean-input.js';
import { formatCheckLine, formatReportLine, type PlacedEdit } from './format-edit.js';
import { helpText } from './help-text.js';
import { createInPlaceSink, createStreamSink, DISCARD_SINK, writeText, type OutputSink } from './output-sink.js';
import { parseCliArgs, UsageError, type CliOptions } from './parse-args.js';
import { processSegment } from './process-segment.js';
import { describeFsError, InputError, openInput } from './read-input.js';

/** The streams the command talks to. */
export interface CliStreams {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable;
}

/** Exit codes of `vn-clean`. */
export const EXIT = { ok: 0, changed: 1, error: 2 } as const;

function cleanOptionsOf(options: CliOptions): CleanOptions {
  const rules: Partial<Record<RuleId, boolean>> = {};
  for (const rule of options.disabled) rules[rule] = false;
  return { toneStyle: options.toneStyle, rules };
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

const runInline: SegmentRunner = async (task) => processSegment(task);

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
    options = parseCliArgs(argv);
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
  const cleanOptions = cleanOptionsOf(options);

  let report: WriteStream | undefined;
  if (options.report !== undefined) {
    try {
      report = await openReport(options.report);
    } catch (error) {
      await fail(`cannot write report \`${options.report}\`: ${describeFsError(error)}`);
      return EXIT.error;
    }
  }
  const pending: Promise<void>[] = [];
  const onEdit = (edit: PlacedEdit) => {
    if (options.check && !options.diff) pending.push(writeText(stdout, formatCheckLine(edit)));
    if (report) pending.push(writeText(report, formatReportLine(edit)));
  };

  let failed = false;
  let changedFiles = 0;
  const files = options.files.length > 0 ? options.files : ['-'];
  for (const name of files) {
    let sink: OutputSink | undefined;
    let input;
    try {
      input = await openInput(name, streams.stdin);
      sink = options.inPlace
        ? await createInPlaceSink(name).catch((error: unknown) => {
            throw new InputError(name, `cannot rewrite: ${describeFsError(error)}`);
          })
        : options.check || options.diff
          ? DISCARD_SINK
          : createStreamSink(stdout);
      const changed = await cleanInput(input, {
        options: cleanOptions,
        sink,
        run: runInline,
        diffTo: options.diff ? stdout : undefined,
        refuseBinary: !options.force,
        lookahead: 2,
        onEdit,
        onBytes: () => {},
      });
      if (changed) changedFiles++;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed = true;
      await fail(error.message);
    } finally {
      await input?.close();
    }
    await Promise.all(pending.splice(0));
  }
  if (report) await closeStream(report);
  if (failed) return EXIT.error;
  if (options.check && changedFiles > 0) {
    await fail(`${changedFiles} of ${files.length} ${files.length === 1 ? 'input' : 'inputs'} would change`);
    return EXIT.changed;
  }
  return EXIT.ok;
}
