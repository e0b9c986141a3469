import { ByteReader } from './byte-io.js';
import { MODEL_FORMAT_VERSION } from './encode-model.js';
import type { ModelData } from './model-data.js';
import { expandQuantized } from './quantize.js';

const textDecoder = new TextDecoder();

function readText(reader: ByteReader): string {
  return textDecoder.decode(reader.readBytes(reader.readVarint()));
}

function readQuantized(reader: ByteReader, count: number): Float32Array {
  const codebook = reader.readFloats(reader.readVarint());
  return expandQuantized({ codebook, codes: reader.readBytes(count) });
}

function readRanges(reader: ByteReader, ranges: number, total: number): { offsets: Uint32Array; words: Uint16Array } {
  const offsets = new Uint32Array(ranges + 1);
  for (let r = 0; r < ranges; r++) offsets[r + 1] = offsets[r] + reader.readVarint();
  if (offsets[ranges] !== total) throw new RangeError('Corrupt model data: range lengths do not add up');
  const words = new Uint16Array(total);
  for (let r = 0; r < ranges; r++) {
    let previous = -1;
    for (let i = offsets[r]; i < offsets[r + 1]; i++) {
      previous += reader.readVarint() + 1;
      words[i] = previous;
    }
  }
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
  const vocabulary = splitLines(readText(reader));
  if (vocabulary.length !== size) throw new RangeError('Corrupt model data: vocabulary size');
  const unigramLogProb = reader.readFloats(size);
  const unigramBackoff = reader.readFloats(size);
  const bigrams = readRanges(reader, size, nBigrams);
  const bigramLogProb = readQuantized(reader, nBigrams);
  const bigramBackoff = readQuantized(reader, nBigrams);
  const trigrams = readRanges(reader, nBigrams, nTrigrams);
  const trigramLogProb = readQuantized(reader, nTrigrams);
  const capitalizedShare = reader.readBytes(size).slice();
  const wholeTokens = splitLines(readText(reader));
  if (wholeTokens.length !== nWholeTokens) throw new RangeError('Corrupt model data: whole-token list');
  const wholeTokenCounts = new Uint32Array(nWholeTokens);
  for (let i = 0; i < nWholeTokens; i++) wholeTokenCounts[i] = reader.readVarint();
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
    capitalizedShare,
    wholeTokens,
    wholeTokenCounts,
  };
}
