/**
 * `npm run bench:sources`: the saved accuracy tables of both sample sources side by side.
 * Reads whichever of bench-results/accuracy-{a,b}-{tune,holdout}.json exist (written by accuracy.ts)
 * and prints one markdown table: a row per check, columns A holdout, B holdout, the worse of the two
 * (the figure to quote: a check is only as good as on the source it was not tuned on), then A tune
 * and B tune when saved. Writes bench-results/accuracy-sources.json. `--from DIR` reads the tables from DIR.
 *
 * "Worse" is taken per number: in a "P / R" cell the lower precision and the lower recall, which may
 * come from different sources. When only one holdout is saved the cell says which.
 * When the saved tables carry reliability tables (accuracy.ts), they follow, every run side by side.
 * Runs on truth-built reports (--truth) or on part of a corpus (--limit, --only) are marked, so a
 * sanity run is never quoted as a measurement.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { join, relative } from 'node:path';
import { REPO_ROOT, SOURCES, SPLITS, type Source, type Split } from './corpus-root.ts';
import type { AccuracyTable, Prf } from './score-pairs.ts';
import { sideBySide, type Reliability } from './reliability.ts';

/** `--from DIR`: read the saved tables from DIR instead of bench-results/ (e.g. the committed samples/bench/results/). */
const fromAt = process.argv.indexOf('--from');
const FROM = fromAt >= 0 && process.argv[fromAt + 1] ? resolve(process.argv[fromAt + 1]!) : join(REPO_ROOT, 'bench-results');

interface Saved {
  source?: Source;
  split: Split;
  root?: string | null;
  truth: boolean;
  limit?: number | null;
  only?: string | null;
  table: Partial<AccuracyTable> & Pick<AccuracyTable, 'pages' | 'cases' | 'checks'>;
  /** accuracy.ts's reliability tables (absent in tables saved before they were added). */
  reliability?: Reliability[];
}

/** One number of a cell: its value (for "worse"), which way is better, and how it prints. */
interface Part {
  value: number | null;
  better: 'high' | 'low' | null;
  text: string;
}

const num = (x: number | null | undefined): Part => ({ value: x ?? null, better: 'high', text: x === null || x === undefined ? '—' : x.toFixed(3) });
const pct = (x: number | null | undefined): Part => ({ value: x ?? null, better: 'low', text: x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)} %` });
/** "n of N", worse when the share is higher. */
const share = (n: number | undefined, of: number | undefined): Part =>
  n === undefined || of === undefined ? { value: null, better: 'low', text: '—' } : { value: of ? n / of : null, better: 'low', text: `${n} of ${of}` };
const check = (k: string) => (t: Saved['table']): Prf | undefined => t.checks[k];

/** The rows of the README's accuracy table that accuracy.ts measures, in its order. */
const ROWS: { check: string; parts: (t: Saved['table']) => Part[]; info?: true }[] = [
  { check: 'pages / cases scored', parts: (t) => [{ value: null, better: null, text: `${t.pages} / ${t.cases}` }], info: true },
  { check: 'seal present (F1)', parts: (t) => [num(check('seal_present')(t)?.f1)] },
  { check: 'seal false positives on seal-free pages', parts: (t) => [pct(t.sealFalsePositiveRate)] },
  { check: 'note present (F1)', parts: (t) => [num(check('annotation_present')(t)?.f1)] },
  { check: 'partial note not passed as whole (P / R)', parts: (t) => [num(check('annotation_incomplete')(t)?.precision), num(check('annotation_incomplete')(t)?.recall)] },
  { check: 'signature present (F1)', parts: (t) => [num(check('signature_present')(t)?.f1)] },
  { check: 'unclear page (R / P)', parts: (t) => [num(check('unclear_page')(t)?.recall), num(check('unclear_page')(t)?.precision)] },
  { check: 'bad edges (R / P)', parts: (t) => [num(check('bad_edges')(t)?.recall), num(check('bad_edges')(t)?.precision)] },
  { check: 'kind accuracy', parts: (t) => [num(t.kindAccuracy)] },
  { check: 'income rows exact (P / R)', parts: (t) => [num(t.incomeRowsExact?.precision), num(t.incomeRowsExact?.recall)] },
  { check: 'tax rows exact (P / R)', parts: (t) => [num(t.taxRowsExact?.precision), num(t.taxRowsExact?.recall)] },
  { check: 'contract/lease/ID term dates exact', parts: (t) => [num(t.termDatesExact)] },
  { check: 'issued dates exact', parts: (t) => [num(t.issuedDateExact)] },
  { check: 'flags over cases, all codes (P / R)', parts: (t) => [num(t.flagsAll?.precision), num(t.flagsAll?.recall)] },
  { check: 'defective cases flagged, cases as units (P / R)', parts: (t) => [num(t.casesFlagged?.precision), num(t.casesFlagged?.recall)] },
  { check: 'clean cases rejected', parts: (t) => [share(t.cleanCasesRejected, t.cleanCases)] },
  { check: 'clean cases with a note or signature flag', parts: (t) => [share(t.cleanCasesMarkFlagged, t.cleanCases)] },
  { check: 'defective cases with no reject or review flag', parts: (t) => [share(t.defectiveCasesUnflagged, t.defectiveCases)] },
];

interface Column {
  key: string;
  label: string;
  file: string;
  saved: Saved | null;
}
const columnFor = (source: Source, split: Split): Column => {
  const file = join(FROM, `accuracy-${source}-${split}.json`);
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Saved) : null;
  return { key: `${source}${split[0]!.toUpperCase()}${split.slice(1)}`, label: `${source.toUpperCase()} ${split}`, file, saved };
};
const holdouts = SOURCES.map((s) => columnFor(s, 'holdout'));
const tunes = SOURCES.map((s) => columnFor(s, 'tune')).filter((c) => c.saved);
if (![...holdouts, ...tunes].some((c) => c.saved)) {
  console.error(`no saved accuracy tables (bench-results/accuracy-{${SOURCES.join(',')}}-{${SPLITS.join(',')}}.json); run accuracy.ts --source a|b --split holdout first`);
  process.exit(1);
}

/** Why a column's figures are not a full pipeline measurement, if they are not. */
function caveat(s: Saved): string | null {
  const why = [s.truth ? 'truth-built reports' : null, s.limit ? `--limit ${s.limit}` : null, s.only ? `--only ${s.only}` : null, s.root ? `corpus ${s.root}` : null].filter(Boolean);
  return why.length ? why.join(', ') : null;
}

/** The worse value of each number over the columns that have one. */
function worse(cells: (Part[] | null)[], names: string[]): Part[] {
  const have = cells.map((c, i) => [c, names[i]] as const).filter((x): x is readonly [Part[], string] => x[0] !== null);
  if (have.length === 0) return [{ value: null, better: null, text: '—' }];
  const only = have.length < cells.length ? ` (${have.map((h) => h[1]).join(', ')} only)` : '';
  return have[0]![0].map((_, i) => {
    const parts = have.map((h) => h[0][i]!).filter((p) => p.value !== null);
    const better = have[0]![0][i]!.better;
    if (!better) return { value: null, better: null, text: '' };
    if (parts.length === 0) return { value: null, better, text: '—' };
    const pick = parts.reduce((w, p) => ((better === 'high' ? p.value! < w.value! : p.value! > w.value!) ? p : w));
    return { ...pick, text: pick.text + (i === have[0]![0].length - 1 ? only : '') };
  });
}

const columns = [...holdouts, ...tunes];
const cellOf = (c: Column, row: (typeof ROWS)[number]): Part[] | null => (c.saved ? row.parts(c.saved.table) : null);
const text = (parts: Part[] | null): string => (parts ? parts.map((p) => p.text).join(' / ') : '—');
const notes: string[] = [];
const headLabel = (c: Column): string => {
  const why = c.saved && caveat(c.saved);
  if (!why) return c.label;
  notes.push(`${c.label}: ${why}`);
  return `${c.label} *${notes.length}`;
};
const header = [headLabel(holdouts[0]!), headLabel(holdouts[1]!), 'worse of the holdouts', ...tunes.map(headLabel)];
const out: { check: string; cells: Record<string, { text: string; values: (number | null)[] } | null> }[] = [];
const lines = [
  `Accuracy by sample source (${columns.filter((c) => c.saved).map((c) => c.label).join(', ')} saved)`,
  '',
  `| check | ${header.join(' | ')} |`,
  `|---|${header.map(() => '---').join('|')}|`,
];
for (const row of ROWS) {
  const hold = holdouts.map((c) => cellOf(c, row));
  const w = row.info ? null : worse(hold, SOURCES.map((s) => s.toUpperCase()));
  const cells: [string, Part[] | null][] = [...holdouts.map((c, i) => [c.key, hold[i]!] as [string, Part[] | null]), ['worse', w], ...tunes.map((c) => [c.key, cellOf(c, row)] as [string, Part[] | null])];
  lines.push(`| ${row.check} | ${cells.map(([k, p]) => (k === 'worse' && row.info ? '' : text(p))).join(' | ')} |`);
  out.push({ check: row.check, cells: Object.fromEntries(cells.map(([k, p]) => [k, p ? { text: text(p), values: p.map((x) => x.value) } : null])) });
}
if (notes.length) lines.push('', ...notes.map((n, i) => `*${i + 1} ${n}: not a pipeline measurement of the whole split, do not quote.`));
// Each check's confidence against how often it was right, every saved run side by side (the reject gate's evidence).
const calibrated = columns.filter((c) => c.saved?.reliability).map((c) => ({ label: c.label, tables: c.saved!.reliability! }));
if (calibrated.length) lines.push('', 'Reliability: right/n of the decided calls per confidence bin (defect-side calls in brackets)', '', ...sideBySide(calibrated));
console.log(lines.join('\n'));

const target = join(REPO_ROOT, 'bench-results', 'accuracy-sources.json');
writeFileSync(
  target,
  JSON.stringify(
    {
      columns: columns.map((c) => ({ key: c.key, label: c.label, file: c.saved ? relative(REPO_ROOT, c.file) : null, caveat: c.saved ? caveat(c.saved) : null, pages: c.saved?.table.pages ?? null, cases: c.saved?.table.cases ?? null })),
      rows: out,
    },
    null,
    2,
  ),
);
console.error(`wrote ${target}`);
