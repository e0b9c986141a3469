import { parseArgs } from 'node:util';
import { LEGACY_ENCODINGS, RULE_IDS, type LegacyEncoding, type RestoreMode, type RuleId, type ToneStyle } from '../index.js';

/** What the command line asks for. */
export interface CliOptions {
  files: string[];
  inPlace: boolean;
  check: boolean;
  diff: boolean;
  report: string | undefined;
  toneStyle: ToneStyle | undefined;
  disabled: RuleId[];
  /** Missing-space and diacritic-typo repairs less sure than this are not made. */
  minConfidence: number | undefined;
  force: boolean;
  /** `--restore`: when to put diacritics back into words written without any. */
  restore: RestoreMode | undefined;
  /** `--from`: the legacy encoding each input is in, or `auto` to detect it. */
  from: LegacyEncoding | 'auto' | undefined;
  /** With `--jsonl`: the field to clean in each record. */
  field: string | undefined;
  /** Worker threads; 1 cleans on the main thread. */
  jobs: number;
  quiet: boolean;
  stats: boolean;
  help: boolean;
  version: boolean;
}

/** A command line that cannot be run; the message says why. */
export class UsageError extends Error {
  /** @param message What is wrong, in a few words. */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const TONE_STYLES: readonly string[] = ['classic', 'modern', 'preserve'];

function describeParseError(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option \`${option}\``;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return option.includes('<value>') ? `\`${option.replace(' <value>', '')}\` needs a value` : `\`${option}\` takes no value`;
  }
  return error.message;
}

function parseRules(lists: readonly string[]): RuleId[] {
  const rules: RuleId[] = [];
  for (const name of lists.flatMap((list) => list.split(','))) {
    const rule = name.trim();
    if (rule === '') continue;
    if (!(RULE_IDS as readonly string[]).includes(rule)) {
      throw new UsageError(`unknown rule \`${rule}\` (rules: ${RULE_IDS.join(', ')})`);
    }
    rules.push(rule as RuleId);
  }
  return rules;
}

function parseConfidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const confidence = Number(value);
  if (value.trim() === '' || !(confidence >= 0 && confidence <= 1)) {
    throw new UsageError(`\`--min-confidence\` must be a number from 0 to 1, not \`${value}\``);
  }
  return confidence;
}

function parseRestore(value: string | undefined): RestoreMode | undefined {
  if (value === undefined) return undefined;
  if (!['never', 'auto', 'always'].includes(value)) throw new UsageError(`\`--restore\` must be one of never, auto, always, not \`${value}\``);
  return value as RestoreMode;
}

function parseEncoding(value: string | undefined): LegacyEncoding | 'auto' | undefined {
  if (value === undefined) return undefined;
  const names: readonly string[] = [...LEGACY_ENCODINGS, 'auto'];
  if (!names.includes(value)) throw new UsageError(`\`--from\` must be one of ${names.join(', ')}, not \`${value}\``);
  return value as LegacyEncoding | 'auto';
}

function parseJobs(value: string | undefined, cores: number): number {
  if (value === undefined) return cores;
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`\`--jobs\` must be a whole number from 1, not \`${value}\``);
  return Number(value);
}

/**
 * Reads the command line.
 * @param argv The arguments after the program name.
 * @param cores The number of worker threads `--jobs` defaults to.
 * @throws UsageError when an option is unknown, misses its value, or options conflict.
 */
export function parseCliArgs(argv: readonly string[], cores = 1): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'in-place': { type: 'boolean', short: 'i' },
        check: { type: 'boolean' },
        diff: { type: 'boolean' },
        report: { type: 'string' },
        'tone-style': { type: 'string' },
        disable: { type: 'string', multiple: true },
        'min-confidence': { type: 'string' },
        force: { type: 'boolean' },
        from: { type: 'string' },
        restore: { type: 'string' },
        jsonl: { type: 'boolean' },
        field: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        stats: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error as Error));
  }
  const { values, positionals } = parsed;
  const toneStyle = values['tone-style'];
  if (toneStyle !== undefined && !TONE_STYLES.includes(toneStyle)) {
    throw new UsageError(`\`--tone-style\` must be one of ${TONE_STYLES.join(', ')}, not \`${toneStyle}\``);
  }
  const options: CliOptions = {
    files: positionals,
    inPlace: values['in-place'] ?? false,
    check: values.check ?? false,
    diff: values.diff ?? false,
    report: values.report,
    toneStyle: toneStyle as ToneStyle | undefined,
    disabled: parseRules(values.disable ?? []),
    minConfidence: parseConfidence(values['min-confidence']),
    force: values.force ?? false,
    from: parseEncoding(values.from),
    restore: parseRestore(values.restore),
    field: values.jsonl ? (values.field ?? 'text') : undefined,
    jobs: parseJobs(values.jobs, cores),
    quiet: values.quiet ?? false,
    stats: values.stats ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (options.inPlace && (options.files.length === 0 || options.files.includes('-'))) {
    throw new UsageError('`--in-place` needs file names: standard input cannot be rewritten');
  }
  if (options.inPlace && (options.check || options.diff)) {
    throw new UsageError('`--in-place` cannot be combined with `--check` or `--diff`');
  }
  if (options.report === '') throw new UsageError('`--report` needs a file name');
  if (values.field !== undefined && !values.jsonl) throw new UsageError('`--field` goes with `--jsonl`');
  if (options.from !== undefined && options.field !== undefined) throw new UsageError('`--from` cannot be combined with `--jsonl`');
  return options;
}
