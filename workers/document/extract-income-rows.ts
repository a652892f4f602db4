import type { IncomeRow, Totals } from './contract-types.ts';
import type { PageText } from './types.ts';
import { groupRows, type TextRow } from './group-rows.ts';
import { compactText } from './normalise-ocr-text.ts';
import { INCOME_ITEMS, looksLikeOrganisation, matchVocabulary, mostSpecific, takeItem, type VocabularyMatch } from './match-vocabulary.ts';
import { isPrintNoise, readTableRow } from './read-table-row.ts';
import { extractTotals, reconcile } from './extract-totals.ts';
import { rowConfidence } from './row-confidence.ts';
import { extractIncomeCards } from './extract-income-cards.ts';

export interface IncomeExtraction {
  rows: IncomeRow[];
  totals: Totals | null;
  /** Rows that looked like data but could not be read confidently: dropped, never guessed. */
  unread: number;
}

const HEADER = /(税款所属期|所属期|所得期间|所属期间|收入所属期)/;
const MONEY_COLUMNS = /(免税收入|收入额|收入|已申报税额|应纳税额|已缴税额|应补退税额|税额|减除费用|专项扣除|应纳税所得额)/g;
const TOTAL_LABEL = /收入合计|收入总额|收入额合计/;

/** Money columns in header order, and which of them is 收入. */
function incomeColumn(header: string | null): { count: number; index: number } {
  if (!header) return { count: 0, index: 0 };
  const labels = [...compactText(header).matchAll(MONEY_COLUMNS)].map((m) => m[1]);
  const index = labels.findIndex((l) => l === '收入' || l === '收入额');
  return { count: labels.length, index: Math.max(0, index) };
}

/**
 * 申报收入查询 → one row per declared income: 税款所属期, 所得项目小类, 扣缴义务人, 收入. Header-driven:
 * the money column is chosen by the header's order, rows are recognised by their period, and a
 * cell that wrapped onto the next line is joined back. A row whose period or amount cannot be read
 * is counted in `unread`, not guessed.
 */
export function extractIncomeRows(pages: PageText[]): IncomeExtraction {
  const cards = extractIncomeCards(pages);
  if (cards) return cards;
  const rows: IncomeRow[] = [];
  const allRows: TextRow[] = pages.flatMap((p) => groupRows(p));
  const printed = extractTotals(allRows, TOTAL_LABEL);
  let header: string | null = null;
  let unread = 0;
  for (const page of pages) {
    const pageRows = groupRows(page);
    const headerIdx = pageRows.findIndex((r) => HEADER.test(compactText(r.text)) && /收入|扣缴义务人/.test(compactText(r.text)));
    if (headerIdx >= 0) header = pageRows[headerIdx].text;
    // Rows above the header on its page are the print header, the title and the taxpayer block.
    const start = headerIdx >= 0 ? headerIdx + 1 : 0;
    if (headerIdx < 0 && header === null) continue;
    const col = incomeColumn(header);
    let last: IncomeRow | null = null;
    let lastBottom = -1;
    for (const r of pageRows.slice(start)) {
      if (printed.rows.includes(r) || isPrintNoise(r.text)) {
        last = null;
        continue;
      }
      const c = compactText(r.text);
      if (/合计|说明|注:|备注/.test(c)) {
        last = null;
        continue;
      }
      const tok = readTableRow(r);
      if (tok.months.length === 0) {
        // A wrapped cell: Chinese text only, right under the previous row.
        const near = last && r.box.y - lastBottom < r.box.h * 1.5;
        if (last && near && tok.money.length === 0 && tok.rest.length > 0 && c.length <= 20) {
          const tail = tok.rest.join('').replace(/\s+/g, '');
          const asItem = matchVocabulary(tail, INCOME_ITEMS);
          if (last.payer && !(asItem?.exact && asItem.term.length === tail.length)) last.payer += tail;
          else if (!last.item) last.item = tail;
          last.text += ' / ' + r.raw;
          lastBottom = r.box.y + r.box.h;
        } else if (tok.money.some((m) => m.cents) && tok.rest.length > 0) unread++;
        continue;
      }
      const decimals = tok.money.filter((m) => m.cents || m.inferredPoint);
      if (decimals.length === 0) {
        unread++;
        continue;
      }
      const expected = col.count || decimals.length;
      let money = decimals[col.index];
      let structural = decimals.length === expected ? 1 : 0.7;
      if (decimals.length < expected) {
        // A cell OCR cut short still holds its place: with it, the columns line up again.
        const slots = [...tok.money.map((d) => ({ index: d.index, reading: d.cents || d.inferredPoint ? d : null })), ...tok.strays.map((x) => ({ index: x.index, reading: null }))]
          .filter((x) => x.index > tok.months[0].index)
          .sort((a, b) => a.index - b.index);
        const hit = slots.length === expected ? slots[col.index].reading : null;
        if (!hit) {
          // With a column missing we cannot tell which amount is 收入: count the row, do not guess.
          unread++;
          continue;
        }
        money = hit;
        structural = 0.85;
      }
      const found: VocabularyMatch[] = [];
      const candidates: string[] = [];
      for (const seg of tok.rest.map((x) => x.replace(/\s+/g, ''))) {
        const taken = takeItem(seg);
        if (taken.item) found.push(taken.item);
        for (const part of taken.rest.split(/\s+/)) if (part.length >= 2) candidates.push(part);
      }
      const item = mostSpecific(found);
      const payer = candidates.find(looksLikeOrganisation) ?? [...candidates].sort((a, b) => b.length - a.length)[0] ?? null;
      const period = tok.months[0];
      const confidence = rowConfidence(r.ocr, [period.confidence, money.confidence, structural, item ? (item.exact ? 1 : 0.9) : 0.85]);
      const row: IncomeRow = {
        period: period.month,
        amount: money.value,
        item: item ? item.term : null,
        payer,
        page: page.page,
        confidence,
        text: r.raw,
      };
      rows.push(row);
      last = row;
      lastBottom = r.box.y + r.box.h;
    }
  }
  const totals = reconcile(printed, rows.map((r) => r.amount));
  if (totals?.reconciled) for (const r of rows) r.confidence = Math.max(r.confidence, 0.9);
  return { rows, totals, unread };
}
