// Measures encoding detection on held-out news: every sample written in each legacy encoding and as
// UTF-8 misread as Windows-1252 must be found and decoded back; clean samples must stay `unicode`, also
// when made to fit one byte (the only clean text that the single-byte readings apply to).
// Usage: npm run eval:legacy -- --corpus <corpus folder> [--samples 300]
import { NEWS_SOURCES, cleanReferenceSentences, documentsOf, isHeldOut } from './lib/corpus.js';
import { LEGACY_ENCODINGS, detectEncoding, type DetectedEncoding } from '../src/legacy/index.js';
import { westernByteOf } from '../src/legacy/code-pages.js';
import { encodeLegacyText, unencodableChars } from '../src/legacy/encode-legacy.js';
import { removeDiacritics } from '../src/orthography/letters.js';
import { getDefaultModel } from '../src/model/default-model.js';

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const corpus = argument('corpus', '../shared/corpus');
const wanted = Number(argument('samples', '300'));

async function heldOutSamples(): Promise<string[]> {
  const samples: string[] = [];
  for (const source of NEWS_SOURCES) {
    let taken = 0;
    for await (const document of documentsOf(corpus, source)) {
      if (!isHeldOut(document) || document.length < 200) continue;
      samples.push(document.slice(0, 200 + (document.slice(200).search(/\s/) + 1 || 0)));
      if (++taken >= Math.ceil(wanted / NEWS_SOURCES.length)) break;
    }
  }
  return samples;
}

function carried(text: string, encoding: (typeof LEGACY_ENCODINGS)[number]): string {
  const missing = unencodableChars(text, encoding);
  return [...text].map((char) => (missing.has(char) ? '-' : char)).join('');
}

/**
 * Clean text that every single-byte reading applies to: letters that Windows-1252 lacks lose their marks
 * (`Bệnh nhân` → `Benh nhân`), and straight quotes and spaced hyphens become curly quotes and en dashes.
 */
function fittingOneByte(text: string): string {
  return [...text]
    .map((char) => (westernByteOf(char) === undefined && /\p{L}/u.test(char) ? removeDiacritics(char) : char))
    .join('')
    .replace(/"([^"\n]*)"/g, '“$1”')
    .replace(/ - /g, ' – ');
}

const model = getDefaultModel();
const samples = await heldOutSamples();
const rows: { label: string; right: number; total: number }[] = [];
const misread = (text: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
for (const encoding of [...LEGACY_ENCODINGS, 'utf8-mojibake' as const]) {
  let right = 0;
  for (const sample of samples) {
    const clean = encoding === 'utf8-mojibake' ? sample : carried(sample, encoding);
    const input = encoding === 'utf8-mojibake' ? misread(sample) : encodeLegacyText(clean, encoding);
    const found = detectEncoding(input, { model });
    if (found.encoding === encoding && found.text === clean) right++;
  }
  rows.push({ label: encoding, right, total: samples.length });
}
let falseAlarms = 0;
const alarms = new Map<DetectedEncoding, number>();
for (const sample of samples) {
  const found = detectEncoding(sample, { model }).encoding;
  if (found !== 'unicode') {
    falseAlarms++;
    alarms.set(found, (alarms.get(found) ?? 0) + 1);
  }
}
let oneByteAlarms = 0;
for (const sample of samples) {
  const found = detectEncoding(fittingOneByte(sample), { model }).encoding;
  if (found !== 'unicode') {
    oneByteAlarms++;
    alarms.set(found, (alarms.get(found) ?? 0) + 1);
  }
}
let references = 0;
for await (const sentence of cleanReferenceSentences(corpus)) {
  references++;
  if (detectEncoding(sentence, { model }).encoding !== 'unicode') falseAlarms++;
}
const right = rows.reduce((sum, row) => sum + row.right, 0);
const total = rows.reduce((sum, row) => sum + row.total, 0);
console.log('| reading | found and decoded exactly |');
console.log('| --- | --- |');
for (const row of rows) console.log(`| ${row.label} | ${row.right}/${row.total} (${((100 * row.right) / row.total).toFixed(1)} %) |`);
console.log(`| all | ${right}/${total} (${((100 * right) / total).toFixed(2)} %) |`);
console.log(`False alarms: ${falseAlarms} on ${samples.length} held-out news samples and ${references} news-ud-vtb sentences`);
console.log(`False alarms on the samples made to fit one byte: ${oneByteAlarms} of ${samples.length}`, Object.fromEntries(alarms));
