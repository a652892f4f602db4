/**
 * Quick-check time (assessClarity + assessEdges) per A4 page, median over repeats, on drawn scans:
 * 300 dpi clean scan, 300 dpi JPEG q85, 300 dpi blurred, skewed and phone-photo pages, and a 150 dpi
 * scan. Each run gets a fresh page object so the shared grey image is recomputed (no cache hits).
 * Writes a table to stdout and JSON to bench-results/quality-speed.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { assessClarity, assessEdges } from '../../workers/page/quality/index.ts';
import * as F from '../../test/unit/quality-fixtures.ts';

const REPEATS = Number(process.env.REPEATS ?? 9);
const scan300 = F.greyPaperNoise(await F.rotate(await F.blur(F.drawDocument(300), 0.08), 0.4, 250));
const scan150 = F.greyPaperNoise(await F.rotate(await F.blur(F.drawDocument(150), 0.08), 0.4, 250));
const pages: Record<string, F.Raw> = {
  '300 dpi scan': scan300,
  '300 dpi JPEG q85': (await F.jpeg(scan300, 85)).raw,
  '300 dpi blurred': await F.blur(scan300, 0.3),
  '300 dpi skewed 5°': await F.rotate(scan300, 5, 229),
  '300 dpi phone photo': F.phonePhoto(scan300),
  '150 dpi scan': scan150,
};

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
// CPU time is reported beside wall time: on a shared machine wall time includes waiting for a core.
const rows: Array<{ page: string; size: string; medianMs: number; minMs: number; maxMs: number; cpuMs: number; clarityMs: number; edgesMs: number }> = [];
for (const [name, raw] of Object.entries(pages)) {
  const base = F.toRaster(raw);
  assessClarity({ ...base }); // warm-up (JIT)
  assessEdges({ ...base });
  const total: number[] = [], clar: number[] = [], edge: number[] = [], cpu: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    const page = { ...base };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    assessClarity(page);
    const t1 = performance.now();
    assessEdges(page);
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    total.push(t2 - t0); clar.push(t1 - t0); edge.push(t2 - t1); cpu.push((c.user + c.system) / 1000);
  }
  rows.push({ page: name, size: `${raw.width}×${raw.height}`, medianMs: +median(total).toFixed(1), minMs: +Math.min(...total).toFixed(1),
    maxMs: +Math.max(...total).toFixed(1), cpuMs: +median(cpu).toFixed(1), clarityMs: +median(clar).toFixed(1), edgesMs: +median(edge).toFixed(1) });
}
console.log(`assessClarity + assessEdges per A4 page, ${REPEATS} runs each (clarity includes the shared 150-dpi grey image)`);
console.log('| page | pixels | median ms | min | max | median CPU ms | clarity ms | edges ms |\n|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.page} | ${r.size} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.cpuMs} | ${r.clarityMs} | ${r.edgesMs} |`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/quality-speed.json', JSON.stringify({ date: new Date().toISOString(), repeats: REPEATS, rows }, null, 2));
