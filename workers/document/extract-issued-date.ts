import type { DocumentKind } from './contract-types.ts';
import type { PageText } from './types.ts';
import { groupRows } from './group-rows.ts';
import { findDates, isoFromParts } from './parse-date.ts';
import { IN_DOUBT } from './merge-row-readings.ts';

export interface IssuedDate {
  date: string;
  confidence: number;
  page: number;
  text: string;
}

const SIGNED_KINDS: readonly DocumentKind[] = ['labor_contract', 'lease_contract', 'resignation_certificate', 'degree_certificate', 'title_certificate', 'hukou'];
const LABEL = /(开具日期|开具时间|填发日期|打印日期|打印时间|查询日期|查询时间|出具日期|证明日期)/;
// Browser print header: "2021/8/10 14:23" (zh locale) or "8/10/21, 2:23 PM" (en locale).
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\b/;
const US_DATE = /(?<![0-9/])(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)?/;

/**
 * The date a material was produced, for the one-month freshness rule: a labelled 开具日期/开具时间
 * (纳税记录) or the date the browser printed on 申报收入查询's header or footer; for a 离职证明 its
 * closing date; for contracts and certificates the signing/issue date at the end. Null when none can be found — the rules then ask a reviewer.
 */
export function extractIssuedDate(pages: PageText[], kind: DocumentKind): IssuedDate | null {
  const first = fromReading(pages, kind);
  if (first || !pages.some((p) => p.secondReading)) return first;
  // Nothing in tesseract's reading (a blurred page it garbled): the second engine's reading of the
  // page, which holds its header, footer and 开具时间 too. From a restored image (deconvolution can
  // turn one digit into another) the date is kept below the review confidence.
  const again = fromReading(pages.map((p) => (p.secondReading ? { ...p, lines: p.secondReading.lines } : p)), kind);
  if (!again || !pages.find((p) => p.page === again.page)?.secondReading?.restored) return again;
  return { ...again, confidence: Math.min(again.confidence, IN_DOUBT) };
}

/**
 * A print date whose time lost the space before it ("2021/08/2010:49" for "2021/08/20 10:49"); with
 * a zero-padded month and day the split is unambiguous.
 */
const DATE_GLUED_TO_TIME = /(?<![0-9])(20\d{2}\/[01]\d\/[0-3]\d)(?=[0-2]?\d:[0-5]\d)/g;
/**
 * A 纳税记录's number, which encodes the issue day: "(2021)京0820个证明", "(2021)0820记录…"; the
 * parentheses may come full-width or not at all and the year's 0 as a letter O ("2o21京0808个证明").
 */
const RECORD_NUMBER = /[(（]?(2[0Oo]\d{2})[)）]?京?([01]\d)([0-3]\d)(?:个证明|记录)/;

function fromReading(pages: PageText[], kind: DocumentKind): IssuedDate | null {
  for (const page of pages) {
    const rows = groupRows(page);
    for (const r of rows) {
      const m = LABEL.exec(r.text.replace(/\s+/g, ''));
      if (!m) continue;
      const compact = r.text.replace(/\s+/g, '');
      const after = compact.slice(compact.indexOf(m[1]));
      const d = findDates(after).find((x) => x.kind === 'date');
      if (d) return { date: d.iso!, confidence: Math.round(d.confidence * Math.min(1, r.ocr + 0.25) * 100) / 100, page: page.page, text: r.raw };
    }
  }
  if (kind === 'income_query' || kind === 'tax_record') {
    // Print headers and footers: a date next to a time of day, at the top or bottom of a page.
    for (const page of pages) {
      const rows = groupRows(page);
      const edge = [...rows.slice(0, 4), ...rows.slice(-4)];
      for (const row of edge) {
        const r = { ...row, text: row.text.replace(DATE_GLUED_TO_TIME, '$1 ') };
        if (!TIME.test(r.text) && !/https?:/.test(r.text) && !/(?<![0-9])20\d{2}\/[01]\d\/[0-3]\d\d{3,5}(?![0-9])/.test(r.text)) continue;
        const d = findDates(r.text).find((x) => x.kind === 'date');
        if (d) return { date: d.iso!, confidence: Math.round(d.confidence * 0.95 * 100) / 100, page: page.page, text: r.raw };
        // The slash read as 1 or l ("2021/07103 15:55"): only next to a time of day, where nothing else fits.
        const slip = /(?<![0-9])(20\d{2})[/1lI|]([01]\d)[/1lI|]([0-3]\d)\s+\d{1,2}:\d{2}/.exec(r.text);
        const slipIso = slip ? isoFromParts(+slip[1], +slip[2], +slip[3]) : null;
        if (slipIso) return { date: slipIso, confidence: 0.75, page: page.page, text: r.raw };
        // The time glued on with its colon lost ("2021/08/2017351" for "2021/08/20 17:35"): a padded
        // zh-locale print date on the page's edge beside the title, where nothing else is printed.
        const glued = /(?<![0-9])(20\d{2})\/([01]\d)\/([0-3]\d)(?=\d{3,5}(?![0-9]))/.exec(r.text);
        const gluedIso = glued && /申报|查询|纳税|记录/.test(r.text) ? isoFromParts(+glued[1], +glued[2], +glued[3]) : null;
        if (gluedIso) return { date: gluedIso, confidence: 0.7, page: page.page, text: r.raw };
        const us = US_DATE.exec(r.text);
        if (us) {
          const y = us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
          const iso = isoFromParts(y, Number(us[1]), Number(us[2]));
          if (iso) return { date: iso, confidence: 0.8, page: page.page, text: r.raw };
        }
      }
    }
  }
  if (kind === 'tax_record') {
    // The record number encodes the issue day: "(2021)京0820个证明" / "(2021)0820记录…". Weaker than 开具时间.
    for (const page of pages) {
      for (const r of groupRows(page).slice(0, 12)) {
        const compact = r.text.replace(/\s+/g, '');
        const m = /\((20\d{2})\)\D{0,2}([01]\d)([0-3]\d)/.exec(compact) ?? RECORD_NUMBER.exec(compact);
        const iso = m ? isoFromParts(+m[1].replace(/[Oo]/g, '0'), +m[2], +m[3]) : null;
        if (iso) return { date: iso, confidence: 0.75, page: page.page, text: r.raw };
      }
    }
  }
  if (SIGNED_KINDS.includes(kind)) {
    // Signing or issue date: the last date on the last page that is not part of a term range.
    const last = pages[pages.length - 1];
    if (last) {
      const rows = groupRows(last);
      for (let i = rows.length - 1; i >= 0; i--) {
        if (/至|起|期限|有效期/.test(rows[i].text)) continue;
        // A birth date ("1993年10月22日生", "出生日期") is the holder's, not the document's.
        const t = rows[i].text;
        const d = findDates(t)
          .filter((x) => x.kind === 'date' && !/^\s*生/.test(t.slice(x.end)) && !/出生[日期]*\s*[:：]?\s*$/.test(t.slice(0, x.index)))
          .pop();
        if (d) return { date: d.iso!, confidence: Math.round(d.confidence * 0.85 * 100) / 100, page: last.page, text: rows[i].raw };
      }
    }
  }
  return null;
}
