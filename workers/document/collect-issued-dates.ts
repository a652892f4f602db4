import type { DocumentKind } from './contract-types.ts';
import type { PageText } from './types.ts';
import { groupRows } from './group-rows.ts';
import { findDates, isoFromParts } from './parse-date.ts';

/**
 * Where on a document an issued date was read. Each is printed independently of the others, so two
 * of them agreeing vouches for a date, and two disagreeing is a reading slip (or a date that is not
 * the issue date at all) to be settled by what else the page shows.
 * - `label`: the date after 开具时间/开具日期/打印日期… (or under 开具机关（盖章）on a 纳税记录);
 * - `print`: the browser's print date in a page's header or footer;
 * - `number`: the 纳税记录 number "(2021)京0820个证明", which encodes the issue day;
 * - `signed`: the signing or issue date at the end of a contract or certificate.
 */
export type IssuedDateSource = 'label' | 'print' | 'number' | 'signed';

export interface IssuedDateCandidate {
  date: string;
  confidence: number;
  source: IssuedDateSource;
  /** Which engine's reading of the page: tesseract's (`first`) or the second engine's. */
  reading: 'first' | 'second';
  /** Read from a page image restored by deconvolution, where one digit can turn into another. */
  restored: boolean;
  page: number;
  text: string;
}

export const SIGNED_KINDS: readonly DocumentKind[] = ['labor_contract', 'lease_contract', 'resignation_certificate', 'degree_certificate', 'title_certificate', 'hukou'];
const LABEL = /(开具日期|开具时间|填发日期|打印日期|打印时间|查询日期|查询时间|出具日期|证明日期)/;
/**
 * 开具时间/开具日期 with one character misread (开臭时间, 开基时间, 开丰时间, 开具时问): four characters
 * of which three stand where the label's stand, right before a date.
 */
const SLIPPED_LABEL = /(开具[时日][^\s\d]|开具[^\s\d][间期]|开[^\s\d][时日][间期]|[^\s\d]具[时日][间期])/;
/** The row a 纳税记录 prints right above its 开具时间: "开具机关（盖章）", often half-read. */
const AUTHORITY_ROW = /机关\s*[(（]?\s*[盖羡]?章/;
// Browser print header: "2021/8/10 14:23" (zh locale) or "8/10/21, 2:23 PM" (en locale).
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\b/;
const US_DATE = /(?<![0-9/])(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)?/;
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

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Every issued-date candidate one reading of a document's pages holds (tesseract's lines, or the
 * second engine's when `reading` is 'second'), each with its source and confidence; nothing is
 * chosen here.
 */
export function collectIssuedDates(pages: PageText[], kind: DocumentKind, reading: 'first' | 'second'): IssuedDateCandidate[] {
  const out: IssuedDateCandidate[] = [];
  const read = pages.flatMap((p) => {
    if (reading === 'first') return [{ page: p, restored: false }];
    return p.secondReading ? [{ page: { ...p, lines: p.secondReading.lines }, restored: !!p.secondReading.restored }] : [];
  });
  for (const { page, restored } of read) {
    const add = (date: string, confidence: number, source: IssuedDateSource, text: string) =>
      out.push({ date, confidence: round(confidence), source, reading, restored, page: page.page, text });
    const rows = groupRows(page);
    let afterAuthority = 0;
    for (const r of rows) {
      const compact = r.text.replace(/\s+/g, '');
      const m = LABEL.exec(compact) ?? (kind === 'tax_record' ? SLIPPED_LABEL.exec(compact) : null);
      const weight = Math.min(1, r.ocr + 0.25) * (m && !LABEL.test(compact) ? 0.9 : 1);
      if (m) {
        const d = findDates(compact.slice(compact.indexOf(m[1]))).find((x) => x.kind === 'date');
        if (d) add(d.iso!, d.confidence * weight, 'label', r.raw);
      } else if (afterAuthority > 0) {
        // The label itself lost ("间 ; 2026年03月08目"): the one date printed under 开具机关（盖章）.
        const d = findDates(r.text).filter((x) => x.kind === 'date');
        if (d.length === 1) add(d[0].iso!, d[0].confidence * weight * 0.85, 'label', r.raw);
      }
      afterAuthority = kind === 'tax_record' && AUTHORITY_ROW.test(compact) ? 2 : Math.max(0, afterAuthority - 1);
    }
    if (kind === 'income_query' || kind === 'tax_record') {
      for (const row of [...rows.slice(0, 4), ...rows.slice(-4)].filter((r, i, all) => all.indexOf(r) === i)) {
        const found = printDate(row.text);
        if (found) add(found.date, found.confidence, 'print', row.raw);
      }
    }
    if (kind === 'tax_record') {
      for (const r of rows.slice(0, 12)) {
        const compact = r.text.replace(/\s+/g, '');
        const m = /\((20\d{2})\)\D{0,2}([01]\d)([0-3]\d)/.exec(compact) ?? RECORD_NUMBER.exec(compact);
        const iso = m ? isoFromParts(+m[1].replace(/[Oo]/g, '0'), +m[2], +m[3]) : null;
        if (iso) add(iso, 0.75, 'number', r.raw);
      }
    }
  }
  if (SIGNED_KINDS.includes(kind)) {
    const last = read.at(-1);
    const signed = last ? signingDate(last.page) : null;
    if (signed) out.push({ ...signed, source: 'signed', reading, restored: last!.restored, page: last!.page.page });
  }
  return out;
}

/** A browser print date on a header or footer row: a date next to a time of day, or beside the page's URL. */
function printDate(text: string): { date: string; confidence: number } | null {
  const t = unglueShortDate(text.replace(DATE_GLUED_TO_TIME, '$1 '));
  // A table row at the page's edge (申报日期, 入库日期, 所属期: several dates) is no print header,
  // whatever a misread point made of its digits ("2019.11:30").
  if (findDates(t).filter((x) => x.kind === 'date').length > 1) return null;
  if (!TIME.test(t) && !/https?:/.test(t) && !/(?<![0-9])20\d{2}\/[01]\d\/[0-3]\d\d{3,5}(?![0-9])/.test(t)) return null;
  const d = findDates(t).find((x) => x.kind === 'date');
  if (d) return { date: d.iso!, confidence: round(d.confidence * 0.95) };
  // The slash read as 1 or l ("2021/07103 15:55"): only next to a time of day, where nothing else fits.
  const slip = /(?<![0-9])(20\d{2})[/1lI|]([01]\d)[/1lI|]([0-3]\d)\s+\d{1,2}:\d{2}/.exec(t);
  const slipIso = slip ? isoFromParts(+slip[1], +slip[2], +slip[3]) : null;
  if (slipIso) return { date: slipIso, confidence: 0.75 };
  // The time glued on with its colon lost ("2021/08/2017351" for "2021/08/20 17:35"): a padded
  // zh-locale print date on the page's edge beside the title, where nothing else is printed.
  const glued = /(?<![0-9])(20\d{2})\/([01]\d)\/([0-3]\d)(?=\d{3,5}(?![0-9]))/.exec(t);
  const gluedIso = glued && /申报|查询|纳税|记录/.test(t) ? isoFromParts(+glued[1], +glued[2], +glued[3]) : null;
  if (gluedIso) return { date: gluedIso, confidence: 0.7 };
  const us = US_DATE.exec(t);
  if (us) {
    const y = us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
    const iso = isoFromParts(y, Number(us[1]), Number(us[2]));
    if (iso) return { date: iso, confidence: 0.8 };
  }
  return null;
}

/**
 * Signing or issue date: the last date on the last page that is not part of a term range nor a birth
 * date, printed where a document is signed: alone on its row or beside a signing label (日期, 签字,
 * 盖章). A date inside a sentence of the body ("于2026年3月28日因合同期满不再续签") is what the
 * document says happened, not when it was issued: taken only when no signing date can be read (the
 * seal over it), and then below the review confidence, so a reviewer looks.
 */
function signingDate(page: PageText): { date: string; confidence: number; text: string } | null {
  const rows = groupRows(page);
  let body: { date: string; confidence: number; text: string } | null = null;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (/至|起|期限|有效期/.test(rows[i].text)) continue;
    // A birth date ("1993年10月22日生", "出生日期") is the holder's, not the document's.
    const t = rows[i].text;
    const d = findDates(t)
      .filter((x) => x.kind === 'date' && !/^\s*生/.test(t.slice(x.end)) && !/出生[日期]*\s*[:：]?\s*$/.test(t.slice(0, x.index)))
      .pop();
    if (!d) continue;
    // "2026年2月2" with no 日: the day's second digit may be under the seal or the pen (a day of
    // two digits is whole whatever follows it).
    const cut = /月\s*[0-9]\s*$/.test(d.raw) ? CUT_DAY_FACTOR : 1;
    // A weak line at the signature is most often handwriting: "11日" read as "1日" at OCR 0.48.
    const hand = rows[i].ocr >= 0.75 ? 1 : rows[i].ocr >= 0.6 ? 0.9 : WEAK_SIGNING_LINE_FACTOR;
    if (signingPlace(t)) return { date: d.iso!, confidence: round(d.confidence * 0.85 * cut * hand), text: rows[i].raw };
    body ??= { date: d.iso!, confidence: Math.min(BODY_DATE_CONFIDENCE, round(d.confidence * 0.85)), text: rows[i].raw };
  }
  return body;
}

/** A written-out date with a one-digit day and no 日 after it (0.85 × 0.6 ≈ 0.5, under MIN_FIELD_CONFIDENCE). */
const CUT_DAY_FACTOR = 0.6;
/** A signing date on a line OCR read below 0.6 (0.85 × 0.65 ≈ 0.55, under MIN_FIELD_CONFIDENCE). */
const WEAK_SIGNING_LINE_FACTOR = 0.65;
/** A date read from the body's sentences: shown, below MIN_FIELD_CONFIDENCE (0.6). */
const BODY_DATE_CONFIDENCE = 0.45;
/** Most text a signing row carries beside its date: a label, or a party's name (a unit's full name runs to ~20). */
const SIGNING_ROW_CHARS = 24;

/** True when the date stands where a document is signed, not inside a sentence. */
function signingPlace(text: string): boolean {
  // Every date of the row out, with the separator a label puts before it ("笠订昌期, 2020年7月31日":
  // the colon read as a comma is no sentence).
  let rest = text;
  for (const x of findDates(text).filter((m) => m.kind === 'date').reverse()) rest = rest.slice(0, x.index).replace(/[,，:：;；]\s*$/, '') + ' ' + rest.slice(x.end);
  rest = rest.replace(/[\s:：()（）_]/g, '');
  if (/日期|签[字名章订署]|盖章|落款|[(（]章[)）]/.test(rest)) return true;
  // Sentence punctuation or verbs around it mark the body.
  if (/[,，。;；]|于|因|起|自|在|从|入职|离职|工作|担任/.test(rest)) return false;
  return rest.length <= SIGNING_ROW_CHARS;
}

/**
 * A print date without padding glued to its time ("2021/9/1112:47" for 2021/9/11 12:47, source B
 * tune): the digits between the last slash and the colon are the day and the hour; split where only
 * one reading gives a real day and an hour under 24. Ambiguous runs ("2021/9/112:47") stay as read.
 */
function unglueShortDate(text: string): string {
  return text.replace(/(?<![0-9])(20\d{2}\/\d{1,2}\/)(\d{2,4})(?=:[0-5]\d)/, (whole, head: string, run: string) => {
    const [y, mo] = head.split('/').map(Number);
    const splits = [1, 2].filter((k) => k < run.length && run.length - k <= 2 && Number(run.slice(k)) < 24 && isoFromParts(y, mo, Number(run.slice(0, k))));
    return splits.length === 1 ? `${head}${run.slice(0, splits[0])} ${run.slice(splits[0])}` : whole;
  });
}
