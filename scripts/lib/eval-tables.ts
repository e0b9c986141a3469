// The tables `npm run eval` prints.
import type { ScoredEdit } from './eval-align.js';
import type { CurvePoint } from './eval-curve.js';
import type { FixtureCheck } from './eval-fixtures.js';
import { countByRule, perTenThousand } from './eval-metrics.js';
import { type Cell, formatNumber, formatTable } from './eval-report.js';
import type { RowSummary } from './eval-sites.js';

/**
 * A class table: one row per kind of defect, with TP, FP (at the site, elsewhere), FN, P, R, F1.
 * @param title The line above the table.
 * @param rows The rows by name.
 */
export function formatClassTable(title: string, rows: Record<string, RowSummary>): string {
  const body: Cell[][] = Object.entries(rows).map(([name, row]) => [
    name,
    row.n,
    row.tp,
    row.fpAtSite,
    row.fpOther,
    row.fn,
    formatNumber(row.precision),
    formatNumber(row.recall),
    formatNumber(row.f1),
    formatNumber(row.exact),
    formatNumber(row.ownRulePrecision),
    formatNumber(row.ownRuleF1),
  ]);
  return formatTable(title, ['row', 'n', 'TP', 'FP site', 'FP other', 'FN', 'P', 'R', 'F1', 'exact', 'P own rule', 'F1 own rule'], body);
}

/**
 * False edits on clean texts by rule: a count and a rate per 10,000 words for each set.
 * @param sets Each set's name, edits and word count.
 */
export function formatRuleTable(sets: ReadonlyArray<[string, readonly ScoredEdit[], number]>): string {
  const counts = sets.map(([, edits]) => countByRule(edits));
  const rules = [...new Set(counts.flatMap((byRule) => Object.keys(byRule)))].sort();
  const rows: Cell[][] = rules.map((rule) => [
    rule,
    ...sets.flatMap(([, , words], index) => {
      const count = counts[index][rule] ?? 0;
      return [count, formatNumber(perTenThousand(count, words), 2)];
    }),
  ]);
  rows.push(['all edits', ...sets.flatMap(([, edits, words]) => [edits.length, formatNumber(perTenThousand(edits.length, words), 2)])]);
  const header = ['rule', ...sets.flatMap(([name]) => [name, '/10k'])];
  const sizes = sets.map(([name, , words]) => `${name} ${words.toLocaleString('en')} words`).join(', ');
  return formatTable(`False edits on clean text, by rule (${sizes})`, header, rows);
}

/**
 * The fixtures table, then the places where outputs still differ from gold.
 * @param fixtures The checks.
 * @param shown Places listed per fixture.
 */
export function formatFixtureTable(fixtures: readonly FixtureCheck[], shown = 10): string {
  const table = formatTable(
    'Fixtures',
    ['fixture', 'edits on gold (must be 0)', 'input → gold exact', 'places differing before', 'after'],
    fixtures.map((fixture) => [fixture.name, fixture.goldEdits.length, fixture.exact ? 'yes' : 'no', fixture.placesBefore, fixture.placesAfter]),
  );
  const flat = (text: string): string => text.replace(/\n/g, '⏎');
  const lists = fixtures
    .filter((fixture) => fixture.differences.length > 0)
    .map((fixture) =>
      [
        `Places where ${fixture.name} still differs from its gold:`,
        ...fixture.differences.slice(0, shown).map((place) => `  output …${flat(place.output)}…\n    gold …${flat(place.gold)}…`),
      ].join('\n'),
    );
  return [table, ...lists].join('\n\n');
}

/**
 * The confidence curve, with a note on what it approximates.
 * @param curve The points.
 */
export function formatCurveTable(curve: readonly CurvePoint[]): string {
  const rows: Cell[][] = curve.map((point) => [
    point.threshold === 0 ? 'as run' : String(point.threshold),
    formatNumber(point.joins.recall),
    formatNumber(point.joins.precision),
    formatNumber(point.referencePer10k.joinRules, 2),
    formatNumber(point.typos.recall),
    formatNumber(point.typos.precision),
    formatNumber(point.referencePer10k.typoRules, 2),
    formatNumber(point.referencePer10k.all, 2),
    formatNumber(point.newsPer10k.all, 2),
  ]);
  const table = formatTable(
    'Confidence curve (an edit below the threshold counts as not made; FE = false edits per 10,000 words)',
    ['min confidence', 'joins R', 'joins P', 'FE ud-vtb join', 'typos R', 'typos P', 'FE ud-vtb typo', 'FE ud-vtb all', 'FE news all'],
    rows,
  );
  return (
    `${table}\n` +
    'The curve drops each edit below the threshold after the run; a decoder that weighs edits jointly might\n' +
    'have chosen differently without them, so points other than "as run" are an approximation.'
  );
}
