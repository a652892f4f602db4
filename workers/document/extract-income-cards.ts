import type { PageText } from './types.ts';
import type { IncomeExtraction } from './extract-income-rows.ts';
import type { IncomeRow } from './contract-types.ts';
import { groupRows } from './group-rows.ts';
import { compactText } from './normalise-ocr-text.ts';
import { findMonths } from './parse-month.ts';
import { findMoney } from './parse-money.ts';
import { INCOME_ITEMS, matchVocabulary } from './match-vocabulary.ts';
import { extractTotals, reconcile } from './extract-totals.ts';
import { rowConfidence } from './row-confidence.ts';

/**
 * The card layout of 收入纳税明细 (app and some web prints): each record is a block
 * `工资薪金 2021-07` / `所得项目小类：…` / `扣缴义务人：…` / `收入：15000.00元` / `已申报税额：…`.
 * Returns null when the pages are not in that layout (no labelled 收入 lines).
 */
export function extractIncomeCards(pages: PageText[]): IncomeExtraction | null {
  const all = pages.flatMap((p) => groupRows(p));
  const labelled = all.filter((r) => /^收入(额)?[:：]/.test(compactText(r.text)));
  if (labelled.length === 0) return null;
  const printed = extractTotals(all, /收入合计|收入总额/);
  const rows: IncomeRow[] = [];
  let unread = 0;
  let cur: { period: string | null; pc: number; item: string | null; payer: string | null; page: number; text: string[]; ocr: number } | null = null;
  for (const r of all) {
    const c = compactText(r.text);
    if (printed.rows.includes(r)) continue;
    const sub = /^所得项目小类[:：](.+)$/.exec(c);
    const payer = /^扣缴义务人(?:名称)?[:：](.+)$/.exec(c);
    const income = /^收入(?:额)?[:：](.+)$/.exec(c);
    if (sub && cur) cur.item = matchVocabulary(sub[1], INCOME_ITEMS)?.term ?? sub[1];
    else if (payer && cur) cur.payer = payer[1];
    else if (income && cur) {
      const money = findMoney(income[1].replace(/元$/, ''))[0];
      if (!money || !cur.period) {
        unread++;
        cur = null;
        continue;
      }
      cur.text.push(r.raw);
      rows.push({
        period: cur.period,
        amount: money.value,
        item: cur.item,
        payer: cur.payer,
        page: cur.page,
        confidence: rowConfidence(Math.min(cur.ocr, r.ocr), [cur.pc, money.confidence]),
        text: cur.text.join(' / '),
      });
    } else if (!/[:：]/.test(c)) {
      const m = findMonths(r.text)[0];
      if (m && !/合计|查询|打印/.test(c)) {
        cur = { period: m.month, pc: m.confidence, item: null, payer: null, page: r.page, text: [r.raw], ocr: r.ocr };
        continue;
      }
    }
    if (cur && (sub || payer)) {
      cur.text.push(r.raw);
      cur.ocr = Math.min(cur.ocr, r.ocr);
    }
  }
  const totals = reconcile(printed, rows.map((r) => r.amount));
  if (totals?.reconciled) for (const r of rows) r.confidence = Math.max(r.confidence, 0.9);
  return { rows, totals, unread };
}
