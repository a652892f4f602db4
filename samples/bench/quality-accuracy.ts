/**
 * Page-quality accuracy on a corpus split: every page of every `*.truth.json` under the split's
 * folder of the chosen sample source (corpus-root.ts) is decoded as the pipeline does and run through assessClarity and
 * assessEdges. A flag is `ok !== true` (false, or null → review). Prints precision/recall for
 * unclear pages and bad edges, a per-degradation table, every wrong call by page, and writes every page's measures to
 * bench-results/quality-accuracy-<source>-<split>.json (the calibration data).
 * Usage: tsx samples/bench/quality-accuracy.ts [--source a|b] [--split tune|holdout] [--root DIR] [tune|holdout|DIR]
 * (the positional form is the older one; a DIR is scanned as it is and written as quality-accuracy-custom.json)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PdfDocument } from '../../workers/page/render/index.ts';
import { assessClarity, assessEdges } from '../../workers/page/quality/index.ts';
import { measureEdges } from '../../workers/page/quality/measure-edges.ts';
import type { DocumentTruth } from '../generator/truth.ts';
import { CORPUS_OPTIONS, REPO_ROOT, corpusLabel, parseBenchArgs, pickCorpus, resultPath, usageError } from './corpus-root.ts';

const USAGE = 'quality-accuracy.ts [--source a|b] [--split tune|holdout] [--root DIR] [tune|holdout|DIR]';
const { values, positionals } = parseBenchArgs(USAGE, CORPUS_OPTIONS, 1);
const custom = positionals[0]?.includes('/') ? positionals[0] : null;
const sel = pickCorpus(values, USAGE, custom ? 'tune' : (positionals[0] ?? values.split));
const split = custom ?? sel.split;
const root = custom ?? sel.dir;
if (!existsSync(root)) usageError(USAGE, `no corpus at ${root}`);

function* truthFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* truthFiles(p);
    else if (name.endsWith('.truth.json')) yield p;
  }
}

interface Row { file: string; page: number; degradations: string[]; clarityOk: boolean; edgesOk: boolean; skewTruth: number;
  clarity: ReturnType<typeof assessClarity>; edges: ReturnType<typeof assessEdges>; ms: number;
  measures: ReturnType<typeof measureEdges> }
const rows: Row[] = [];
for (const tf of truthFiles(root)) {
  const truth = JSON.parse(readFileSync(tf, 'utf8')) as DocumentTruth;
  if (truth.bornDigital) continue;
  const pdfPath = join(dirname(tf), truth.file.split('/').pop()!);
  let doc: PdfDocument;
  try { doc = await PdfDocument.open(new Uint8Array(readFileSync(pdfPath))); } catch { continue; }
  for (const pt of truth.pages) {
    const page = await doc.raster(pt.page);
    const t = performance.now();
    const clarity = assessClarity(page);
    const edges = assessEdges(page);
    rows.push({ file: pdfPath, page: pt.page, degradations: pt.degradations, clarityOk: pt.clarityOk, edgesOk: pt.edgesOk,
      skewTruth: pt.skewDeg, clarity, edges, ms: performance.now() - t, measures: measureEdges(page) });
  }
}

function score(name: string, bad: (r: Row) => boolean, flagged: (r: Row) => boolean) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) { const b = bad(r), f = flagged(r); if (b && f) tp++; else if (!b && f) fp++; else if (b) fn++; else tn++; }
  const precision = tp + fp ? tp / (tp + fp) : 1, recall = tp + fn ? tp / (tp + fn) : 1;
  console.log(`${name}: recall ${recall.toFixed(3)} (${tp}/${tp + fn})  precision ${precision.toFixed(3)} (${tp}/${tp + fp})  clean pages flagged ${fp}/${fp + tn}`);
  return { tp, fp, fn, tn, precision, recall };
}
console.log(`${custom ? `corpus ${custom}` : corpusLabel(sel)}: ${rows.length} scanned pages`);
const unclear = score('unclear pages', (r) => !r.clarityOk, (r) => r.clarity.ok !== true);
const edges = score('bad edges    ', (r) => !r.edgesOk, (r) => r.edges.ok !== true);
const clean = rows.filter((r) => r.degradations.every((d) => d === 'clean' || d === 'greyscale' || d === 'noise'));
console.log(`pages with only benign variations: ${clean.length}, flagged: ${clean.filter((r) => r.clarity.ok !== true || r.edges.ok !== true).length}`);

const byDeg = new Map<string, Row[]>();
for (const r of rows) for (const d of r.degradations.length ? r.degradations : ['clean']) byDeg.set(d, [...(byDeg.get(d) ?? []), r]);
console.log('| degradation | pages | clarity flagged | edges flagged | truth unclear | truth bad edges |\n|---|---|---|---|---|---|');
for (const [d, rs] of [...byDeg].sort()) {
  console.log(`| ${d} | ${rs.length} | ${rs.filter((r) => r.clarity.ok !== true).length} | ${rs.filter((r) => r.edges.ok !== true).length} | ${rs.filter((r) => !r.clarityOk).length} | ${rs.filter((r) => !r.edgesOk).length} |`);
}
// Every wrong call by name, so a threshold change can be checked page by page (never read a holdout's to tune).
const wrong = rows.filter((r) => r.clarityOk !== (r.clarity.ok === true) || r.edgesOk !== (r.edges.ok === true));
if (wrong.length) console.log('| page | truth clear / edges | called clear / edges | reasons |\n|---|---|---|---|');
for (const r of wrong)
  console.log(`| ${r.file.slice(root.length + 1)} p${r.page} | ${r.clarityOk} / ${r.edgesOk} | ${r.clarity.ok} / ${r.edges.ok} | ${[...r.clarity.reasons, ...r.edges.reasons].join(', ')} |`);
const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
console.log(`median quick-check time ${ms[ms.length >> 1]?.toFixed(1)} ms/page`);
const out = custom ? join(REPO_ROOT, 'bench-results', 'quality-accuracy-custom.json') : resultPath('quality-accuracy', sel);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), source: custom ? null : sel.source, split, unclear, edges, rows }, null, 1));
