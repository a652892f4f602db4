import type { OcrLine } from '../types.ts';

/** The column labels of 申报收入查询 and 个人所得税纳税记录 tables. */
const HEADER_LABEL = /税款所属期|所得项目|扣缴义务人|入\(?退\)?库日期|实缴\(?退\)?金额|已申报税额|征收机关/g;
/** A month as these tables print it (2021-07, 2021.07, 2021年07月), possibly with a day. */
const PERIOD = /(?:19|20)\d\d\s*[-./年]\s*[01]?\d/;
/** An amount with its cents (17,318.12; 0.00). */
const AMOUNT = /\d[\d,，]*[.．]\d\d(?!\d)/;

/**
 * Whether a page's first reading shows a table of monthly money rows — the pages whose rows the
 * rules add up, and so the pages worth a second reading. Two of the column labels, or three lines
 * that each hold a month and an amount (a continuation page repeats no header). Loose on purpose:
 * a second reading of a page that has no such table costs time, never a wrong row.
 */
export function looksLikeMoneyTable(lines: readonly Pick<OcrLine, 'text'>[]): boolean {
  const text = lines.map((l) => l.text.replace(/\s+/g, '')).join('\n');
  const labels = new Set(text.match(HEADER_LABEL) ?? []);
  if (labels.size >= 2) return true;
  let rows = 0;
  for (const l of lines) if (PERIOD.test(l.text) && AMOUNT.test(l.text)) rows++;
  return rows >= 3;
}
