import type { TextRow } from './group-rows.ts';
import { compactText } from './normalise-ocr-text.ts';

/**
 * The index of a table's header row: the first row naming at least `min` of the column labels.
 * Counting labels instead of requiring one exact label keeps the header found when OCR misreads
 * a character of it (税款所属期 read as 税款所层期 or 所尾期) — each label is one test of several.
 */
export function findTableHeader(rows: TextRow[], labels: readonly RegExp[], min = 3): number {
  return rows.findIndex((r) => {
    const c = compactText(r.text);
    return labels.filter((re) => re.test(c)).length >= min;
  });
}

/** Column labels of 申报收入查询 / 收入纳税明细. */
export const INCOME_HEADER_LABELS: readonly RegExp[] = [/序号/, /所得项目(?!:)/, /项目小类/, /税款所.期|所属期|所属期间|所得期间(?![:：;；]?\s*\d)/, /扣缴|义务人/, /收入(?!合计)/, /已申报|申报税额/];

/** Column labels of 个人所得税纳税记录 and the older 完税证明 tables. */
export const TAX_HEADER_LABELS: readonly RegExp[] = [/申报日/, /实缴|实.\(?退\)?金额/, /入\(?退\)?库|库日期/, /所得项目/, /税款所.期|所属期|所属时期/, /税务机关/, /备注/];

/**
 * A header whose labels the second engine returned as two or three lines ("税款所属期实缴(退)金" /
 * "入库日期征收项目品目名称税务机关" / "额": a two-line label cell sets the other labels between its
 * lines): when no row alone names `min` labels, up to three consecutive close rows that together do,
 * none holding a figure, become one row, in reading order.
 */
export function joinSplitHeader(rows: TextRow[], labels: readonly RegExp[], min = 3): TextRow[] {
  const count = (t: string) => labels.filter((re) => re.test(compactText(t))).length;
  const found = findTableHeader(rows, labels, min);
  if (found >= 0) {
    // The header row found alone may still have a label line beside it ("扣缴义务人纳税人识别已申报税额"
    // over "序号所得期间所得项目扣缴义务人收入(元)"): a close line of labels without figures joins it.
    const near = (a: TextRow, b: TextRow) => b.box.y - (a.box.y + a.box.h) < Math.max(a.box.h, b.box.h);
    // Only a line that adds a label the row lacks, and only tax-side ones (申报税额): they are appended
    // after the row's labels, where the layouts print them (after 收入); a 收入 read on its own line is
    // left to the parsers, which place it before the tax columns anyway.
    const own = labels.filter((re) => re.test(compactText(rows[found].text)));
    const labelLine = (r: TextRow | undefined) =>
      !!r && !/\d/.test(r.text) && /税/.test(r.text) && !/收入/.test(r.text) && labels.some((re) => !own.includes(re) && re.test(compactText(r.text)));
    const from = labelLine(rows[found - 1]) && near(rows[found - 1], rows[found]) ? found - 1 : found;
    const to = labelLine(rows[found + 1]) && near(rows[found], rows[found + 1]) ? found + 1 : found;
    // The found row first: its labels stand in their columns' order; the others only add labels.
    const group = [rows[found], ...rows.slice(from, to + 1).filter((r) => r !== rows[found])];
    return from === to ? rows : [...rows.slice(0, from), joinRows(group), ...rows.slice(to + 1)];
  }
  for (let i = 0; i < rows.length; i++) {
    if (count(rows[i].text) === 0 || /\d/.test(rows[i].text)) continue;
    for (let n = 2; n <= 3 && i + n <= rows.length; n++) {
      const group = rows.slice(i, i + n);
      const close = group.every((r, k) => k === 0 || r.box.y - (group[k - 1].box.y + group[k - 1].box.h) < Math.max(r.box.h, group[k - 1].box.h));
      if (!close || group.some((r) => /\d/.test(r.text))) break;
      if (count(group.map((r) => r.text).join('  ')) < min) continue;
      return [...rows.slice(0, i), joinRows(group), ...rows.slice(i + n)];
    }
  }
  return rows;
}

/** Consecutive rows as one, in reading order. */
function joinRows(group: TextRow[]): TextRow {
  const x = Math.min(...group.map((r) => r.box.x));
  const y = Math.min(...group.map((r) => r.box.y));
  return {
    page: group[0].page,
    text: group.map((r) => r.text).join('  '),
    raw: group.map((r) => r.raw).join('  '),
    ocr: Math.min(...group.map((r) => r.ocr)),
    box: { x, y, w: Math.max(...group.map((r) => r.box.x + r.box.w)) - x, h: Math.max(...group.map((r) => r.box.y + r.box.h)) - y },
  };
}
