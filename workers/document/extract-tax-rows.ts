import type { TaxRow, Totals } from './contract-types.ts';
import type { PageText } from './types.ts';
import { groupRows, type TextRow } from './group-rows.ts';
import { compactText } from './normalise-ocr-text.ts';
import { AUTHORITY, textCells } from './tax-text-cells.ts';
import { isPrintNoise, readTableRow } from './read-table-row.ts';
import { amountCells } from './parse-money.ts';
import { extractTotals } from './extract-totals.ts';
import { settleRows } from './settle-rows.ts';
import { findDates, isoFromParts, type DateMention } from './parse-date.ts';
import { joinDateLines } from './join-wrapped-rows.ts';
import type { MonthMention } from './parse-month.ts';
import { rowConfidence } from './row-confidence.ts';
import { findTableHeader, joinSplitHeader, TAX_HEADER_LABELS } from './find-table-header.ts';
import { doubtOutOfOrder, repairFromTotal, TAX_OUTLIER_FACTOR, type DraftRow } from './repair-rows.ts';
import { periodsFromBounds, taxBounds } from './periods-from-bounds.ts';
import { MIN_FIELD_CONFIDENCE } from './min-field-confidence.ts';

export interface TaxExtraction {
  rows: TaxRow[];
  totals: Totals | null;
  /** Rows that looked like data but could not be read confidently: dropped, never guessed. */
  unread: number;
}

type DateRole = 'period' | 'paid' | 'other';
// 日期 is often misread (日其, 日朋): the first character after 日 is not checked.
const DATE_COLUMNS = /(税款所.期|税款所属时期|所属期|入\(?退\)?库日.|入库日.|缴款日.|申报日.|填发日.)/g;
const MONEY_COLUMNS = /(实缴\(?退\)?金额|实缴金额|收入额|应纳税额|金额)/g;
const TOTAL_LABEL = /(实缴\(?退\)?金额|金额|税额)?合计|合计金额/;

function headerLayout(header: string | null): { dates: DateRole[]; moneyCount: number; moneyIndex: number } {
  if (!header) return { dates: [], moneyCount: 0, moneyIndex: 0 };
  const c = compactText(header);
  const dates = [...c.matchAll(DATE_COLUMNS)].map((m): DateRole => (/所/.test(m[1]) ? 'period' : /库|缴款/.test(m[1]) ? 'paid' : 'other'));
  const money = [...c.matchAll(MONEY_COLUMNS)].map((m) => m[1]);
  const idx = money.findIndex((m) => m.startsWith('实缴'));
  return { dates, moneyCount: money.length, moneyIndex: Math.max(0, idx) };
}

/**
 * 个人所得税纳税记录 (and the older 完税证明 tables) → one row per payment: 税款所属期, 所得项目,
 * 实缴(退)金额, 入(退)库日期, 入库税务机关. Which date is which comes from the header's column order;
 * a period printed as a range gives its start month. Unreadable rows are counted, never guessed.
 */
export function extractTaxRows(pages: PageText[]): TaxExtraction {
  const rows: Array<Omit<TaxRow, 'amount' | 'period'> & DraftRow> = [];
  const all: TextRow[] = pages.flatMap((p) => groupRows(p));
  const printed = extractTotals(all, TOTAL_LABEL);
  let header: string | null = null;
  let unread = 0;
  for (const page of pages) {
    const pageRows = joinDateLines(joinSplitHeader(groupRows(page), TAX_HEADER_LABELS));
    const headerIdx = findTableHeader(pageRows, TAX_HEADER_LABELS);
    if (headerIdx >= 0) header = pageRows[headerIdx].text;
    if (headerIdx < 0 && header === null) continue;
    const layout = headerLayout(header);
    let last: (typeof rows)[number] | null = null;
    let lastBottom = -1;
    for (const r of pageRows.slice(headerIdx >= 0 ? headerIdx + 1 : 0)) {
      const c = compactText(r.text);
      if (printed.rows.includes(r) || isPrintNoise(r.text) || /合计|说明|开具|记录期间|纳税人|本凭证|当前第/.test(c)) {
        last = null;
        continue;
      }
      const tok = readTableRow(r);
      const near = last !== null && r.box.y - lastBottom < r.box.h * 1.5;
      if (tok.months.length === 0) {
        // 入库税务机关 wraps: "国家税务总局北京市海淀区" / "税务局".
        if (last && near && tok.money.length === 0 && tok.rest.length > 0 && c.length <= 20) {
          const tail = tok.rest.join('').replace(/\s+/g, '');
          if (last.authority && !/局$/.test(last.authority)) last.authority += tail;
          else if (!last.authority && AUTHORITY.test(tail)) last.authority = tail;
          last.text += ' / ' + r.raw;
          lastBottom = r.box.y + r.box.h;
        } else if (tok.money.some((m) => m.cents) && tok.rest.length > 0) unread++;
        continue;
      }
      if (last && near && !tok.money.some((m) => m.cents) && tok.rest.length === 0) {
        // The second line of a wrapped row ("2020.10.31  2020.11.16" under "2020.10.01至 … 796.87"):
        // the range's end and, when the row lacks it, its paid date.
        const paidLine = tok.months.flatMap((m) => findDates(m.raw)).find((d) => d.kind === 'date' && d.iso!.slice(0, 7) > (last!.period ?? ''));
        if (paidLine && last.paidOn === null && layout.dates.includes('paid')) last.paidOn = paidLine.iso;
        last.text += ' / ' + r.raw;
        lastBottom = r.box.y + r.box.h;
        continue;
      }
      const roles = assignDateRoles(tok.months.map((m) => m.raw), layout.dates);
      const periodAt = roles.indexOf('period');
      let paidAt = roles.indexOf('paid');
      // A 纳税记录 prints one money column (实缴(退)金额): with its label lost, one is still there, so a
      // bare digit run beside a printed amount ("2025" of a broken date) is no amount.
      const amounts = amountCells(tok.money, Math.max(1, layout.moneyCount));
      const sense = layout.dates.includes('paid') ? datesBySense(tok.months) : null;
      if (periodAt < 0 && !sense) {
        // Only the paid date read (the period cell too small or lost): the row keeps its place, and
        // the table's period range may give its month (periodsFromBounds).
        const paidOnly = roles.indexOf('paid');
        if (paidOnly < 0) unread++;
        else {
          const on = findDates(tok.months[paidOnly].raw).find((d) => d.kind === 'date');
          const short = amounts.length === 0 || (layout.moneyCount > 0 && amounts.length < layout.moneyCount);
          const money = short ? null : amounts[Math.min(layout.moneyIndex, amounts.length - 1)];
          const confidence = rowConfidence(r.ocr, [money?.confidence ?? 1, on?.confidence ?? 1]);
          rows.push((last = { period: null, amount: money?.value ?? null, amountRaw: money?.raw, ...textCells(tok.rest), paidOn: on?.iso ?? null, page: page.page, confidence, text: r.raw }));
          lastBottom = r.box.y + r.box.h;
        }
        continue;
      }
      // Without every money column the amount cannot be told apart: the row stays, its amount unknown.
      const short = amounts.length === 0 || (layout.moneyCount > 0 && amounts.length < layout.moneyCount);
      const money = short ? null : amounts[Math.min(layout.moneyIndex, amounts.length - 1)];
      const period = periodAt >= 0 ? tok.months[periodAt] : { ...tok.months[0], month: sense!.period };
      let paidCell: string | null = null;
      if (header && periodAt >= 0 && tok.months.length !== layout.dates.length) {
        // A garbled date cell breaks the count: the header's cell order says which cell is paid.
        paidCell = alignedCell(header, r.text, period.index, /入.{0,3}库|缴款/);
        if (paidCell !== null) paidAt = tok.months.findIndex((m, i) => i !== periodAt && paidCell!.includes(m.raw.trim()));
      }
      let paid = paidAt >= 0 ? findDates(tok.months[paidAt].raw).find((d) => d.kind === 'date') : undefined;
      // Cells out of their columns (a wrapped row joined from two lines): when the header's order gives
      // no paid date after the period, the dates' own sense does (a payment follows its period's month).
      if (sense && (periodAt < 0 || !paid || paid.iso!.slice(0, 7) <= period.month) && sense.period === period.month) paid = sense.paid;
      // A payment is made after its period's month: a date that is not was the range's end, misplaced.
      if (paid && paid.iso!.slice(0, 7) <= period.month) paid = undefined;
      // Not where another date column (申报日期) could be the one read.
      if (!paid && layout.dates.includes('paid') && !layout.dates.includes('other')) paid = scatteredPaidDate(r.text, period.month);
      const { item, authority } = textCells(tok.rest);
      // A paid date that is there but unreadable leaves paidOn null: visible, so only a mild doubt.
      const structural = paid || !layout.dates.includes('paid') ? 1 : 0.8;
      rows.push((last = {
        period: period.month,
        amount: money?.value ?? null,
        amountRaw: short ? (tok.strays.at(-1)?.raw ?? undefined) : money?.raw,
        item,
        paidOn: paid?.iso ?? null,
        page: page.page,
        confidence: rowConfidence(r.ocr, [period.confidence, money?.confidence ?? 1, structural, paid ? paid.confidence : 1]),
        authority,
        text: r.raw,
      }));
      lastBottom = r.box.y + r.box.h;
    }
  }
  doubtOutOfOrder(rows);
  periodsFromBounds(rows, taxBounds(all));
  repairFromTotal(rows, printed.amount, printed.records, unread, MIN_FIELD_CONFIDENCE);
  return settleRows(rows, printed, unread, { outlierFactor: TAX_OUTLIER_FACTOR });
}

/**
 * The row cell under the header cell matching `column`, aligning both by the period cell (the
 * anchor every data row has). Null when the header has no such column or the cells do not line up.
 */
function alignedCell(header: string, row: string, periodAt: number, column: RegExp): string | null {
  const split = (t: string) => [...t.matchAll(/[^\s|][^|]*?(?=\s{2,}|\s*\||$)/g)].map((m) => ({ text: m[0], at: m.index! }));
  const h = split(header).map((c) => compactText(c.text));
  const cells = split(row);
  const hp = h.findIndex((c) => /所属/.test(c));
  const hc = h.findIndex((c) => column.test(c));
  const rp = cells.findIndex((c) => periodAt >= c.at && periodAt < c.at + c.text.length);
  if (hp < 0 || hc < 0 || rp < 0 || rp !== hp) return null;
  return cells[hc]?.text ?? null;
}

/**
 * Which date mention is the period and which the payment date. With as many mentions as the header
 * has date columns, the header order decides. Otherwise a range or a bare month is the period and
 * the first full date after it the payment date.
 */
function assignDateRoles(raws: string[], header: DateRole[]): DateRole[] {
  if (header.length === raws.length && header.includes('period') && periodLike(raws[header.indexOf('period')])) return header;
  const kinds = raws.map((raw) => {
    const found = findDates(raw).filter((d) => d.kind === 'date');
    if (found.length >= 2) return 'range';
    // A period printed as a date is a range's first or last day; any other day is a payment date.
    if (found.length === 1) return periodDay(found[0].iso!) ? 'day' : 'paidDay';
    return 'month';
  });
  const roles: DateRole[] = raws.map(() => 'other');
  // A range is the surest period; a bare month may be a garbled date or an amount (2063.04).
  let p = kinds.indexOf('range');
  if (p < 0) p = kinds.indexOf('month');
  if (p < 0 && kinds.length >= 1) {
    // Only full dates: the header's order of the period column among the date columns decides.
    const hp = header.indexOf('period');
    p = hp >= 0 && hp < kinds.length && kinds[hp] === 'day' ? hp : -1;
  }
  if (p >= 0) roles[p] = 'period';
  const paidHeader = header.filter((h) => h !== 'period');
  const paidRank = paidHeader.indexOf('paid');
  const days = kinds.map((k, i) => ((k === 'day' || k === 'paidDay') && i !== p ? i : -1)).filter((i) => i >= 0);
  const paidIdx = days.length === 1 ? days[0] : paidRank >= 0 ? days[paidRank] : undefined;
  if (paidIdx !== undefined) roles[paidIdx] = 'paid';
  return roles;
}

/** True when a date can open or close a tax period: the first or the last day of its month. */
function periodDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return d === 1 || new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

/** True unless the mention is one full date that cannot be a period's first or last day. */
function periodLike(raw: string): boolean {
  const found = findDates(raw).filter((d) => d.kind === 'date');
  return found.length !== 1 || periodDay(found[0].iso!);
}

/**
 * Period and paid date from what the dates are, whatever their order: the period is the month that
 * every range, bare month and first-or-last-day date names; the paid date the one full date in a
 * later month. Null unless both are unambiguous.
 */
function datesBySense(months: MonthMention[]): { period: string; paid: DateMention } | null {
  const periods = new Set<string>();
  const dates: DateMention[] = [];
  for (const m of months) {
    const found = findDates(m.raw).filter((d) => d.kind === 'date');
    if (found.length !== 1) periods.add(m.month);
    else if (periodDay(found[0].iso!)) {
      periods.add(m.month);
      dates.push(found[0]);
    } else dates.push(found[0]);
  }
  if (periods.size !== 1) return null;
  const [period] = periods;
  const later = [...new Map(dates.filter((d) => d.iso!.slice(0, 7) > period).map((d) => [d.iso, d])).values()];
  return later.length === 1 ? { period, paid: later[0] } : null;
}

/**
 * A paid date whose cell OCR broke up with a stray glyph ("2021.0 .02.16", "2020 0.12.11", "2021  31
 * 06-15" where the range's end day fell between): a year and, within a few characters, a month and
 * day that fall one to three months after the period. Only when exactly one such reading exists.
 */
function scatteredPaidDate(raw: string, period: string): DateMention | undefined {
  // A year broken by a space ("202 6 -01-15") closes up first.
  const text = raw.replace(/(?<![0-9])((?:19|20)[0-9]) ([0-9]) ?(?=[-.](?:0[1-9]|1[0-2])[-.](?:0[1-9]|[12][0-9]|3[01])(?![0-9]))/g, '$1$2');
  const found = [...text.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})[^0-9]{0,3}(?:[0-9]{1,2}[^0-9]{1,3})?(0[1-9]|1[0-2])[.-](0[1-9]|[12][0-9]|3[01])(?![0-9])/g)]
    .map((m) => ({ m, iso: isoFromParts(+m[1], +m[2], +m[3]) }))
    .filter(({ iso }) => iso && iso.slice(0, 7) > period && monthsAfter(period, iso) <= 3);
  if (found.length === 0) return monthDayAlone(text, period);
  if (new Set(found.map((f) => f.iso)).size !== 1) return undefined;
  const { m, iso } = found[0];
  return { kind: 'date', iso, index: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: SCATTERED_PAID_CONFIDENCE };
}

/** A paid date pieced together around a stray glyph: a mild doubt on its row. */
const SCATTERED_PAID_CONFIDENCE = 0.8;

function monthsAfter(period: string, iso: string): number {
  return (Number(iso.slice(0, 4)) - Number(period.slice(0, 4))) * 12 + Number(iso.slice(5, 7)) - Number(period.slice(5, 7));
}

/**
 * A paid date whose year stayed on the row's other line: a month and day standing alone ("08.18";
 * a leading zero, so never an amount) one to three months after the period, in its year or the next.
 */
function monthDayAlone(text: string, period: string): DateMention | undefined {
  const found = [...text.matchAll(/(?<![0-9.,])(0[1-9])[.-](0[1-9]|[12][0-9]|3[01])(?![0-9.,])/g)]
    .map((m) => {
      const y = Number(period.slice(0, 4)) + (m[1] < period.slice(5, 7) ? 1 : 0);
      return { m, iso: isoFromParts(y, +m[1], +m[2]) };
    })
    .filter(({ iso }) => iso && iso.slice(0, 7) > period && monthsAfter(period, iso) <= 3);
  if (found.length !== 1) return undefined;
  const { m, iso } = found[0];
  return { kind: 'date', iso: iso!, index: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: SCATTERED_PAID_CONFIDENCE };
}
