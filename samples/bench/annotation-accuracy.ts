/**
 * Attestation note and signature accuracy on a corpus split (issue 6): note presence P/R/F1,
 * incomplete-note recall and precision, signature P/R/F1, review (`null`) rates, clean pages
 * wrongly flagged, and seconds per page — over income pages (纳税记录 / 申报收入查询) and over all pages.
 *
 * Printed text and seal boxes come from the cached page analyses (`out/page-analyses/<source>/<split>/`,
 * written by capture-page-analyses.ts), so tesseract is not re-run; pages without a cached analysis
 * are skipped and counted. The note detection itself (ink, PP-OCR region reads, matching) runs live.
 *
 * Usage: tsx samples/bench/annotation-accuracy.ts [--source a|b] [--split tune|holdout] [--root DIR] [--limit N] [--only SUBSTR] [--match REGEX] [--set pages|notes|docs] [--cache DIR] [--capture]
 * (--cache: a folder of per-source, per-split page analyses (DIR/<source>/<split>/) other than out/page-analyses, e.g. an earlier capture;
 * --capture: pages without a current analysis are analysed now (tesseract, seal) and the analysis is cached)
 * Scored per set — `pages` (single pages), `notes` (the note set, notes.json), `docs` (case documents) — and over all.
 * Writes bench-results/annotation-accuracy-<source>-<split>.json (summary + one row per page).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detectAttestation } from '../../workers/page/annotation/index.ts';
import { PdfDocument } from '../../workers/page/render/index.ts';
import { createRegionReader } from '../../workers/page/region-reader/index.ts';
import type { OcrLine } from '../../workers/page/types.ts';
import type { Box } from '../../rules/contract/index.ts';
import { CORPUS_OPTIONS, cacheDirFor, corpusLabel, parseBenchArgs, pickCorpus, resultPath, usageError } from './corpus-root.ts';

const USAGE = 'annotation-accuracy.ts [--source a|b] [--split tune|holdout] [--root DIR] [--limit N] [--only SUBSTR] [--match REGEX] [--set pages|notes|docs] [--cache DIR] [--capture]';
const { values } = parseBenchArgs(USAGE, {
  ...CORPUS_OPTIONS,
  limit: { type: 'string' }, only: { type: 'string' }, match: { type: 'string' }, set: { type: 'string' },
  cache: { type: 'string' }, capture: { type: 'boolean', default: false },
});
const sel = pickCorpus(values, USAGE);
const split = sel.split;
const splitDir = sel.dir;
if (!existsSync(splitDir)) usageError(USAGE, `no corpus at ${splitDir}`);
if (values.set !== undefined && !['pages', 'notes', 'docs'].includes(values.set)) usageError(USAGE, `unknown --set "${values.set}"`);
const cacheDir = cacheDirFor(values.cache ?? 'out/page-analyses', sel);
const INCOME_KINDS = new Set(['tax_record', 'income_query']);

interface PageTruth {
  kind: string;
  degradations?: string[];
  annotation?: { present: boolean; complete: boolean; form?: string; color?: string };
  signature?: { present: boolean };
}
type SetName = 'pages' | 'notes' | 'docs';
interface Item { set: SetName; file: string; page: number; truth: PageTruth }

function listItems(): Item[] {
  const items: Item[] = [];
  for (const set of ['pages', 'notes'] as const) {
    const indexFile = path.join(splitDir, `${set}.json`);
    if (!existsSync(indexFile)) continue;
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { pages: { file: string; page: PageTruth & { page: number } }[] };
    for (const p of index.pages) items.push({ set, file: p.file, page: p.page.page, truth: p.page });
  }
  const docs = path.join(splitDir, 'docs');
  if (!existsSync(docs)) return items;
  for (const f of readdirSync(docs).filter((x) => x.endsWith('.truth.json')).sort()) {
    const t = JSON.parse(readFileSync(path.join(docs, f), 'utf8')) as { file: string; pages: (PageTruth & { page: number })[] };
    for (const p of t.pages) items.push({ set: 'docs', file: t.file, page: p.page, truth: p });
  }
  return items;
}

interface Cached { sha256: string; report: { seal: { boxes: Box[]; issuerSeals?: { box: Box }[] } }; text: { lines: OcrLine[] } }
type Analyser = { analysePage(bytes: Uint8Array, page: number, o: { employerName: string | null }): Promise<object>; close(): Promise<void> };
let analyser: Analyser | null = null;

/** The page's cached analysis while it still describes this exact file; with --capture, made now when missing. */
async function analysisOf(cacheFile: string, bytes: Buffer, page: number, rel: string): Promise<Cached | null> {
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as Cached;
    // An analysis of an earlier rendering of the file (the corpus was regenerated) does not count.
    if (cached.sha256 === hash) return cached;
  }
  if (!values.capture) return null;
  if (!analyser) {
    const { createPipeline } = (await import('../../workers/index.ts')) as unknown as { createPipeline: (o: object) => Promise<Analyser> };
    analyser = await createPipeline({});
  }
  const analysis = await analyser.analysePage(new Uint8Array(bytes), page, { employerName: null });
  const entry = { file: rel, sha256: hash, ...analysis };
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(entry));
  return entry as unknown as Cached;
}

interface Row {
  id: string;
  set: SetName;
  kind: string;
  income: boolean;
  variant: string;
  truth: { note: boolean; complete: boolean | null; signed: boolean; form: string | null };
  pred: { note: boolean | null; complete: boolean | null; signed: boolean | null; form: string | null; text: string | null; coverage: number | null; noteBox: Box | null; signBox: Box | null };
  s: number;
}

let items = listItems();
if (values.set) items = items.filter((i) => i.set === values.set);
if (values.only) items = items.filter((i) => `${i.file}.p${i.page}`.includes(values.only!));
if (values.match) items = items.filter((i) => new RegExp(values.match!).test(`${i.file}.p${i.page}`));
if (values.limit) items = items.slice(0, Number(values.limit));
const reader = await createRegionReader();
if (!reader) throw new Error('region reader did not load');

const rows: Row[] = [];
let uncached = 0;
for (const it of items) {
  const cacheFile = path.join(cacheDir, `${it.file.replace(/[/\\]/g, '__')}.p${it.page}.json`);
  const pdfFile = path.join(splitDir, it.file);
  if (!existsSync(pdfFile)) { uncached++; continue; }
  const bytes = readFileSync(pdfFile);
  const cached = await analysisOf(cacheFile, bytes, it.page, it.file);
  if (!cached) { uncached++; continue; }
  const pdf = await PdfDocument.open(new Uint8Array(bytes));
  const raster = await pdf.raster(it.page);
  await pdf.close();
  const t0 = performance.now();
  // The pipeline gives the note search every ring the seal detector found, the issuing bureau's
  // included (analyse-page.ts: quick.seal.boxes); the cached report keeps those apart in issuerSeals.
  const sealBoxes = [...cached.report.seal.boxes, ...(cached.report.seal.issuerSeals ?? []).map((s) => s.box)];
  const { annotation, signature } = await detectAttestation(raster, { ocrLines: cached.text.lines, sealBoxes, reader });
  const s = (performance.now() - t0) / 1000;
  const a = it.truth.annotation;
  const row: Row = {
    id: `${it.file}.p${it.page}`,
    set: it.set,
    kind: it.truth.kind,
    income: INCOME_KINDS.has(it.truth.kind),
    variant: (it.truth.degradations ?? []).join('+'),
    truth: { note: !!a?.present, complete: a?.present ? !!a.complete : null, signed: !!it.truth.signature?.present, form: a?.present ? `${a.form}/${a.color}` : null },
    pred: {
      note: annotation.present, complete: annotation.complete, signed: signature.present, form: annotation.form ?? null,
      text: annotation.text, coverage: annotation.coverage ?? null, noteBox: annotation.box, signBox: signature.box,
    },
    s: +s.toFixed(3),
  };
  rows.push(row);
  const ok = row.truth.note === row.pred.note && (!row.truth.note || row.truth.complete === row.pred.complete) && row.truth.signed === row.pred.signed;
  process.stderr.write(`${ok ? '  ' : '✗ '}${row.id} truth ${fmt(row.truth.note, row.truth.complete, row.truth.signed)} pred ${fmt(row.pred.note, row.pred.complete, row.pred.signed)} ${row.pred.text ?? ''}\n`);
}
await reader.close();
await (analyser as Analyser | null)?.close();

function fmt(note: boolean | null, complete: boolean | null, signed: boolean | null): string {
  const n = note === null ? 'note?' : !note ? 'none' : complete === null ? 'note(?)' : complete ? 'full' : 'part';
  return `${n}/${signed === null ? 'sig?' : signed ? 'signed' : 'unsigned'}`;
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;
function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
  return { precision: r3(p), recall: r3(r), f1: r3(p + r ? (2 * p * r) / (p + r) : 0), tp, fp, fn };
}

function score(rs: Row[]) {
  // Presence: a review (`null`) is neither a hit nor a false alarm; it is counted in reviewRate.
  const note = prf(
    rs.filter((r) => r.truth.note && r.pred.note === true).length,
    rs.filter((r) => !r.truth.note && r.pred.note === true).length,
    rs.filter((r) => r.truth.note && r.pred.note !== true).length,
  );
  // Incomplete: the truth is a partial note; the prediction is a present note read as partial.
  const isPart = (r: Row) => r.pred.note === true && r.pred.complete === false;
  const incomplete = prf(
    rs.filter((r) => r.truth.complete === false && isPart(r)).length,
    rs.filter((r) => r.truth.complete !== false && isPart(r)).length,
    rs.filter((r) => r.truth.complete === false && !isPart(r)).length,
  );
  const signature = prf(
    rs.filter((r) => r.truth.signed && r.pred.signed === true).length,
    rs.filter((r) => !r.truth.signed && r.pred.signed === true).length,
    rs.filter((r) => r.truth.signed && r.pred.signed !== true).length,
  );
  // A clean page: a complete note that is signed. Flagged = reported missing, incomplete or unsigned.
  const clean = rs.filter((r) => r.truth.complete === true && r.truth.signed);
  const cleanFlagged = clean.filter((r) => r.pred.note === false || r.pred.complete === false || r.pred.signed === false);
  const secs = rs.map((r) => r.s).sort((a, b) => a - b);
  return {
    pages: rs.length,
    note,
    incomplete,
    signature,
    /** Partial notes the check left undecided (complete: null): not a pass, not a flag. */
    incompleteReviewed: rs.filter((r) => r.truth.complete === false && r.pred.note !== false && r.pred.complete === null).length,
    reviewRate: { note: r3(rs.filter((r) => r.pred.note === null).length / Math.max(1, rs.length)), signature: r3(rs.filter((r) => r.pred.signed === null).length / Math.max(1, rs.length)) },
    cleanPages: clean.length,
    cleanFlagged: cleanFlagged.map((r) => r.id),
    secondsPerPage: { mean: r3(secs.reduce((a, b) => a + b, 0) / Math.max(1, secs.length)), median: secs[secs.length >> 1] ?? 0, max: secs[secs.length - 1] ?? 0 },
    misses: rs
      .filter((r) => r.truth.note !== r.pred.note || (r.truth.note && r.truth.complete !== r.pred.complete) || r.truth.signed !== r.pred.signed)
      .map((r) => `${r.id} truth ${fmt(r.truth.note, r.truth.complete, r.truth.signed)} pred ${fmt(r.pred.note, r.pred.complete, r.pred.signed)}`),
  };
}

const income = rows.filter((r) => r.income);
const sets = Object.fromEntries((['pages', 'notes', 'docs'] as const).filter((k) => income.some((r) => r.set === k)).map((k) => [k, score(income.filter((r) => r.set === k))]));
const summary = { source: sel.source, split, uncached, income: score(income), all: score(rows), sets };
console.log(`${corpusLabel(sel)}: ${rows.length} pages scored, ${uncached} without a current cached analysis (skipped)`);
console.log('| pages | n | note P | note R | note F1 | incompl. R | incompl. P | incompl. review | sig P | sig R | sig F1 | note review | sig review | clean flagged | s/page (median) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [name, s] of [['income', summary.income], ...Object.entries(sets).map(([k, v]) => [`income ${k}`, v] as const), ['all', summary.all]] as const) {
  console.log(`| ${name} | ${s.pages} | ${s.note.precision} | ${s.note.recall} | ${s.note.f1} | ${s.incomplete.recall} (${s.incomplete.tp}/${s.incomplete.tp + s.incomplete.fn}) | ${s.incomplete.precision} | ${s.incompleteReviewed} | ${s.signature.precision} | ${s.signature.recall} | ${s.signature.f1} | ${s.reviewRate.note} | ${s.reviewRate.signature} | ${s.cleanFlagged.length}/${s.cleanPages} | ${s.secondsPerPage.median} |`);
}
if (summary.income.cleanFlagged.length) console.log(`clean income pages flagged: ${summary.income.cleanFlagged.join(', ')}`);
if (summary.all.misses.length) console.log(`misses:\n  ${summary.all.misses.join('\n  ')}`);
// A filtered run is not the split's figure: only a whole run is saved.
if (!values.only && !values.match && !values.limit && !values.set) writeFileSync(resultPath('annotation-accuracy', sel), JSON.stringify({ summary, rows }, null, 2));
