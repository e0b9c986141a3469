// Reading the staged corpus: documents, the deterministic held-out split, and the sources used.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';

/** A corpus folder and how its files are read. */
export interface CorpusSource {
  folder: string;
  /** `block`: documents are separated by a blank line; `line`: every line is a document. */
  unit: 'block' | 'line';
  /** Relative weight of its counts in the model (news is the target domain). */
  weight: number;
}

/** News sources: trained on, except the held-out documents. */
export const NEWS_SOURCES: readonly CorpusSource[] = [
  { folder: 'news-baomoi-2017', unit: 'block', weight: 1 },
  { folder: 'news-dantri-2020', unit: 'block', weight: 1 },
  { folder: 'news-danes-2021', unit: 'block', weight: 1 },
  { folder: 'news-binhvq-sample', unit: 'line', weight: 1 },
];

/** Hand-checked news sentences: never trained on; the clean reference for false edits. */
export const CLEAN_REFERENCE_FOLDER = 'news-ud-vtb';

/** Percent of news documents held out from training, chosen by a hash of the text. */
export const HELD_OUT_PERCENT = 2;

/** Whether a document belongs to the held-out split (stable: depends on its text only). */
export function isHeldOut(text: string): boolean {
  const digest = createHash('md5').update(text, 'utf8').digest();
  return digest.readUInt32BE(0) % 100 < HELD_OUT_PERCENT;
}

async function* linesOf(path: string): AsyncGenerator<string> {
  const input = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  const reader = createInterface({ input, crlfDelay: Infinity });
  for await (const line of reader) yield line;
}

/** The text files of a source folder, sorted by name (SOURCE.md excluded). */
export function filesOf(corpusDir: string, folder: string): string[] {
  const dir = join(corpusDir, folder);
  if (!existsSync(dir)) throw new Error(`Missing corpus folder \`${dir}\``);
  return readdirSync(dir)
    .filter((name) => /\.txt(?:\.gz)?$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Every document of a source, in file order, as its text (lines joined by `\n`). */
export async function* documentsOf(corpusDir: string, source: CorpusSource): AsyncGenerator<string> {
  for (const path of filesOf(corpusDir, source.folder)) {
    let block: string[] = [];
    for await (const line of linesOf(path)) {
      if (source.unit === 'line') {
        if (line.trim() !== '') yield line;
        continue;
      }
      if (line.trim() === '') {
        if (block.length > 0) yield block.join('\n');
        block = [];
      } else {
        block.push(line);
      }
    }
    if (block.length > 0) yield block.join('\n');
  }
}

/** The hand-checked reference sentences (one per line), from every file of `news-ud-vtb`. */
export async function* cleanReferenceSentences(corpusDir: string): AsyncGenerator<string> {
  for (const path of filesOf(corpusDir, CLEAN_REFERENCE_FOLDER)) {
    for await (const line of linesOf(path)) if (line.trim() !== '') yield line;
  }
}
