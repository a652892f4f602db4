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
