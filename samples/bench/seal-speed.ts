/**
 * Seal detection time per 300 dpi A4 page (median over repeats), on drawn pages: a stamped table
 * page, a faint seal, a greyscale scan, and seal-free pages (which also run the shape-only search).
 * Writes a table to stdout and JSON to bench-results/seal-speed.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { detectSeals, suppressRedInk } from '../../workers/page/seal/index.ts';
import { drawPage } from '../../test/unit/seal-fixtures.ts';

const REPEATS = Number(process.env.REPEATS ?? 9);
const pages = {
  stamped: { dpi: 300, seals: [{ x: 150, y: 200, rotationDeg: 40 }] },
  faint: { dpi: 300, seals: [{ x: 150, y: 200, alpha: 0.35, uneven: 0.3 }] },
  'grey scan, seal': { dpi: 300, grey: true, seals: [{ x: 150, y: 200 }] },
  'no seal (colour)': { dpi: 300 },
  'no seal (grey)': { dpi: 300, grey: true },
};

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
const rows: Array<{ page: string; medianMs: number; minMs: number; maxMs: number; present: boolean | null; suppressMs: number }> = [];
for (const [name, spec] of Object.entries(pages)) {
  const page = drawPage(spec);
  detectSeals(page); // warm-up (JIT)
  const t: number[] = [];
  let present: boolean | null = null;
  for (let k = 0; k < REPEATS; k++) {
    const s = performance.now();
    present = detectSeals(page).present;
    t.push(performance.now() - s);
  }
  const ts: number[] = [];
  for (let k = 0; k < 3; k++) {
    const s = performance.now();
    suppressRedInk(page);
    ts.push(performance.now() - s);
  }
  rows.push({ page: name, medianMs: +median(t).toFixed(1), minMs: +Math.min(...t).toFixed(1), maxMs: +Math.max(...t).toFixed(1), present, suppressMs: +median(ts).toFixed(1) });
}
console.log(`detectSeals on 300 dpi A4 (2480×3508), ${REPEATS} runs each`);
console.log('| page | median ms | min | max | present | suppressRedInk ms |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.page} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.present} | ${r.suppressMs} |`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/seal-speed.json', JSON.stringify({ date: new Date().toISOString(), repeats: REPEATS, rows }, null, 2));
