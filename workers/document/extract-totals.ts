import type { TextRow } from './group-rows.ts';
import { findMoney } from './parse-money.ts';
import { parseCapitalAmount } from './parse-capital-amount.ts';
import { compactText } from './normalise-ocr-text.ts';

/** The totals a table prints at its end: record count and amount, as read (not yet reconciled). */
export interface PrintedTotals {
  records: number | null;
  amount: number | null;
  /** The rows the totals came from, for evidence and so row parsers skip them. */
  rows: TextRow[];
}

/**
 * Reads 共N条记录 and an amount total from the rows. `amountLabel` picks the total that belongs to
 * the extracted column (收入合计 for 申报收入查询, 金额合计/实缴… for 纳税记录); a 已申报税额合计
 * printed beside it must not be taken for the income total.
 */
export function extractTotals(rows: TextRow[], amountLabel: RegExp): PrintedTotals {
  let records: number | null = null;
  let amount: number | null = null;
  const used: TextRow[] = [];
  for (const row of rows) {
    const c = compactText(row.text);
    const count = /共(?:计)?([0-9OolI]{1,4})条/.exec(c);
    if (count) {
      records = Number(count[1].replace(/[Oo]/g, '0').replace(/[lI]/g, '1'));
      used.push(row);
    }
    const label = amountLabel.exec(row.text.replace(/\s+/g, ''));
    if (!label) continue;
    // Take the amount right after the label: the text may carry a second total (税额合计).
    const after = row.text.replace(/\s+(?=[0-9,.])/g, '').slice(0);
    const idx = after.search(amountLabel);
    const tail = after.slice(idx + label[0].length);
    const money = findMoney(tail.replace(/^[:：\s]*/, '').replace(/^[¥￥]/, ''));
    const capital = /([负零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整]{2,})/.exec(tail);
    const first = money.find((m) => m.confidence >= 0.5 && !m.inferredPoint && /[.]/.test(m.raw));
    if (first) amount = first.value;
    else if (capital) amount = parseCapitalAmount(capital[1]);
    if (!used.includes(row)) used.push(row);
  }
  return { records, amount, rows: used };
}

/** Reconciles rows against printed totals: null when nothing was printed, false on any disagreement. */
export function reconcile(
  printed: PrintedTotals,
  amounts: number[],
): { records: number | null; amount: number | null; reconciled: boolean | null } | null {
  if (printed.records === null && printed.amount === null) return null;
  const sum = Math.round(amounts.reduce((a, b) => a + b, 0) * 100) / 100;
  let ok = true;
  if (printed.records !== null && printed.records !== amounts.length) ok = false;
  if (printed.amount !== null && Math.abs(printed.amount - sum) > 0.005) ok = false;
  return { records: printed.records, amount: printed.amount, reconciled: ok };
}

/**
 * A total row printed without its column's name ("合计  262431.00  14086.52", source B's tune income
 * printouts): its amounts stand under the table's money columns, so with exactly `count` of them the
 * one at `index` is that column's total. Null when the count does not match (a cell lost: which
 * amount is which cannot be told).
 */
export function bareTotal(rows: TextRow[], count: number, index: number): number | null {
  if (count <= 0) return null;
  for (const row of rows) {
    if (!/^合计/.test(compactText(row.text))) continue;
    const money = findMoney(row.text.replace(/^\s*合\s*计/, '')).filter((m) => m.cents && !m.inferredPoint && m.confidence >= 0.5);
    if (money.length === count) return money[index].value;
  }
  return null;
}
