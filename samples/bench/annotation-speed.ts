/**
 * Seconds per page added by the attestation checks (issue 6): the OCR-free presence estimate and
 * the full note + signature detection with the PP-OCR region reader, on drawn income pages at
 * 200 and 300 dpi. Medians over repetitions (the machine is shared). Writes bench-results/annotation-speed.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { drawPage, NOTE, type PageSpec } from '../../test/unit/annotation-fixtures.ts';
import { detectAttestation, estimateHandwritingPresence } from '../../workers/page/annotation/index.ts';
import { createRegionReader } from '../../workers/page/region-reader/index.ts';

const REPS = Number(process.env.REPS ?? 5);
const specs: [string, PageSpec][] = [
  ['blue note + signature', { note: NOTE, signature: true }],
  ['black note + signature', { note: NOTE, signature: true, ink: '#222', seed: 3 }],
  ['red stamped note', { note: NOTE, form: 'stamp', signature: true }],
  ['partial note', { note: '与原件一致', signature: true }],
  ['no note', {}],
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const t0 = performance.now();
const reader = await createRegionReader();
const loadMs = performance.now() - t0;
if (!reader) throw new Error('region reader did not load');

const rows: { page: string; dpi: number; estimateMs: number; detectMs: number }[] = [];
for (const dpi of [200, 300]) {
  for (const [name, spec] of specs) {
    const d = drawPage({ ...spec, dpi });
    const est: number[] = [];
    const det: number[] = [];
    for (let i = 0; i < REPS; i++) {
      let t = performance.now();
      estimateHandwritingPresence(d.page, d.sealBoxes);
      est.push(performance.now() - t);
      t = performance.now();
      await detectAttestation(d.page, { ocrLines: d.ocrLines, sealBoxes: d.sealBoxes, reader });
      det.push(performance.now() - t);
    }
    rows.push({ page: name, dpi, estimateMs: Math.round(median(est)), detectMs: Math.round(median(det)) });
  }
}
await reader.close();
const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
console.log(`region reader load: ${Math.round(loadMs)} ms; process RSS after: ${rss} MB; reps ${REPS}, medians`);
console.log('| page | dpi | estimate (no OCR) s | detect note+signature s |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.page} | ${r.dpi} | ${(r.estimateMs / 1000).toFixed(3)} | ${(r.detectMs / 1000).toFixed(3)} |`);
const by = (dpi: number, k: 'estimateMs' | 'detectMs') => median(rows.filter((r) => r.dpi === dpi).map((r) => r[k])) / 1000;
const summary = { 200: { estimateS: by(200, 'estimateMs'), detectS: by(200, 'detectMs') }, 300: { estimateS: by(300, 'estimateMs'), detectS: by(300, 'detectMs') } };
console.log('median per page:', JSON.stringify(summary));
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/annotation-speed.json', JSON.stringify({ reps: REPS, loadMs: Math.round(loadMs), rssMb: rss, rows, summary }, null, 2));
