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

/**
 * A table row tesseract read whole sits at 87–93 on the tune scans (150–300 dpi); rows that lost or
 * garbled cells came out at 70–85 (`上L7531812` for 17,318.12 at 84, a row read as `… 2021-06 TD` at 85).
 */
const CLEAN_ROW = 87;

/**
 * Whether tesseract's reading of a money table leaves room for doubt: a row (a month and an amount)
 * below CLEAN_ROW, or any weaker line between the first and the last row (a row that lost its
 * cells), or no row at all. A table read whole is not read a second time.
 */
export function tableReadingInDoubt(lines: readonly Pick<OcrLine, 'text' | 'confidence' | 'box'>[]): boolean {
  const rows = lines.filter((l) => PERIOD.test(l.text) && AMOUNT.test(l.text));
  if (rows.length === 0) return true;
  if (rows.some((l) => l.confidence < CLEAN_ROW)) return true;
  const top = Math.min(...rows.map((l) => l.box.y));
  const bottom = Math.max(...rows.map((l) => l.box.y + l.box.h));
  return lines.some((l) => l.box.y >= top && l.box.y + l.box.h <= bottom && l.confidence < CLEAN_ROW && l.text.trim() !== '');
}
