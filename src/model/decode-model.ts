import { ByteReader } from './byte-io.js';
import { MODEL_FORMAT_VERSION } from './encode-model.js';
import type { ModelData } from './model-data.js';
import { expandQuantized, type Quantized } from './quantize.js';

function readQuantized(reader: ByteReader, count: number): Quantized {
  const codebook = reader.readFloats(reader.readVarint());
  // A copy: `subarray` of the decoded bytes would keep all of them alive.
  return { codebook, codes: new Uint8Array(reader.readBytes(count)) };
}

function readRanges(reader: ByteReader, ranges: number, total: number): { offsets: Uint32Array; words: Uint16Array } {
  const lengths = reader.readVarints(ranges);
  const offsets = new Uint32Array(ranges + 1);
  for (let r = 0; r < ranges; r++) offsets[r + 1] = offsets[r] + lengths[r];
  if (offsets[ranges] !== total) throw new RangeError('Corrupt model data: range lengths do not add up');
  const words = new Uint16Array(total);
  reader.readGapCodedRanges(offsets, words);
  return { offsets, words };
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

/**
 * Unpacks what {@link encodeModel} wrote.
 * @param bytes The encoded model.
 * @throws RangeError on an unknown format version or truncated data.
 */
export function decodeModel(bytes: Uint8Array): ModelData {
  const reader = new ByteReader(bytes);
  const version = reader.readVarint();
  if (version !== MODEL_FORMAT_VERSION) throw new RangeError(`Unknown model format version \`${version}\``);
  const size = reader.readVarint();
  const attestedSize = reader.readVarint();
  const nBigrams = reader.readVarint();
  const nTrigrams = reader.readVarint();
  const nWholeTokens = reader.readVarint();
  const vocabulary = splitLines(reader.readText());
  if (vocabulary.length !== size) throw new RangeError('Corrupt model data: vocabulary size');
  const unigramLogProb = reader.readFloats(size);
  const unigramBackoff = reader.readFloats(size);
  const bigrams = readRanges(reader, size, nBigrams);
  const bigramLogProb = readQuantized(reader, nBigrams);
  const trigrams = readRanges(reader, nBigrams, nTrigrams);
  const bigramBackoff = new Float32Array(nBigrams);
  let contexts = 0;
  for (let b = 0; b < nBigrams; b++) if (trigrams.offsets[b + 1] > trigrams.offsets[b]) contexts++;
  const backoffs = expandQuantized(readQuantized(reader, contexts));
  for (let b = 0, k = 0; b < nBigrams; b++) if (trigrams.offsets[b + 1] > trigrams.offsets[b]) bigramBackoff[b] = backoffs[k++];
  const trigramLogProb = readQuantized(reader, nTrigrams);
  const wordCounts = new Uint32Array(size);
  reader.readVarints(size, wordCounts);
  // A copy: `slice` of a Node Buffer is a view, which would keep the whole decoded model alive.
  const capitalizedShare = new Uint8Array(reader.readBytes(size));
  const wholeTokens = splitLines(reader.readText());
  if (wholeTokens.length !== nWholeTokens) throw new RangeError('Corrupt model data: whole-token list');
  const wholeTokenCounts = new Uint32Array(nWholeTokens);
  reader.readVarints(nWholeTokens, wholeTokenCounts);
  if (!reader.done) throw new RangeError('Corrupt model data: trailing bytes');
  return {
    size,
    attestedSize,
    vocabulary,
    unigramLogProb,
    unigramBackoff,
    bigramOffsets: bigrams.offsets,
    bigramWords: bigrams.words,
    bigramLogProb,
    bigramBackoff,
    trigramOffsets: trigrams.offsets,
    trigramWords: trigrams.words,
    trigramLogProb,
    wordCounts,
    capitalizedShare,
    wholeTokens,
    wholeTokenCounts,
  };
}
