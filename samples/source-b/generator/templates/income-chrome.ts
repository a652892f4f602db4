/**
 * The browser's print header and footer on the 自然人电子税务局 printouts. For scanned prints the
 * templates draw them (class `browser-chrome`); for born-digital PDFs Chromium prints the same
 * strings itself (see browser.ts `printPdf`), so both come from `bureauPrintChrome`.
 */
import type { IncomeQueryDoc, TaxRecordDoc } from '../content.ts';
import { randomStream } from '../rng.ts';
import { esc } from './income-format.ts';

export interface PrintChrome {
  title: string;
  url: string;
  /** 'YYYY-MM-DD HH:mm'. */
  printedAt: string;
}

const INCOME_PAGES = [
  { title: '自然人电子税务局', url: 'https://etax.chinatax.gov.cn/web/grsds/sbsrcx/nsmxlb.html' },
  { title: '收入纳税明细查询', url: 'https://etax.chinatax.gov.cn/web/grsds/sbsrcx/nsmxlb.html?sdnd=2021' },
  { title: '申报收入查询 - 自然人电子税务局', url: 'https://etax.chinatax.gov.cn/web/grsds/sbsrcx/nsmxlb.html' },
];
const TAX_PAGES = [
  { title: '自然人电子税务局', url: 'https://etax.chinatax.gov.cn/web/grsds/nsjl/nsjlkj.html' },
  { title: '纳税记录开具', url: 'https://etax.chinatax.gov.cn/web/grsds/nsjl/nsjlyl.html' },
];

/** The print header/footer strings of a bureau printout, a pure function of the document. */
export function bureauPrintChrome(doc: IncomeQueryDoc | TaxRecordDoc): PrintChrome {
  const r = randomStream(`bureau-chrome/${doc.kind}/${doc.citizen.idNumber}`);
  if (doc.kind === 'income_query') return { ...r.oneOf(INCOME_PAGES), printedAt: doc.printedAt };
  // The record is printed the day it is issued, during office hours.
  const time = `${String(r.integer(9, 17)).padStart(2, '0')}:${String(r.integer(0, 59)).padStart(2, '0')}`;
  return { ...r.oneOf(TAX_PAGES), printedAt: `${doc.issuedOn} ${time}` };
}

/** Chromium (zh-CN) writes the header date as 2021/8/20 10:35. */
export function chromeDate(printedAt: string): string {
  const [date = '', time = ''] = printedAt.split(' ');
  const [y, m, d] = date.split('-');
  return `${y}/${Number(m)}/${Number(d)}${time ? ` ${time.replace(/^0(\d)/, '$1')}` : ''}`;
}

/** The drawn header and footer lines, absolutely placed at the top and bottom of the content box. */
export function chromeLines(c: PrintChrome, page: number, pages: number, fontCss: string, pt: number): { top: string; bottom: string } {
  const line = `position:absolute;left:0;right:0;height:5mm;line-height:5mm;display:flex;justify-content:space-between;font-family:${fontCss};font-size:${pt}pt;white-space:nowrap;color:#000;`;
  return {
    top: `<div class="browser-chrome" style="${line}top:0;"><span>${esc(chromeDate(c.printedAt))}</span><span>${esc(c.title)}</span><span style="width:18mm"></span></div>`,
    bottom: `<div class="browser-chrome" style="${line}bottom:0;"><span>${esc(c.url)}</span><span>${page}/${pages}</span></div>`,
  };
}
