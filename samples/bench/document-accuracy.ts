/**
 * Document-stage accuracy on a corpus split, from cached real OCR (capture-page-analyses.ts):
 * every document with a truth file goes through `extractDocument` (no declared kind: the reading
 * must stand on its own) and is scored field by field against the truth.
 *
 *   npx tsx samples/bench/document-accuracy.ts [--source a|b] --split tune|holdout [--root DIR] [--verbose] [--cache out/page-analyses]
 *
 * The cache is read from <cache>/<source>/<split>/ (where capture-page-analyses.ts and
 * accuracy.ts --keep-analyses write).
 *
 * Sets: `docs/` (the case documents, 150 dpi scans, the targets apply here), the same without the
 * documents whose truth says SCAN_UNCLEAR / SCAN_EDGES, and `pages/` (single pages cycling through
 * degradations) split the same way; on bad scans misses are expected and only silent errors matter.
 * Writes bench-results/document-accuracy-<source>-<split>.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument, MIN_FIELD_CONFIDENCE, type DocumentFields, type PageText } from '../../workers/document/index.ts';
import { CORPUS_OPTIONS, cacheDirFor, corpusLabel, parseBenchArgs, pickCorpus, resultPath, usageError } from './corpus-root.ts';

const USAGE = 'document-accuracy.ts [--source a|b] [--split tune|holdout] [--root DIR] [--verbose] [--cache DIR]';
const { values } = parseBenchArgs(USAGE, { ...CORPUS_OPTIONS, verbose: { type: 'boolean', default: false }, cache: { type: 'string', default: 'out/page-analyses' } });
const sel = pickCorpus(values, USAGE);
const split = sel.split;
const splitDir = sel.dir;
if (!existsSync(splitDir)) usageError(USAGE, `no corpus at ${splitDir}`);
const cacheDir = cacheDirFor(values.cache, sel);

interface Truth {
  file: string;
  kind: string;
  pageCount: number;
  issuedOn: string | null;
  income?: Array<{ period: string; amount: number; item: string; payer: string }>;
  taxes?: Array<{ period: string; amount: number; item: string; paidOn: string }>;
  term: { start: string | null; end: string | null; openEnded: boolean } | null;
  parties: Record<string, string | null>;
  pages: Array<{ clarityOk: boolean; edgesOk: boolean }>;
}

/** Counts of one field: `ok` of `n`, plus what went wrong, for the table and the JSON. */
interface Tally { ok: number; n: number; misses: string[] }
const tally = (): Tally => ({ ok: 0, n: 0, misses: [] });
function count(t: Tally, ok: boolean, miss: string): void {
  t.n++;
  if (ok) t.ok++;
  else t.misses.push(miss);
}

interface SetScore {
  documents: number;
  skipped: string[];
  kind: Tally;
  incomeRows: Tally;
  incomePayerItem: Tally;
  taxRows: Tally;
  taxItem: Tally;
  termDates: Tally;
  issuedOn: Tally;
  parties: Tally;
  /** Documents that report at least one row absent from the truth. */
  inventedDocs: string[];
  inventedRows: number;
  /** Rows read below MIN_FIELD_CONFIDENCE (→ review), and of those how many were in fact exact. */
  lowConfidenceRows: number;
  lowConfidenceButExact: number;
  /** Rows read wrong yet at or above MIN_FIELD_CONFIDENCE: the errors no reviewer is asked about. */
  silentWrongRows: number;
  /** Rows the parser counted as unread (dropped, not guessed). */
  unreadRows: number;
  /** Issued dates read below MIN_FIELD_CONFIDENCE (→ review), of those exact; and dates wrong at or above it (no review). */
  issuedOnInDoubt: number;
  issuedOnInDoubtButExact: number;
  issuedOnSilentWrong: number;
}

function newSet(): SetScore {
  return {
    documents: 0, skipped: [], kind: tally(), incomeRows: tally(), incomePayerItem: tally(), taxRows: tally(), taxItem: tally(),
    termDates: tally(), issuedOn: tally(), parties: tally(), inventedDocs: [], inventedRows: 0, lowConfidenceRows: 0,
    lowConfidenceButExact: 0, silentWrongRows: 0, unreadRows: 0, issuedOnInDoubt: 0, issuedOnInDoubtButExact: 0, issuedOnSilentWrong: 0,
  };
}

/** The cached pages of a PDF, or null when any is missing or was captured from other bytes (a regenerated corpus). */
function loadPages(rel: string, pageCount: number): PageText[] | null {
  const key = rel.replace(/[/\\]/g, '__');
  const pdf = path.join(splitDir, rel);
  if (!existsSync(pdf)) return null;
  const sha = createHash('sha256').update(readFileSync(pdf)).digest('hex');
  const out: PageText[] = [];
  for (let p = 1; p <= pageCount; p++) {
    const f = path.join(cacheDir, `${key}.p${p}.json`);
    if (!existsSync(f)) return null;
    const entry = JSON.parse(readFileSync(f, 'utf8')) as { sha256: string; text: PageText };
    if (entry.sha256 !== sha) return null;
    out.push(entry.text);
  }
  return out;
}

/**
 * Rows are paired by period (a period may repeat, e.g. two payers in a month: amount decides then).
 * A reported row with no truth row left for its period is invented.
 */
function pairRows<T extends { period: string; amount: number }, P extends { period: string; amount: number }>(truth: T[], pred: P[]): { pairs: Array<[T, P | null]>; invented: P[] } {
  const left = [...pred];
  const pairs: Array<[T, P | null]> = [];
  for (const t of truth) {
    let i = left.findIndex((p) => p.period === t.period && Math.abs(p.amount - t.amount) < 0.005);
    if (i < 0) i = left.findIndex((p) => p.period === t.period);
    pairs.push([t, i >= 0 ? left.splice(i, 1)[0] : null]);
  }
  return { pairs, invented: left };
}

const money = (a: number, b: number) => Math.abs(a - b) < 0.005;
/** Names compared as printed characters: the truth's full-width brackets （北京） are the OCR's (北京). */
const sameName = (a: string | null, b: string | null) => (a ?? '').normalize('NFKC') === (b ?? '').normalize('NFKC');
/**
 * Items compared as the rules count them: the regular wage is 工资薪金 as a 所得项目 and 正常工资薪金 as
 * its 小类 (正常工资薪金所得 as a 纳税记录's 品目). Source B's truth names the 所得项目 where a page prints
 * the 小类 too or instead; the parser reads the 小类 (the more specific cell), and every income basis
 * counts them alike.
 */
const REGULAR_WAGE = new Set(['工资薪金', '工资薪金所得', '工资、薪金所得', '正常工资薪金', '正常工资薪金所得']);
const sameItem = (truth: string, read: string | null) => read === truth || (REGULAR_WAGE.has(truth) && REGULAR_WAGE.has(read ?? ''));

function scoreDocument(s: SetScore, name: string, truth: Truth, f: DocumentFields): void {
  s.documents++;
  count(s.kind, f.kind === truth.kind, `${name}: ${truth.kind} → ${f.kind}`);
  let invented = 0;
  const rowConfidence = (conf: number, exact: boolean) => {
    if (conf < MIN_FIELD_CONFIDENCE) {
      s.lowConfidenceRows++;
      if (exact) s.lowConfidenceButExact++;
    } else if (!exact) s.silentWrongRows++;
  };
  if (truth.income?.length || f.income.length) {
    const { pairs, invented: extra } = pairRows(truth.income ?? [], f.income);
    for (const [t, p] of pairs) {
      const exact = !!p && money(p.amount, t.amount);
      count(s.incomeRows, exact, `${name} ${t.period} ${t.amount} → ${p ? p.amount : 'missing'}`);
      if (p) {
        count(s.incomePayerItem, sameName(p.payer, t.payer) && sameItem(t.item, p.item), `${name} ${t.period} ${t.item}|${t.payer} → ${p.item}|${p.payer}`);
        rowConfidence(p.confidence, exact);
      }
    }
    invented += extra.length;
    for (const e of extra) rowConfidence(e.confidence, false);
  }
  if (truth.taxes?.length || f.taxes.length) {
    const { pairs, invented: extra } = pairRows(truth.taxes ?? [], f.taxes);
    for (const [t, p] of pairs) {
      const exact = !!p && money(p.amount, t.amount) && p.paidOn === t.paidOn;
      count(s.taxRows, exact, `${name} ${t.period} ${t.amount} ${t.paidOn} → ${p ? `${p.amount} ${p.paidOn}` : 'missing'}`);
      if (p) {
        count(s.taxItem, sameItem(t.item, p.item), `${name} ${t.period} ${t.item} → ${p.item}`);
        rowConfidence(p.confidence, exact);
      }
    }
    invented += extra.length;
    for (const e of extra) rowConfidence(e.confidence, false);
  }
  if (invented > 0) s.inventedDocs.push(`${name} (+${invented})`);
  s.inventedRows += invented;
  s.unreadRows += (f.unreadRows?.income ?? 0) + (f.unreadRows?.taxes ?? 0);
  if (truth.term) {
    const t = truth.term;
    const p = f.term;
    count(s.termDates, !!p && p.start === t.start, `${name} start ${t.start} → ${p?.start ?? 'none'}`);
    count(s.termDates, !!p && p.end === t.end && p.openEnded === t.openEnded, `${name} end ${t.end}${t.openEnded ? ' (open)' : ''} → ${p?.end ?? 'none'}${p?.openEnded ? ' (open)' : ''}`);
  }
  if (truth.issuedOn) {
    const exact = f.issuedOn === truth.issuedOn;
    count(s.issuedOn, exact, `${name} (${truth.kind}) ${truth.issuedOn} → ${f.issuedOn}${f.issuedOn && (f.issuedOnConfidence ?? 1) < MIN_FIELD_CONFIDENCE ? ' (in doubt)' : ''}`);
    if (f.issuedOn && (f.issuedOnConfidence ?? 1) < MIN_FIELD_CONFIDENCE) {
      s.issuedOnInDoubt++;
      if (exact) s.issuedOnInDoubtButExact++;
    } else if (f.issuedOn && !exact) s.issuedOnSilentWrong++;
  }
  for (const [k, v] of Object.entries(truth.parties ?? {})) {
    const got = (f.parties as Record<string, unknown>)[k] ?? null;
    count(s.parties, got === v, `${name} ${k}: ${v} → ${String(got)}`);
  }
}

function runSet(sub: 'docs' | 'pages', filter: (t: Truth) => boolean): SetScore {
  const s = newSet();
  const dir = path.join(splitDir, sub);
  if (!existsSync(dir)) return s;
  for (const file of readdirSync(dir).filter((x) => x.endsWith('.truth.json')).sort()) {
    const truth = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Truth;
    if (!filter(truth)) continue;
    const name = file.replace('.truth.json', '');
    const pages = loadPages(truth.file, truth.pageCount);
    if (!pages) {
      s.skipped.push(name);
      continue;
    }
    scoreDocument(s, name, truth, extractDocument(pages, { declaredKind: null }));
  }
  return s;
}

// Pages the truth calls SCAN_UNCLEAR or SCAN_EDGES are rejected for the scan itself; their fields are
// scored apart (misses expected there, silent errors still count).
const scanOk = (t: Truth) => t.pages.every((p) => p.clarityOk && p.edgesOk);
const sets = {
  docs: runSet('docs', () => true),
  docsScanOk: runSet('docs', scanOk),
  pagesScanOk: runSet('pages', scanOk),
  pagesScanBad: runSet('pages', (t) => !scanOk(t)),
};

const rate = (t: Tally) => (t.n === 0 ? null : Math.round((t.ok / t.n) * 1000) / 1000);
function summary(s: SetScore) {
  return {
    documents: s.documents,
    skipped: s.skipped.length,
    kind: rate(s.kind),
    incomeRowsExact: rate(s.incomeRows),
    incomePayerItemExact: rate(s.incomePayerItem),
    taxRowsExact: rate(s.taxRows),
    taxItemExact: rate(s.taxItem),
    termDatesExact: rate(s.termDates),
    issuedOnExact: rate(s.issuedOn),
    partiesExact: rate(s.parties),
    inventedDocsShare: s.documents ? Math.round((s.inventedDocs.length / s.documents) * 1000) / 1000 : null,
    inventedRows: s.inventedRows,
    lowConfidenceRows: s.lowConfidenceRows,
    lowConfidenceButExact: s.lowConfidenceButExact,
    silentWrongRows: s.silentWrongRows,
    unreadRows: s.unreadRows,
    issuedOnInDoubt: s.issuedOnInDoubt,
    issuedOnInDoubtButExact: s.issuedOnInDoubtButExact,
    issuedOnSilentWrong: s.issuedOnSilentWrong,
  };
}

const fmt = (t: Tally) => (t.n === 0 ? '—' : `${(t.ok / t.n).toFixed(3)} (${t.ok}/${t.n})`);
console.log(`document accuracy — ${corpusLabel(sel)}, MIN_FIELD_CONFIDENCE ${MIN_FIELD_CONFIDENCE}`);
const cols = Object.keys(sets) as Array<keyof typeof sets>;
const lines: Array<[string, (s: SetScore) => string]> = [
  ['documents (skipped)', (s) => `${s.documents} (${s.skipped.length})`],
  ['kind', (s) => fmt(s.kind)],
  ['income rows exact', (s) => fmt(s.incomeRows)],
  ['income payer+item', (s) => fmt(s.incomePayerItem)],
  ['tax rows exact', (s) => fmt(s.taxRows)],
  ['tax item', (s) => fmt(s.taxItem)],
  ['term dates exact', (s) => fmt(s.termDates)],
  ['issued date exact', (s) => fmt(s.issuedOn)],
  ['issued < min conf.', (s) => `${s.issuedOnInDoubt} (${s.issuedOnInDoubtButExact} exact)`],
  ['issued wrong ≥ min', (s) => String(s.issuedOnSilentWrong)],
  ['parties exact', (s) => fmt(s.parties)],
  ['docs with invented rows', (s) => `${s.inventedDocs.length} (${s.inventedRows} rows)`],
  ['rows < min confidence', (s) => `${s.lowConfidenceRows} (${s.lowConfidenceButExact} exact)`],
  ['wrong rows ≥ min conf.', (s) => String(s.silentWrongRows)],
  ['unread rows (dropped)', (s) => String(s.unreadRows)],
];
console.log(['field'.padEnd(24), ...cols.map((c) => c.padEnd(19))].join(''));
for (const [label, f] of lines) console.log([label.padEnd(24), ...cols.map((c) => f(sets[c]).padEnd(19))].join(''));

const misses = (s: SetScore) => ({
  kind: s.kind.misses, income: s.incomeRows.misses, incomePayerItem: s.incomePayerItem.misses, taxes: s.taxRows.misses,
  taxItem: s.taxItem.misses, term: s.termDates.misses, issuedOn: s.issuedOn.misses, parties: s.parties.misses,
  inventedDocs: s.inventedDocs, skipped: s.skipped,
});
if (values.verbose) for (const c of cols) console.log(c, JSON.stringify(misses(sets[c]), null, 1));
const out = Object.fromEntries(cols.map((c) => [c, { summary: summary(sets[c]), misses: misses(sets[c]) }]));
const outFile = resultPath('document-accuracy', sel);
writeFileSync(outFile, JSON.stringify({ source: sel.source, split, minFieldConfidence: MIN_FIELD_CONFIDENCE, ...out }, null, 2));
console.log(`wrote ${outFile}`);
