import type { DocumentReport } from './contract/index.ts';
import { MIN_FIELD_CONFIDENCE } from './data/cut-offs.ts';
import type { IncomeBasis } from './data/district-config.ts';
import { matchUnit } from './names.ts';

type IncomeRow = DocumentReport['income'][number];
export interface SourcedRow extends IncomeRow {
  file: string;
}

/** 正常工资薪金 (and rows whose item was not printed or read, which are the regular wage on 申报收入). */
function isRegularWage(item: string | null): boolean {
  return item == null || /正常工资薪金/.test(item) || /^工资薪金(所得)?$/.test(item.trim());
}
function isWageItem(item: string | null): boolean {
  return isRegularWage(item) || /工资|薪金|奖金/.test(item ?? '');
}

/** Which declared items count toward income under the configured basis (research §1.6). */
export function countsUnderBasis(item: string | null, basis: IncomeBasis): boolean {
  if (basis === 'all_items') return true;
  if (basis === 'regular_wage') return isRegularWage(item);
  return isWageItem(item);
}

/**
 * All 申报收入 rows of the case's income documents, duplicates across overlapping printouts
 * removed (same month, item, payer and amount).
 */
export function collectIncomeRows(docs: readonly DocumentReport[]): SourcedRow[] {
  const seen = new Set<string>();
  const rows: SourcedRow[] = [];
  for (const doc of docs) {
    for (const row of doc.income) {
      const key = `${row.period}|${row.item ?? ''}|${row.payer ?? ''}|${row.amount}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ ...row, file: doc.file });
    }
  }
  return rows;
}

export interface IncomeWindow {
  months: string[];
  /** Per month: sum of counted rows from the employer; months without such rows are absent. */
  byMonth: Map<string, number>;
  /**
   * Months with no record at all. A month declared only by another withholding agent is not
   * missing — it is a PAYER_MISMATCH — though it counts as 0 toward the employer's average.
   */
  missing: string[];
  /** Rows in the window whose withholding agent is another unit, by payer as read. */
  otherPayers: Map<string, SourcedRow[]>;
  /**
   * Rows whose payer reads one or two characters off the employer's name (names.ts `unsure`):
   * counted for the employer, and a reviewer confirms the unit.
   */
  unsurePayers: Map<string, SourcedRow[]>;
  /**
   * Rows in the window read below the confidence cut-off or without a payer. A low-confidence row
   * whose payer reads as another unit is only here: a misread name is no ground for a reject.
   */
  uncertain: SourcedRow[];
  total: number;
  /** total / months.length, rounded to cents; missing months count as 0. */
  average: number;
}

export function incomeWindow(rows: readonly SourcedRow[], months: readonly string[], employer: string, basis: IncomeBasis): IncomeWindow {
  const wanted = new Set(months);
  const byMonth = new Map<string, number>();
  const recorded = new Set<string>();
  const otherPayers = new Map<string, SourcedRow[]>();
  const unsurePayers = new Map<string, SourcedRow[]>();
  const uncertain: SourcedRow[] = [];
  const add = (map: Map<string, SourcedRow[]>, row: SourcedRow): void => void map.set(row.payer!, [...(map.get(row.payer!) ?? []), row]);
  for (const row of rows) {
    if (!wanted.has(row.period)) continue;
    recorded.add(row.period);
    const unsure = row.confidence < MIN_FIELD_CONFIDENCE || !row.payer;
    if (unsure) uncertain.push(row);
    if (!row.payer) continue;
    const match = matchUnit(row.payer, employer);
    if (match === 'different') {
      if (!unsure) add(otherPayers, row);
      continue;
    }
    if (match === 'unsure') add(unsurePayers, row);
    if (!countsUnderBasis(row.item, basis)) continue;
    byMonth.set(row.period, (byMonth.get(row.period) ?? 0) + row.amount);
  }
  const missing = months.filter((m) => !recorded.has(m));
  const total = Math.round([...byMonth.values()].reduce((a, b) => a + b, 0) * 100) / 100;
  const average = months.length ? Math.round((total / months.length) * 100) / 100 : 0;
  return { months: [...months], byMonth, missing, otherPayers, unsurePayers, uncertain, total, average };
}
