/**
 * Renders one made-up sample of each income/tax template to PNG (150 dpi, a red box over the
 * handler area) plus a born-digital PDF, checks the anchors are sane, and times 20 sheets at 200 dpi.
 *   npx tsx samples/source-b/generator/preview.ts OUTDIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRenderer } from './browser.ts';
import type { Citizen, IncomeQueryDoc, MmBox, SourceBDoc, TaxRecordDoc, TemplatePage, WageMonth } from './content.ts';
import { randomStream } from './rng.ts';
import { incomeAppExportPages } from './templates/income-app-export.ts';
import { incomeBureauWebPages } from './templates/income-bureau-web.ts';
import { bureauPrintChrome } from './templates/income-chrome.ts';
import { taxAppExportPages } from './templates/tax-app-export.ts';
import { taxBureauWebPages } from './templates/tax-bureau-web.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: preview.ts OUTDIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const citizen: Citizen = {
  name: '欧阳晓明',
  idNumber: '11010519880314272X',
  birth: '1988-03-14',
  sex: 'male',
  address: '北京市朝阳区望京街道花家地北里8号楼3单元502号',
  phone: '13811112222',
};

/** `n` months ending 2021-07; the longest employer name changes employer halfway. */
function wages(n: number): WageMonth[] {
  const rows: WageMonth[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(2021, 6 - (n - 1 - i), 1));
    const period = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 15));
    const early = i < n / 2;
    rows.push({
      period,
      income: 18000 + ((i * 1371) % 5000) + 0.5 * (i % 3),
      tax: i % 7 === 3 ? 0 : 1200 + ((i * 313) % 900),
      payer: early ? '北京中关村星河信息技术发展股份有限公司' : '北京蓝海科技有限公司',
      payerCreditCode: early ? '91110108MA01ABCD2X' : '91110105597654321K',
      paidOn: next.toISOString().slice(0, 10),
      authority: early ? '国家税务总局北京市海淀区税务局' : '国家税务总局北京经济技术开发区税务局',
    });
  }
  return rows;
}

const samples: { name: string; doc: SourceBDoc; pages: (doc: never, rng: ReturnType<typeof randomStream>) => TemplatePage[] }[] = [];
for (const n of [12, 36]) {
  for (const template of ['app-export', 'bureau-web'] as const) {
    const income: IncomeQueryDoc = { kind: 'income_query', template, citizen, rows: wages(n), printedAt: '2021-08-20 10:35' };
    const tax: TaxRecordDoc = { kind: 'tax_record', template, citizen, rows: wages(n), issuedOn: '2021-08-20', recordNo: '(2021)京0114个证明31270594' };
    samples.push({ name: `income-${template}-${n}`, doc: income, pages: (template === 'app-export' ? incomeAppExportPages : incomeBureauWebPages) as never });
    samples.push({ name: `tax-${template}-${n}`, doc: tax, pages: (template === 'app-export' ? taxAppExportPages : taxBureauWebPages) as never });
  }
}

const handlerOverlay = (anchors: Record<string, MmBox[]>): string =>
  (anchors.handler ?? [])
    .map((b) => `<rect data-truth="note" x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="none" stroke="red" stroke-width="0.6"/>`)
    .join('');

function inside(inner: MmBox, outer: MmBox): boolean {
  const e = 0.3;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.w <= outer.x + outer.w + e && inner.y + inner.h <= outer.y + outer.h + e;
}

const renderer = await openRenderer();
try {
  let problems = 0;
  for (const s of samples) {
    const pages = s.pages(s.doc as never, randomStream(`preview/${s.name}`));
    for (const [i, page] of pages.entries()) {
      const r = await renderer.render(page, 150, handlerOverlay);
      const file = join(out, `${s.name}-p${i + 1}.png`);
      writeFileSync(file, r.png);
      const a = r.anchors;
      const content = a.content?.[0];
      const table = a.table?.[0];
      const handler = a.handler?.[0];
      const issues: string[] = [];
      if (!content || !table || !handler) issues.push('missing anchor');
      else {
        if (content.x < 0 || content.y < 0 || content.x + content.w > 210 || content.y + content.h > 297) issues.push('content off sheet');
        if (!inside(table, content) || !inside(handler, content)) issues.push('table/handler outside content');
        if (table.y + table.h > handler.y + 0.3 && !(handler.x >= table.x + table.w || handler.x + handler.w <= table.x)) issues.push('handler overlaps table');
        if (handler.w < 70 || (i === pages.length - 1 && handler.h < 45)) issues.push(`handler small ${handler.w}x${handler.h}`);
      }
      const seal = a['issuer-seal']?.[0];
      if (seal && handler && !(seal.x >= handler.x + handler.w || seal.x + seal.w <= handler.x || seal.y >= handler.y + handler.h || seal.y + seal.h <= handler.y)) issues.push('issuer seal in handler area');
      problems += issues.length;
      const rowsHere = Object.keys(a).filter((k) => k.startsWith('row-')).length;
      console.log(`${file} ${r.widthPx}x${r.heightPx} rows=${rowsHere} table=${JSON.stringify(table)} handler=${JSON.stringify(handler)} label=${a['handler-label'] ? 'yes' : 'no'} ${issues.join('; ')}`);
    }
  }

  const bureau = samples.find((s) => s.name === 'income-bureau-web-36')!;
  const pdf = await renderer.printPdf(bureau.pages(bureau.doc as never, randomStream('preview/pdf')), bureauPrintChrome(bureau.doc as IncomeQueryDoc));
  writeFileSync(join(out, 'income-bureau-web-36.pdf'), pdf);
  const taxApp = samples.find((s) => s.name === 'tax-app-export-12')!;
  writeFileSync(join(out, 'tax-app-export-12.pdf'), await renderer.printPdf(taxApp.pages(taxApp.doc as never, randomStream('preview/pdf2'))));

  const all = samples.flatMap((s) => s.pages(s.doc as never, randomStream(`time/${s.name}`)));
  const sheets = Array.from({ length: 20 }, (_, i) => all[i % all.length]!);
  await renderer.render(sheets[0]!, 200, handlerOverlay); // warm the 200 dpi context
  const t0 = performance.now();
  for (const page of sheets) await renderer.render(page, 200, handlerOverlay);
  const ms = performance.now() - t0;
  console.log(`${sheets.length} sheets at 200 dpi: ${(ms / 1000).toFixed(1)} s, ${(ms / sheets.length).toFixed(0)} ms per sheet`);
  if (problems > 0) {
    console.error(`${problems} layout problem(s)`);
    process.exitCode = 1;
  }
} finally {
  await renderer.close();
}
