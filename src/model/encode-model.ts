import { ByteWriter } from './byte-io.js';
import type { ModelData } from './model-data.js';
import { quantizeValues, type ValueTable } from './quantize.js';

/** Version of the binary layout written by {@link encodeModel}. */
export const MODEL_FORMAT_VERSION = 3;

const textEncoder = new TextEncoder();

function writeText(writer: ByteWriter, text: string): void {
  const bytes = textEncoder.encode(text);
  writer.writeVarint(bytes.length);
  writer.writeBytes(bytes);
}

function writeQuantized(writer: ByteWriter, values: ValueTable): void {
  const { codebook, codes } = values instanceof Float32Array ? quantizeValues(values) : values;
  writer.writeVarint(codebook.length);
  writer.writeFloats(codebook);
  writer.writeBytes(codes);
}

// Sorted ids in consecutive ranges: per range its length, then the gaps (first id absolute).
function writeRanges(writer: ByteWriter, offsets: Uint32Array, words: Uint16Array): void {
  for (let r = 0; r + 1 < offsets.length; r++) writer.writeVarint(offsets[r + 1] - offsets[r]);
  for (let r = 0; r + 1 < offsets.length; r++) {
    let previous = -1;
    for (let i = offsets[r]; i < offsets[r + 1]; i++) {
      writer.writeVarint(words[i] - previous - 1);
      previous = words[i];
    }
  }
}

// Only contexts with trigrams carry a backoff weight; for the others it is ln 1 = 0 and not stored.
function contextBackoffs(data: ModelData): Float32Array {
  const out: number[] = [];
  for (let b = 0; b < data.bigramWords.length; b++) {
    if (data.trigramOffsets[b + 1] > data.trigramOffsets[b]) out.push(data.bigramBackoff[b]);
    else if (data.bigramBackoff[b] !== 0) throw new RangeError('Expected a zero backoff weight for a bigram without trigrams');
  }
  return Float32Array.from(out);
}

/**
 * Packs a model into bytes: varint-coded sorted id ranges, 8-bit codebook-quantised bigram and
 * trigram log-probabilities and backoff weights, float32 unigrams, varint word counts. Lossy only in
 * the quantisation, which is exact (and so round-trips) for tables of at most 256 distinct values.
 * @param data The model.
 * @throws RangeError when a bigram without trigrams has a backoff weight other than 0.
 */
export function encodeModel(data: ModelData): Uint8Array {
  const writer = new ByteWriter();
  writer.writeVarint(MODEL_FORMAT_VERSION);
  writer.writeVarint(data.size);
  writer.writeVarint(data.attestedSize);
  writer.writeVarint(data.bigramWords.length);
  writer.writeVarint(data.trigramWords.length);
  writer.writeVarint(data.wholeTokens.length);
  writeText(writer, data.vocabulary.join('\n'));
  writer.writeFloats(data.unigramLogProb);
  writer.writeFloats(data.unigramBackoff);
  writeRanges(writer, data.bigramOffsets, data.bigramWords);
  writeQuantized(writer, data.bigramLogProb);
  writeRanges(writer, data.trigramOffsets, data.trigramWords);
  writeQuantized(writer, contextBackoffs(data));
  writeQuantized(writer, data.trigramLogProb);
  for (const count of data.wordCounts) writer.writeVarint(count);
  writer.writeBytes(data.capitalizedShare);
  writeText(writer, data.wholeTokens.join('\n'));
  for (const count of data.wholeTokenCounts) writer.writeVarint(count);
  return writer.finish();
}
