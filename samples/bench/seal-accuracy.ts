/**
 * Seal accuracy on a corpus split (default tune): presence (F1, misses, false positives on seal-free
 * pages, split by look-alike), employer match (accuracy over decided reads, abstentions) and speed.
 * Usage: tsx samples/bench/seal-accuracy.ts [tune|holdout] [--no-read]
 * Writes bench-results/seal-accuracy-<split>.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PdfDocument } from '../../workers/page/render/index.ts';
import { createRegionReader } from '../../workers/page/region-reader/index.ts';
import { detectSeals, readSeal } from '../../workers/page/seal/index.ts';

const split = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'tune';
const doRead = !process.argv.includes('--no-read');
const dir = join('samples/corpus', split, 'pages');
const files = readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort();
const reader = doRead ? await createRegionReader() : null;

interface Row { file: string; truth: boolean; pred: boolean | null; conf: number; grey: boolean; lookalikes: string[]; ms: number; match?: boolean | null; truthMatch?: boolean; text?: string | null; company?: string }
const rows: Row[] = [];
for (const f of files) {
  const truth = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const pt = truth.pages[0];
  const pdf = await PdfDocument.open(new Uint8Array(readFileSync(join(dir, f.replace('.truth.json', '.pdf')))));
  const raster = await pdf.raster(1);
  await pdf.close();
  const t = performance.now();
  const det = detectSeals(raster);
  const ms = performance.now() - t;
  const row: Row = { file: f.replace('.truth.json', ''), truth: !!pt.seal?.present, pred: det.present, conf: det.confidence, grey: det.grey, lookalikes: (pt.lookalikes ?? []).map((l: { type: string }) => l.type), ms: +ms.toFixed(1) };
  if (reader && pt.seal?.present && det.present) {
    const r = await readSeal(raster, det.boxes, truth.employer, { ocr: null, reader });
    Object.assign(row, { match: r.matchesEmployer, truthMatch: !!pt.seal.matchesEmployer, text: r.text, company: pt.seal.company });
  }
  rows.push(row);
  console.log(JSON.stringify(row));
}
await reader?.close();

const tp = rows.filter((r) => r.truth && r.pred === true).length;
const fn = rows.filter((r) => r.truth && r.pred !== true).length;
const fp = rows.filter((r) => !r.truth && r.pred === true).length;
const sealFree = rows.filter((r) => !r.truth);
const f1 = (2 * tp) / Math.max(1, 2 * tp + fn + fp);
const reads = rows.filter((r) => r.match !== undefined);
const decided = reads.filter((r) => r.match !== null);
const correct = decided.filter((r) => r.match === r.truthMatch).length;
const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
const summary = {
  split, pages: rows.length, f1: +f1.toFixed(3), tp, fn, fp,
  missed: rows.filter((r) => r.truth && r.pred !== true).map((r) => `${r.file}:${r.pred}`),
  falsePositives: rows.filter((r) => !r.truth && r.pred === true).map((r) => `${r.file}[${r.lookalikes.join(',')}]`),
  fpRateSealFree: +(sealFree.filter((r) => r.pred === true).length / Math.max(1, sealFree.length)).toFixed(3),
  reviewOnSealFree: sealFree.filter((r) => r.pred === null).length,
  match: { read: reads.length, decided: decided.length, accuracy: +(correct / Math.max(1, decided.length)).toFixed(3), abstentions: +((reads.length - decided.length) / Math.max(1, reads.length)).toFixed(3) },
  detectMs: { median: ms[ms.length >> 1], max: ms[ms.length - 1] },
};
console.log(JSON.stringify(summary, null, 2));
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/seal-accuracy-${split}.json`, JSON.stringify({ summary, rows }, null, 2));
