import type { IncomeRow, Totals } from './contract-types.ts';
import type { PageText } from './types.ts';
import { groupRows, type TextRow } from './group-rows.ts';
import { compactText } from './normalise-ocr-text.ts';
import { INCOME_ITEMS, looksLikeOrganisation, matchVocabulary, mostSpecific, takeItem, type VocabularyMatch } from './match-vocabulary.ts';
import { isPrintNoise, readTableRow } from './read-table-row.ts';
import { bareTotal, extractTotals } from './extract-totals.ts';
import { settleRows } from './settle-rows.ts';
import { rowConfidence } from './row-confidence.ts';
import { extractIncomeCards } from './extract-income-cards.ts';
import { readMoneyCells } from './read-money-cells.ts';
import { joinWrappedRows } from './join-wrapped-rows.ts';
import { findTableHeader, joinSplitHeader, INCOME_HEADER_LABELS } from './find-table-header.ts';
import { doubtOffFormat, doubtOutOfOrder, interpolatePeriods, OUTLIER_FACTOR, repairFromTotal, type DraftRow } from './repair-rows.ts';
import { amountCells, type MoneyReading } from './parse-money.ts';
import { MIN_FIELD_CONFIDENCE } from './min-field-confidence.ts';
import { completePayers, joinNameTail } from './complete-payers.ts';
import { cutWrappedMonth, periodLostMonth } from './wrapped-month.ts';

export interface IncomeExtraction {
  rows: IncomeRow[];
  totals: Totals | null;
  /** Rows that looked like data but could not be read confidently: dropped, never guessed. */
  unread: number;
}

const MONEY_COLUMNS = /(免税收入|收入额|收入|已申报税额|应纳税额|已缴税额|应补退税额|税额|减除费用|专项扣除|应纳税所得额)/g;
const TOTAL_LABEL = /收入合计|收入总额|收入额合计/;

/**
 * Money columns in header order, and which of them is 收入. When OCR garbled the 收入 label (read as
 * "去" under a seal), the cells after 扣缴义务人 are the money columns and 收入 is the first of them
 * that is not a tax column.
 */
function incomeColumn(header: string | null): { count: number; index: number } {
  if (!header) return { count: 0, index: 0 };
  const labels = [...compactText(header).matchAll(MONEY_COLUMNS)].map((m) => m[1]);
  const labelled = labels.findIndex((l) => l === '收入' || l === '收入额');
  if (labelled >= 0) return { count: labels.length, index: labelled };
  const cells = header.split(/\s{2,}|\|/).map((c) => compactText(c)).filter((c) => c !== '');
  // 扣缴义务人 with its own slips ("担缴义务入").
  const payerAt = cells.findIndex((c) => /扣缴|义务人|缴义务/.test(c));
  if (payerAt >= 0 && payerAt < cells.length - 1) {
    const money = cells.slice(payerAt + 1);
    let index = money.findIndex((c) => /^收入额?$/.test(c));
    if (index < 0) index = money.findIndex((c) => !/税|免|减|扣/.test(c));
    if (index >= 0) return { count: money.length, index };
  }
  // Only tax-side labels were read (the 收入 label lost to a seal or a stroke): 收入 is printed
  // before them, so it is one more column, the first. Never the tax column by default.
  if (labels.length > 0 && labels.every((l) => /税|免|减|扣/.test(l))) return { count: labels.length + 1, index: 0 };
  return { count: labels.length, index: 0 };
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
  const drafts: Array<Omit<IncomeRow, 'period' | 'amount'> & DraftRow> = [];
  const allRows: TextRow[] = pages.flatMap((p) => groupRows(p));
  const printed = extractTotals(allRows, TOTAL_LABEL);
  let header: string | null = null;
  let unread = 0;
  let lostRows = 0;
  // Money cells of the rows read whole (for each column's range), and rows where one amount of
  // several was read and its column is not known from its place.
  const columns: number[][] = [];
  const lone = new Map<(typeof drafts)[number], { reading: MoneyReading; column: number; structural: number; ocr: number }>();
  for (const page of pages) {
    const pageRows = joinWrappedRows(joinSplitHeader(groupRows(page), INCOME_HEADER_LABELS));
    const headerIdx = findTableHeader(pageRows, INCOME_HEADER_LABELS);
    if (headerIdx >= 0) header = pageRows[headerIdx].text;
    // Rows above the header on its page are the print header, the title and the taxpayer block.
    const start = headerIdx >= 0 ? headerIdx + 1 : 0;
    if (headerIdx < 0 && header === null) continue;
    const col = incomeColumn(header);
    let last: (typeof drafts)[number] | null = null;
    let lastBottom = -1;
    const body = pageRows.slice(start);
    // A payer's first line read as a row of its own just above its row's period line: held for that row.
    let head: string | null = null;
    for (const [k, r] of body.entries()) {
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
      const cells = col.count > 0 ? readMoneyCells(r.text, col.count) : null;
      if (tok.months.length === 0) {
        // A wrapped cell: Chinese text only, right under the previous row.
        const near = last && r.box.y - lastBottom < r.box.h * 1.5;
        // A 月 or 日 alone is the end of a period cell that wrapped, not part of a name.
        if (/^[年月日]$/.test(c)) continue;
        // A line that overlaps the last row's height is part of it even with an identifier beside the
        // wrapped text ("工资薪金 9111…" under "2023年05月北京…有限 12,152.00"; the second engine).
        const joined = tok.rest.join('').replace(/\s+/g, '');
        const inRow = last && r.box.y < lastBottom && joined.length <= 20;
        if (!inRow && tok.money.length === 0 && ownsNextRow(r, body[k + 1])) {
          head = joined;
          continue;
        }
        if (last && near && tok.money.length === 0 && tok.rest.length > 0 && (c.length <= 20 || inRow)) {
          const wrapped = periodLostMonth(last.text ?? '') ? cutWrappedMonth(joined) : joined;
          // The item cell's line may carry the payer's last line too ("工资薪金责任公司").
          const taken = takeItem(wrapped);
          const tail = taken.item?.exact ? taken.rest.replace(/\s+/g, '') : wrapped;
          if (taken.item?.exact) last.item ??= taken.item.term;
          if (tail && last.payer) last.payer += tail;
          else if (tail && !last.item) last.item = tail;
          last.text += ' / ' + r.raw;
          lastBottom = r.box.y + r.box.h;
        } else if (tok.money.some((m) => m.cents) && tok.rest.length > 0) {
          // A data row whose period a seal or note hid: kept in place, the printout's order may place it.
          // Kept even when its 收入 cell is debris: it still takes a place in the period order.
          const decimals = tok.money.filter((m) => m.cents || m.inferredPoint);
          // More amounts than the header's money labels (one lost): they still stand in header order,
          // so the column's index counts from the left, as for a row with its period.
          const more = col.count > 0 && decimals.length > col.count;
          const money = col.count > 0 && decimals.length >= col.count ? decimals[col.index] : (cells?.[col.index] ?? null);
          const row = draftRow(tok, money, more ? 0.85 * 0.7 : 0.85, r.ocr, page.page, r.raw, null);
          drafts.push(row);
          last = row;
          lastBottom = r.box.y + r.box.h;
        } else if (matchVocabulary(c, INCOME_ITEMS) && tok.rest.join('').length < c.length) {
          // An income item with something else on the line but no period and no amount: a row OCR
          // lost. It still counts, so the printed total is not bent to fill the rows that were read.
          lostRows++;
          last = null;
        }
        continue;
      }
      const decimals = amountCells(tok.money, col.count);
      const expected = col.count || decimals.length;
      let money: MoneyReading | null = decimals[col.index] ?? null;
      let structural = decimals.length === expected ? 1 : 0.7;
      if (decimals.length < expected || decimals.length === 0) {
        // A cell OCR cut short still holds its place: with it, the columns line up again.
        const slots = [...tok.money.map((d) => ({ index: d.index, reading: d.cents || d.inferredPoint ? d : null })), ...tok.strays.map((x) => ({ index: x.index, reading: null }))]
          .filter((x) => x.index > tok.months[0].index)
          .sort((a, b) => a.index - b.index);
        if (slots.length === expected && expected > 0) money = slots[col.index].reading;
        else if (cells) money = cells[col.index];
        // With a column missing we cannot tell which amount is 收入: the row stays without one (not
        // guessed), and its presence stops the total from being used to fill another row.
        else money = null;
        structural = 0.85;
      }
      // Digits standing alone right before the amount ("19 9,152.00" for 19,152.00): the amount's
      // head may be in them, so the reading is not sure (and the printed total may settle it).
      if (money && /(?<![0-9.,:])[0-9]{1,3}\s+$/.test(r.text.slice(0, money.index))) structural *= SPLIT_HEAD_FACTOR;
      // Cells out of the header's order (the identifier before the item the header prints first): the
      // line holds pieces of two rows (a skewed page's lines drift across rows), so nothing in it is sure.
      if (outOfOrder(header, r.text)) structural *= SPLIT_HEAD_FACTOR;
      if (head) tok.rest.unshift(head);
      head = null;
      const row = draftRow(tok, money, structural, r.ocr, page.page, r.raw, tok.months[0]);
      if (decimals.length === expected && expected > 1) columns.push(decimals.map((d) => d.value));
      else if (!money && decimals.length === 1 && expected > 1) lone.set(row, { reading: decimals[0], column: col.index, structural, ocr: r.ocr });
      drafts.push(row);
      last = row;
      lastBottom = r.box.y + r.box.h;
    }
  }
  for (const [row, l] of lone) {
    if (columnOfAmount(l.reading.value, columns) !== l.column) continue;
    row.amount = l.reading.value;
    row.amountRaw = l.reading.raw;
    row.confidence = Math.min(row.confidence, rowConfidence(l.ocr, [l.reading.confidence, l.structural, LONE_AMOUNT_FACTOR]));
  }
  doubtOutOfOrder(drafts);
  doubtOffFormat(drafts);
  interpolatePeriods(drafts, queryBounds(allRows));
  const col = incomeColumn(header);
  const total = { ...printed, amount: printed.amount ?? bareTotal(allRows, col.count, col.index) };
  repairFromTotal(drafts, total.amount, total.records, lostRows, MIN_FIELD_CONFIDENCE);
  unread += lostRows;
  return settleRows(drafts, total, unread, { beforeTotals: completePayers });
}

/** An amount with a digit group standing just before it: below MIN_FIELD_CONFIDENCE on its own. */
const SPLIT_HEAD_FACTOR = 0.55;

/** A lone amount placed by its column's range, not its place: sure enough to count, below a full read. */
const LONE_AMOUNT_FACTOR = 0.85;

/**
 * The money column whose range (half to twice its median over the rows read whole) holds `value`,
 * when exactly one does and the columns' ranges do not meet (收入 ~15,000 beside 税额 ~250): a row
 * whose tax cell a seal hid still gives its income. Null when that cannot be told.
 */
export function columnOfAmount(value: number, columns: number[][]): number | null {
  if (columns.length < 3) return null;
  const width = columns[0].length;
  const medians = Array.from({ length: width }, (_, i) => {
    const v = columns.map((c) => Math.abs(c[i])).sort((a, b) => a - b);
    return v[v.length >> 1];
  });
  if (medians.some((m) => !(m > 0))) return null;
  const sorted = [...medians].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) if (sorted[i] < sorted[i - 1] * 4 * OUTLIER_FACTOR) return null;
  const fits = medians.map((m, i) => (value >= m / OUTLIER_FACTOR && value <= m * OUTLIER_FACTOR ? i : -1)).filter((i) => i >= 0);
  return fits.length === 1 ? fits[0] : null;
}

/** The query's period range as printed above the table (所得期间起 : 2020-08 所得期间止 : 2021-07). */
function queryBounds(rows: TextRow[]): { first: string | null; last: string | null } {
  const text = rows.slice(0, 12).map((r) => compactText(r.text)).join('\n');
  const read = (label: string) => {
    const m = new RegExp(`${label}[:：;；]?((?:19|20)\\d{2})[-./年](0[1-9]|1[0-2])`).exec(text);
    return m ? `${m[1]}-${m[2]}` : null;
  };
  return { first: read('期间起'), last: read('期间止') };
}

function draftRow(
  tok: ReturnType<typeof readTableRow>,
  money: MoneyReading | null,
  structural: number,
  ocr: number,
  page: number,
  raw: string,
  period: { month: string; confidence: number } | null,
): Omit<IncomeRow, 'period' | 'amount'> & DraftRow {
  const found: VocabularyMatch[] = [];
  const candidates: string[] = [];
  const lost = !!period && periodLostMonth(tok.months[0]?.raw ?? '');
  for (const seg of tok.rest.map((x) => x.replace(/\s+/g, '')).map((x) => (lost ? cutWrappedMonth(x) : x))) {
    const taken = takeItem(seg.trim());
    if (taken.item) found.push(taken.item);
    for (const part of taken.rest.split(/\s+/)) if (part.length >= 2 || (part !== '' && candidates.length > 0 && taken.item !== null)) candidates.push(part);
  }
  const item = mostSpecific(found);
  const payer = joinNameTail(candidates).find(looksLikeOrganisation) ?? [...candidates].sort((a, b) => b.length - a.length)[0] ?? null;
  const confidence = rowConfidence(ocr, [period?.confidence ?? 1, money?.confidence ?? 1, structural, item ? (item.exact ? 1 : 0.9) : 0.85]);
  return {
    period: period?.month ?? null,
    amount: money?.value ?? null,
    amountRaw: money?.raw,
    item: item ? item.term : null,
    payer,
    page,
    confidence,
    text: raw,
  };
}

/** True when the header prints 所得项目 before the identifier column but the row has the identifier before its item. */
function outOfOrder(header: string | null, row: string): boolean {
  if (!header) return false;
  const h = compactText(header);
  const hItem = h.search(/所得项目/);
  const hId = h.search(/识/);
  if (hItem < 0 || hId < 0 || hItem > hId) return false;
  const id = row.search(/(?<![0-9A-Z])[0-9A-Z]{15,20}(?![0-9A-Z])/);
  const item = row.search(/工资|薪金|劳务|稿酬|所得/);
  return id >= 0 && item > id;
}

/** True when `next` is a row with a period whose top lies within `line`'s height: `line` sits in that row's band. */
function ownsNextRow(line: TextRow, next: TextRow | undefined): boolean {
  return !!next && next.box.y < line.box.y + line.box.h && readTableRow(next).months.length > 0;
}
