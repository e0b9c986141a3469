// `npm run eval:wrapped`: the diacritic-typo repair on text whose lines are wrapped inside sentences, as
// PDF extraction leaves them, against the same text unwrapped. The typo sample of `npm run eval` and the
// hand-checked `news-ud-vtb` sentences are wrapped at each width by turning the last space that fits into
// a line break; a typo keeps the length of its syllable, so the defect stays where it was.
import { parseArgs } from 'node:util';
import { collectCleanEdits } from './lib/eval-clean.js';
import { loadHeldOutNews, loadReferenceSentences } from './lib/eval-data.js';
import { perTenThousand } from './lib/eval-metrics.js';
import { formatNumber, formatTable } from './lib/eval-report.js';
import { eligibleUnitsOf, sampleFamily, type FamilySample } from './lib/eval-sample.js';
import { TYPO_KINDS, scoreSample, summarizeRows } from './lib/eval-sites.js';
import { corpusDirectory } from './lib/lm-args.js';
import { breakAt, wrapPoints } from './lib/eval-wrap.js';

const USAGE = `Usage: npm run eval:wrapped -- [--corpus DIR] [--sentences N] [--seed S] [--widths LIST]
  --corpus DIR     corpus folder (default ../shared/corpus from the repository root)
  --sentences N    typo texts sampled from held-out news (default 3000)
  --seed S         seed of the sample (default 1; the same draw as \`npm run eval\`)
  --widths LIST    line widths in characters, 0 for no wrapping (default 0,80,60,40)`;

function wrapSample(sample: FamilySample, width: number): FamilySample {
  if (width === 0) return sample;
  const corruptions = sample.corruptions.map((corruption) => {
    const points = wrapPoints(corruption.text, width).filter((point) => corruption.gold[point] === ' ');
    return { ...corruption, text: breakAt(corruption.text, points), gold: breakAt(corruption.gold, points) };
  });
  return { ...sample, corruptions };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, sentences: { type: 'string' }, seed: { type: 'string' }, widths: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const sentences = Number(values.sentences ?? 3000);
  const seed = Number(values.seed ?? 1);
  const widths = (values.widths ?? '0,80,60,40').split(',').map(Number);
  if (!Number.isInteger(sentences) || sentences < 1 || !Number.isInteger(seed) || widths.some((width) => !Number.isInteger(width) || width < 0)) {
    throw new TypeError(USAGE);
  }
  const corpus = corpusDirectory();
  const news = await loadHeldOutNews(corpus);
  const sample = sampleFamily(eligibleUnitsOf(news.lines).typo, 'typo', sentences, seed);
  if (sample.corruptions.some((corruption) => corruption.text.length !== corruption.gold.length)) {
    throw new Error('Expected every typo to keep the length of its syllable');
  }
  const reference = await loadReferenceSentences(corpus);
  const rows: (string | number)[][] = [];
  for (const width of widths) {
    const typoRows = summarizeRows(scoreSample(wrapSample(sample, width)).records, TYPO_KINDS, 'all');
    const wrapped = width === 0 ? reference : reference.map((sentence) => breakAt(sentence, wrapPoints(sentence, width)));
    const clean = collectCleanEdits(wrapped);
    const perRule = (rule: string) => perTenThousand(clean.edits.filter((entry) => entry.edit.rules.includes(rule as never)).length, clean.words);
    rows.push([
      width === 0 ? 'not wrapped' : `${width} characters`,
      formatNumber(typoRows['typo-real-word'].recall),
      formatNumber(typoRows.all.recall),
      formatNumber(typoRows.all.precision),
      perRule('diacritic-typo').toFixed(2),
      perRule('missing-space').toFixed(2),
    ]);
  }
  console.log(
    formatTable(
      `Diacritic typos on wrapped text (${sample.corruptions.length} typo texts of held-out news; false edits per 10,000 words of news-ud-vtb)`,
      ['lines', 'recall real-word', 'recall all', 'precision', 'typo FE /10k', 'missing-space FE /10k'],
      rows,
    ),
  );
}

await main();
