import type { TextRow } from './group-rows.ts';
import { findMonths } from './parse-month.ts';
import { findMoney } from './parse-money.ts';
import { readTableRow } from './read-table-row.ts';

/**
 * A table row whose payer cell wraps: the second engine returns the period and the first half of the
 * name as one line and the rest of the name with the amounts as another, the amounts' line above or
 * below ("2021-08 工资薪金北京晨曦信息技术有限公司昌平分" / "公司 9111… 16786.00 789.98"; source B's
 * tune income printouts). A line with a period and no amount next to a line with amounts and no
 * period, within a line's height, is one row: joined here (period line first), so the columns line
 * up again. Each line pairs with its nearer partner.
 */
export function joinWrappedRows(rows: TextRow[]): TextRow[] {
  const opens = rows.map(opensRow);
  const closes = rows.map(closesRow);
  const gap = (a: TextRow, b: TextRow) => Math.abs(a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2));
  const pairs: Array<[number, number, number]> = [];
  rows.forEach((r, i) => {
    if (!opens[i]) return;
    for (const j of [i - 1, i + 1]) {
      const o = rows[j];
      if (!o || !closes[j] || o.page !== r.page) continue;
      const apart = j > i ? o.box.y - (r.box.y + r.box.h) : r.box.y - (o.box.y + o.box.h);
      if (apart < WRAP_GAP * Math.min(r.box.h, o.box.h)) pairs.push([i, j, gap(r, o)]);
    }
  });
  const partner = new Map<number, number>();
  for (const [i, j] of pairs.sort((a, b) => a[2] - b[2])) {
    if (partner.has(i) || partner.has(j)) continue;
    partner.set(i, j);
    partner.set(j, i);
  }
  const out: TextRow[] = [];
  rows.forEach((a, i) => {
    const j = partner.get(i);
    if (j === undefined) return out.push(a);
    if (!opens[i]) return;
    const b = rows[j];
    const x = Math.min(a.box.x, b.box.x);
    const y = Math.min(a.box.y, b.box.y);
    out.push({
      page: a.page,
      // The name's two halves meet without a gap ("…昌平分" + "公司").
      text: a.text + glue(a.text, b.text) + b.text,
      raw: a.raw + glue(a.raw, b.raw) + b.raw,
      ocr: Math.min(a.ocr, b.ocr),
      box: { x, y, w: Math.max(a.box.x + a.box.w, b.box.x + b.box.w) - x, h: Math.max(a.box.y + a.box.h, b.box.y + b.box.h) - y },
    });
  });
  return out;
}

/**
 * Most space between the two lines of one wrapped row, in line heights: on source B's tune pages they
 * touch or overlap (gaps -6..+2 px at 16-30 px lines), while separate table rows stand a line height
 * or more apart (a row whose amount a seal hid beside a row whose period it hid must stay two rows).
 */
const WRAP_GAP = 0.5;

const cents = (text: string) => findMoney(text).filter((m) => m.cents);

function opensRow(r: TextRow): boolean {
  return findMonths(r.text).length > 0 && cents(r.text).length === 0 && /[\u3400-\u9fff]/.test(r.text);
}

function closesRow(r: TextRow): boolean {
  return findMonths(r.text).length === 0 && cents(r.text).length > 0;
}

const glue = (a: string, b: string) => (/[\u3400-\u9fff]$/.test(a.trimEnd()) && /^[\u3400-\u9fff]/.test(b.trimStart()) ? '' : '  ');

/**
 * A tax row whose date cells wrap: the second engine returns "2020.12.01至  2021.01.18" on one line
 * and "2020.12.31 个人所得税 … 533.66" on the next, or the other way round (source B's tune tax
 * records, every row of such a table). A line of dates with no amount belongs to
 * the nearest line that has an amount, above or below, when it sits within a line's height of it
 * (rows of the table stand three line heights apart); so does a line of dates and text without an
 * amount ("2021.01.01至 2021.02.09 个人所得税工资薪金所得" over "2021.01.31 336.66 国家税务总局…").
 * Joined in reading order; which date is the period and which the paid date is left to the parser.
 */
export function joinDateLines(rows: TextRow[]): TextRow[] {
  // Also a line of text cells alone with the end of a date ("09-30 工资薪金所得国家税务总局…", the
  // period's second line beside the 品目 and the authority; no month or amount in it).
  const datesOnly = rows.map((r) => {
    const tok = readTableRow(r);
    if (tok.money.some((m) => m.cents)) return false;
    return tok.months.length > 0 || (/^\s*[01]\d-[0-3]\d(?![0-9])/.test(r.text) && TAX_CELLS.slice(1).some((re) => re.test(r.text.replace(/\s+/g, ''))));
  });
  const hasMoney = rows.map((r) => cents(r.text).length > 0);
  const into = new Map<number, number[]>();
  rows.forEach((r, i) => {
    if (!datesOnly[i]) return;
    const gap = (j: number) => (j < i ? r.box.y - (rows[j].box.y + rows[j].box.h) : rows[j].box.y - (r.box.y + r.box.h));
    const near = [i - 1, i + 1].filter(
      (j) => j >= 0 && j < rows.length && hasMoney[j] && rows[j].page === r.page && gap(j) < WRAP_GAP * Math.min(r.box.h, rows[j].box.h) && !sharesCell(r.text, rows[j].text),
    );
    if (near.length === 0) return;
    const j = near.sort((a, b) => gap(a) - gap(b))[0];
    into.set(j, [...(into.get(j) ?? []), i]);
  });
  const absorbed = new Set([...into.values()].flat());
  const out: TextRow[] = [];
  rows.forEach((r, i) => {
    if (absorbed.has(i)) return;
    const parts = [i, ...(into.get(i) ?? [])].sort((a, b) => a - b).map((k) => rows[k]);
    if (parts.length === 1) return out.push(r);
    const x = Math.min(...parts.map((p) => p.box.x));
    const y = Math.min(...parts.map((p) => p.box.y));
    out.push({
      page: r.page,
      text: parts.map((p) => p.text).join('  '),
      raw: parts.map((p) => p.raw).join('  '),
      ocr: Math.min(...parts.map((p) => p.ocr)),
      box: { x, y, w: Math.max(...parts.map((p) => p.box.x + p.box.w)) - x, h: Math.max(...parts.map((p) => p.box.y + p.box.h)) - y },
    });
  });
  return out;
}

/** 征收项目, 品目名称 and 入库税务机关: a row prints each once, so two lines that both hold one are two rows. */
const TAX_CELLS = [/个人所得税/, /薪金|劳务|稿酬|经营|所得(?!税)/, /税务局|税务总局|税务所/];
function sharesCell(a: string, b: string): boolean {
  return TAX_CELLS.some((re) => re.test(a.replace(/\s+/g, '')) && re.test(b.replace(/\s+/g, '')));
}
