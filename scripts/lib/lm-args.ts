// Command-line options shared by the model scripts.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * The value of `--name value` (or `--name=value`) in the arguments, else the fallback.
 * @param name Option name without dashes.
 * @param fallback Value when absent.
 */
export function optionValue(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}` && i + 1 < args.length) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return fallback;
}

/** The corpus folder from `--corpus`, relative to the current folder (default `../shared/corpus` from the repo root). */
export function corpusDirectory(): string {
  const given = optionValue('corpus', '');
  return given === '' ? resolve(REPO_ROOT, '../shared/corpus') : resolve(given);
}
