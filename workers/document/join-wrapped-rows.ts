import type { TextRow } from './group-rows.ts';
import { findMonths } from './parse-month.ts';
import { findMoney } from './parse-money.ts';
import { readTableRow } from './read-table-row.ts';

/**
 * A table row whose payer cell wraps onto a second line: the second engine returns the period and
 * the first half of the name as one line and the rest of the name with the amounts as the next
 * ("2021-08 工资薪金北京晨曦信息技术有限公司昌平分" / "公司 9111… 16786.00 789.98"; source B's tune
 * income printouts, every row of such a table). A line with a period and no amount followed closely
 * by a line with amounts and no period is one row: joined here, so the columns line up again.
 */
export function joinWrappedRows(rows: TextRow[]): TextRow[] {
  const out: TextRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    const b = rows[i + 1];
    if (b && b.page === a.page && opensRow(a) && closesRow(b) && b.box.y - (a.box.y + a.box.h) < Math.min(a.box.h, b.box.h)) {
      out.push({
        page: a.page,
        // The name's two halves meet without a gap ("…昌平分" + "公司").
        text: a.text + glue(a.text, b.text) + b.text,
        raw: a.raw + glue(a.raw, b.raw) + b.raw,
        ocr: Math.min(a.ocr, b.ocr),
        box: { x: Math.min(a.box.x, b.box.x), y: a.box.y, w: Math.max(a.box.x + a.box.w, b.box.x + b.box.w) - Math.min(a.box.x, b.box.x), h: b.box.y + b.box.h - a.box.y },
      });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

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
 * records, every row of such a table). A line of dates alone (no amount, no other text) belongs to
 * the nearest line that has an amount, above or below, when it sits within a line's height of it.
 * Joined in reading order; which date is the period and which the paid date is left to the parser.
 */
export function joinDateLines(rows: TextRow[]): TextRow[] {
  const datesOnly = rows.map((r) => {
    const tok = readTableRow(r);
    return tok.months.length > 0 && !tok.money.some((m) => m.cents) && tok.rest.join('').replace(/[至到~\s]/g, '') === '';
  });
  const hasMoney = rows.map((r) => cents(r.text).length > 0);
  const into = new Map<number, number[]>();
  rows.forEach((r, i) => {
    if (!datesOnly[i]) return;
    const gap = (j: number) => (j < i ? r.box.y - (rows[j].box.y + rows[j].box.h) : rows[j].box.y - (r.box.y + r.box.h));
    const near = [i - 1, i + 1].filter((j) => j >= 0 && j < rows.length && hasMoney[j] && rows[j].page === r.page && gap(j) < Math.max(r.box.h, rows[j].box.h));
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
