import type { DocumentReport } from './contract/index.ts';
import { MIN_FIELD_CONFIDENCE } from './data/cut-offs.ts';
import type { IncomeBasis } from './data/district-config.ts';
import { mayReject } from './data/reject-gate.ts';
import { payerMatch, payerReading } from './names.ts';
import { amountsVouched, recordIncomplete } from './record-completeness.ts';

type IncomeRow = DocumentReport['income'][number];
export interface SourcedRow extends IncomeRow {
  file: string;
  /** The document's printed total vouches for the row's amount (record-completeness.ts). */
  vouched: boolean;
  /** The document was read only in part: a month absent from it may be unread, not missing. */
  partial: boolean;
}

/** 正常工资薪金 (and rows whose item was not printed or read, which are the regular wage on 申报收入). */
function isRegularWage(item: string | null): boolean {
  return item == null || /正常工资薪金/.test(item) || /^工资薪金(所得)?$/.test(item.trim());
}
function isWageItem(item: string | null): boolean {
  return isRegularWage(item) || /工资|薪金|奖金/.test(item ?? '');
}

/**
 * An item cell read as no income item at all (司, stray strokes: a neighbouring cell's tail or a
 * smudge) names none: it is taken as not read (null), which on 申报收入 is the regular wage, rather
 * than as an item that drops the row from the wage income.
 */
const ITEM_WORDS = /工资|薪金|奖金|所得|劳务|报酬|稿酬|特许|利息|股息|红利|财产|偶然|经营|年金|补贴|津贴|补偿|解除|退休|提前|单位|其他/;
export function itemReading(raw: string | null): string | null {
  return raw && ITEM_WORDS.test(raw) ? raw : null;
}

/** Which declared items count toward income under the configured basis (research §1.6). */
export function countsUnderBasis(item: string | null, basis: IncomeBasis): boolean {
  if (basis === 'all_items') return true;
  if (basis === 'regular_wage') return isRegularWage(item);
  return isWageItem(item);
}

/**
 * All 申报收入 rows of the case's income documents, duplicates across overlapping printouts
 * removed (same month, item, payer and amount). The payer is the cell's reading as a unit name
 * (names.ts payerReading): null when the cell was not read as one.
 */
export function collectIncomeRows(docs: readonly DocumentReport[]): SourcedRow[] {
  const seen = new Set<string>();
  const rows: SourcedRow[] = [];
  for (const doc of docs) {
    for (const { row, key } of sourcedRows(doc)) {
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(row);
    }
  }
  return rows;
}

/**
 * One document's rows as the rules read them, made once per document: several rules ask for them
 * on every case (a re-verification judges thousands of cases a second), and a document's rows read
 * the same each time. Callers never change the rows they are given.
 */
const ROWS_OF = new WeakMap<DocumentReport, { row: SourcedRow; key: string }[]>();
function sourcedRows(doc: DocumentReport): { row: SourcedRow; key: string }[] {
  let out = ROWS_OF.get(doc);
  if (out) return out;
  const vouched = amountsVouched(doc, 'income');
  const partial = recordIncomplete(doc, 'income');
  const payers = new Map<string | null, string | null>();
  out = doc.income.map((row) => {
    if (!payers.has(row.payer)) payers.set(row.payer, payerReading(row.payer));
    return {
      row: { ...row, item: itemReading(row.item), payer: payers.get(row.payer)!, file: doc.file, vouched, partial },
      key: `${row.period}|${row.item ?? ''}|${row.payer ?? ''}|${row.amount}`,
    };
  });
  ROWS_OF.set(doc, out);
  return out;
}

export interface IncomeWindow {
  months: string[];
  /**
   * Per month: sum of counted rows from the employer, rows whose payer was not read included (the
   * best case; `payerUnread` says which); months without such rows are absent.
   */
  byMonth: Map<string, number>;
  /**
   * Months with no record at all in records read whole: proven missing. A month declared only by
   * another withholding agent is not missing — it is a PAYER_MISMATCH — though it counts as 0.
   */
  missing: string[];
  /** Months with no record while an income record was read only in part: not read, not proven missing. */
  unreadMonths: string[];
  /** The income documents read only in part. */
  partialFiles: string[];
  /** Rows in the window whose withholding agent is read, with confidence, as another unit, by payer. */
  otherPayers: Map<string, SourcedRow[]>;
  /**
   * Rows read with confidence whose payer reads one or two characters off the employer's name
   * (names.ts `unsure`): counted for the employer, a reviewer confirms the unit; and rows read
   * below the reject gate whose payer reads as another unit: not counted, a reviewer confirms.
   * A misread name is no ground for a reject.
   */
  unsurePayers: Map<string, SourcedRow[]>;
  /** Rows whose payer cell could not be read as a unit name: counted for the employer, reviewed. */
  payerUnread: SourcedRow[];
  /** Rows read below the confidence cut-off that no printed total vouches for: their amount may be wrong. */
  amountUnsure: SourcedRow[];
  /**
   * Rows counted for the employer whose amount is below zero (a correction or a refund of an earlier
   * declaration, or a minus sign misread): the average is no ground for a reject; a reviewer decides.
   */
  negative: SourcedRow[];
  total: number;
  /** total / months.length, rounded to cents; missing months count as 0. */
  average: number;
  /** The average with the rows of unread payer counted as 0 (the worst case for whose income it is). */
  averageWithoutUnreadPayers: number;
  /** The average with amounts no total vouches for counted as 0 (the worst case for how much it is). */
  averageOfSureAmounts: number;
  /** Every row in the window read at or above the reject gate or vouched by a printed total. */
  surelyRead: boolean;
}

export function incomeWindow(rows: readonly SourcedRow[], months: readonly string[], employer: string, basis: IncomeBasis): IncomeWindow {
  const wanted = new Set(months);
  const byMonth = new Map<string, number>();
  const recorded = new Set<string>();
  const otherPayers = new Map<string, SourcedRow[]>();
  const unsurePayers = new Map<string, SourcedRow[]>();
  const doubtfulOther: SourcedRow[] = [];
  const payerUnread: SourcedRow[] = [];
  const amountUnsure: SourcedRow[] = [];
  const negative: SourcedRow[] = [];
  let unreadPayerSum = 0;
  let unsureSum = 0;
  const add = (map: Map<string, SourcedRow[]>, row: SourcedRow): void => void map.set(row.payer!, [...(map.get(row.payer!) ?? []), row]);
  for (const row of rows) {
    if (!wanted.has(row.period)) continue;
    recorded.add(row.period);
    const lowConfidence = row.confidence < MIN_FIELD_CONFIDENCE;
    // Another unit is named with confidence only where the reject gate trusts payer names read at
    // the row's confidence (data/reject-gate.ts).
    const sure = mayReject('payer_name', row.confidence);
    const match = payerMatch(row.payer, employer);
    if (match === 'different') {
      if (!sure) doubtfulOther.push(row);
      else add(otherPayers, row);
      continue;
    }
    // Only amounts counted for the employer can change a decision on the employer's income.
    if (lowConfidence && !row.vouched) amountUnsure.push(row);
    if (match === null) payerUnread.push(row);
    // A one-character slip of the employer's name on a row read without confidence is the employer's:
    // OCR slips are what such rows are made of. Read with confidence, a reviewer confirms the unit.
    if (match === 'unsure' && sure) add(unsurePayers, row);
    if (!countsUnderBasis(row.item, basis)) continue;
    byMonth.set(row.period, (byMonth.get(row.period) ?? 0) + row.amount);
    if (row.amount < 0) negative.push(row);
    if (match === null) unreadPayerSum += row.amount;
    if (lowConfidence && !row.vouched) unsureSum += row.amount;
  }
  // A unit also read with confidence on other rows is that unit: one flag names all its months.
  for (const row of doubtfulOther) add(otherPayers.has(row.payer!) ? otherPayers : unsurePayers, row);
  const absent = months.filter((m) => !recorded.has(m));
  const partialFiles = [...new Set(rows.filter((r) => r.partial).map((r) => r.file))];
  const partial = partialFiles.length > 0;
  const total = Math.round([...byMonth.values()].reduce((a, b) => a + b, 0) * 100) / 100;
  const avg = (sum: number): number => (months.length ? Math.round((sum / months.length) * 100) / 100 : 0);
  return {
    months: [...months],
    byMonth,
    missing: partial ? [] : absent,
    unreadMonths: partial ? absent : [],
    partialFiles,
    otherPayers,
    unsurePayers,
    payerUnread,
    amountUnsure,
    negative,
    total,
    average: avg(total),
    averageWithoutUnreadPayers: avg(total - unreadPayerSum),
    averageOfSureAmounts: avg(total - unsureSum),
    surelyRead: surelyRead({ months }, rows),
  };
}

/** Every row counted in the window read at or above the reject gate (data/reject-gate.ts) or vouched by a printed total. */
export function surelyRead(window: { months: readonly string[] }, rows: readonly SourcedRow[]): boolean {
  const months = new Set(window.months);
  return rows.filter((r) => months.has(r.period)).every((r) => r.vouched || mayReject('income_rows', r.confidence));
}
