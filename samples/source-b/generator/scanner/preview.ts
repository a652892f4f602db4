/**
 * Eyeball check for the scanner model: renders one realistic page (Chinese text, a table, a red
 * seal) in Chromium, runs it through every capture and defect, and writes the JPEGs with timings.
 *   npx tsx samples/source-b/generator/scanner/preview.ts <out-dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { randomStream } from '../rng.ts';
import { scanSheet } from './index.ts';
import type { ScanDefect, ScanPlan } from './plan.ts';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const rows = Array.from({ length: 12 }, (_, i) => {
  const m = String(i + 1).padStart(2, '0');
  return `<tr><td>2023-${m}</td><td>工资薪金</td><td>北京星河科技发展有限公司</td><td>${(18000 + i * 137.5).toFixed(2)}</td><td>${(845 + i * 12.3).toFixed(2)}</td></tr>`;
}).join('');

const HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 0 }
  html, body { margin: 0; background: #fff; }
  .sheet { width: 210mm; height: 297mm; box-sizing: border-box; padding: 22mm 20mm; font-family: "WenQuanYi Zen Hei"; color: #111; position: relative; }
  h1 { text-align: center; font-size: 20pt; letter-spacing: 4pt; margin: 0 0 8mm; }
  p { font-size: 11pt; line-height: 1.7; margin: 0 0 3mm; }
  table { width: 100%; border-collapse: collapse; font-size: 10pt; margin-top: 5mm; }
  th { background: #ddd; } th, td { border: 0.3mm solid #222; padding: 1.6mm 2mm; text-align: center; }
  .seal { position: absolute; left: 120mm; top: 200mm; width: 40mm; height: 40mm; border: 1.2mm solid #d22; border-radius: 50%; color: #d22; font-size: 30pt; text-align: center; line-height: 40mm; opacity: 0.85; }
  .sign { position: absolute; left: 25mm; top: 215mm; font-family: "LXGW WenKai"; font-size: 18pt; color: #1a3a9a; }
</style></head><body><div class="sheet">
  <h1>个人所得税纳税记录</h1>
  <p>纳税人姓名：张伟&#12288;&#12288;身份证件号码：110105198807152318</p>
  <p>本证明仅证明纳税人在税务系统申报的收入及缴纳税款情况，不作为纳税人完税的依据。开具时间：2024年01月15日</p>
  <table><tr><th>所属期</th><th>项目</th><th>扣缴义务人</th><th>收入额</th><th>实缴（退）金额</th></tr>${rows}</table>
  <div class="seal">★</div>
  <div class="sign">与原件一致，本单位已核实确认真实有效<br>经办人：李明</div>
</div></body></html>`;

async function renderSheet(dpi: number): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const ctx = await browser.newContext({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: dpi / 96 });
    const page = await ctx.newPage();
    await page.setContent(HTML);
    await page.evaluate('document.fonts.ready');
    return await page.screenshot({ clip: { x: 0, y: 0, width: 794, height: 1123 } });
  } finally {
    await browser.close();
  }
}

/** Where the preview page puts the seal and (roughly) the title, in sheet mm. */
const SEAL_MM = { x: 120, y: 200, w: 42.4, h: 42.4 }; // 40 mm plus the 1.2 mm ring each side
const TITLE_MM = { x: 20, y: 22, w: 170, h: 10 };

const base: ScanPlan = { capture: 'autocrop', dpi: 200, rotationDeg: 0.4, cutMm: { top: 0, right: 0, bottom: 0, left: 0 }, defects: [], jpegQuality: 85 };
const defects: ScanDefect[] = ['photocopy', 'copy_of_copy', 'toner_streaks', 'fold', 'binarised', 'greyscale', 'noise', 'gaussian_blur', 'motion_blur', 'low_dpi', 'heavy_jpeg'];

const out = process.argv[2] ?? 'scan-preview';
mkdirSync(out, { recursive: true });
for (const dpi of [200, 300]) {
  const png = await renderSheet(dpi);
  writeFileSync(join(out, `sheet-${dpi}.png`), png);
  const sheet = { png, widthPx: Math.round((794 * dpi) / 96), heightPx: Math.round((1123 * dpi) / 96), dpi };
  const plans: [string, ScanPlan][] = [
    ['autocrop', { ...base, dpi }],
    ['bed-light', { ...base, dpi, capture: 'bed-light', rotationDeg: -0.8 }],
    ['bed-dark', { ...base, dpi, capture: 'bed-dark', rotationDeg: 2 }],
    ['bed-dark-skew', { ...base, dpi, capture: 'bed-dark', rotationDeg: -5 }],
    ['cut', { ...base, dpi, capture: 'bed-light', cutMm: { top: 0, right: 18, bottom: 12, left: 0 } }],
    ['phone', { ...base, dpi, capture: 'phone', rotationDeg: 1.5 }],
    ['phone-cut', { ...base, dpi, capture: 'phone', rotationDeg: -4, cutMm: { top: 15, right: 0, bottom: 0, left: 0 } }],
    ...defects.map((d): [string, ScanPlan] => [d, { ...base, dpi, capture: d === 'fold' ? 'bed-light' : 'autocrop', defects: [d] }]),
  ];
  for (const [name, plan] of plans) {
    const t0 = performance.now();
    const res = await scanSheet(sheet, plan, randomStream(`preview/${name}`));
    const ms = performance.now() - t0;
    writeFileSync(join(out, `${dpi}-${name}.jpg`), res.jpeg);
    // The seal's and the table's mapped boxes drawn over the output: they must frame the marks.
    const frames = [SEAL_MM, TITLE_MM]
      .map((b) => res.mapBox(b))
      .filter((b) => b !== null)
      .map((b) => `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="none" stroke="#0c0" stroke-width="3"/>`)
      .join('');
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${res.widthPx}" height="${res.heightPx}">${frames}</svg>`);
    const framed = await sharp(res.jpeg).composite([{ input: svg }]).png().toBuffer();
    await sharp(framed).resize({ height: 1000 }).toFile(join(out, `${dpi}-${name}-boxes.png`));
    console.log(`${dpi} ${name.padEnd(14)} ${String(Math.round(ms)).padStart(5)} ms ${res.widthPx}x${res.heightPx} @${res.dpi} ${(res.jpeg.length / 1024).toFixed(0)} KiB ${JSON.stringify(res.truth)}`);
  }
}
