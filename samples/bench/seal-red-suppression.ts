/**
 * What suppressing the seal's red ink buys page OCR: tesseract (the pipeline's OcrPool, same PSM and
 * dpi as analysePage) on clean stamped 纳税记录 / 申报收入查询 pages, once on the red channel
 * (suppressRedInk, what the pipeline feeds) and once on plain luminance (what OCR would see without it).
 * Counts the truth amounts found in the text (a row's amount is the field a seal most often covers)
 * and the lines read. Called from seal-accuracy.ts --red-suppression.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { OcrPool } from '../../workers/page/ocr/index.ts';
import { ocrDpi } from '../../workers/page/prepare-ocr-image.ts';
import { PdfDocument } from '../../workers/page/render/index.ts';
import { suppressRedInk } from '../../workers/page/seal/index.ts';
import type { RasterPage } from '../../workers/page/types.ts';

function luminance(p: RasterPage): Uint8Array {
  const out = new Uint8Array(p.width * p.height);
  for (let i = 0, j = 0; i < out.length; i++, j += 3) out[i] = (p.data[j]! * 299 + p.data[j + 1]! * 587 + p.data[j + 2]! * 114) / 1000;
  return out;
}

export async function measureRedSuppression(corpus: string, split: string, source = 'a', maxPages = Number(process.env.RED_PAGES ?? 10)): Promise<void> {
  const picks: { file: string; page: number; amounts: number[] }[] = [];
  for (const sub of ['pages', 'docs']) {
    const dir = join(corpus, split, sub);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.truth.json')).sort()) {
      const t = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (t.kind !== 'tax_record' && t.kind !== 'income_query') continue;
      t.pages.forEach((pt: { seal: { present: boolean } | null; degradations: string[] }, i: number) => {
        if (!pt.seal?.present || pt.degradations.join() !== 'clean') return;
        const rows = [...(t.income ?? []), ...(t.taxes ?? [])].filter((r: { page: number }) => r.page === i + 1);
        if (rows.length) picks.push({ file: join(dir, f.replace('.truth.json', '.pdf')), page: i + 1, amounts: rows.map((r: { amount: number }) => r.amount) });
      });
    }
  }
  const chosen = picks.filter((_, i) => i % Math.max(1, Math.floor(picks.length / maxPages)) === 0).slice(0, maxPages);
  const pool = new OcrPool({ size: 2 });
  const rows: Array<{ file: string; truthAmounts: number } & Record<string, unknown>> = [];
  for (const pk of chosen) {
    const pdf = await PdfDocument.open(new Uint8Array(readFileSync(pk.file)));
    const raster = await pdf.raster(pk.page);
    await pdf.close();
    const result: Record<string, { lines: number; amounts: number }> = {};
    await Promise.all(
      (['suppressed', 'luminance'] as const).map(async (mode) => {
        const grey = mode === 'suppressed' ? suppressRedInk(raster).data : luminance(raster);
        const png = await sharp(grey, { raw: { width: raster.width, height: raster.height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
        const r = await pool.recognize(new Uint8Array(png), { dpi: ocrDpi(raster), psm: 'column' });
        const text = r.text.replace(/[,，\s]/g, '');
        result[mode] = { lines: r.lines.length, amounts: pk.amounts.filter((a) => text.includes(a.toFixed(2))).length };
      }),
    );
    const row = { file: `${pk.file}#${pk.page}`, truthAmounts: pk.amounts.length, ...result };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  await pool.close();
  const sum = (m: string, k: 'lines' | 'amounts') => rows.reduce((s, r) => s + (r as unknown as Record<string, { lines: number; amounts: number }>)[m]![k], 0);
  const summary = {
    split, pages: rows.length, truthAmounts: rows.reduce((s, r) => s + r.truthAmounts, 0),
    amountsRead: { suppressed: sum('suppressed', 'amounts'), luminance: sum('luminance', 'amounts') },
    linesRead: { suppressed: sum('suppressed', 'lines'), luminance: sum('luminance', 'lines') },
  };
  console.log(JSON.stringify(summary, null, 2));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/seal-red-suppression-${source}-${split}.json`, JSON.stringify({ summary, rows }, null, 2));
}
