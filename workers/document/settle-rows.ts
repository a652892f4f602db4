import type { Totals } from './contract-types.ts';
import { reconcile, type PrintedTotals } from './extract-totals.ts';
import { doubtWeakRows, flagOutliers, OUTLIER_FACTOR, type DraftRow } from './repair-rows.ts';

type Settled<D extends DraftRow> = Omit<D, 'period' | 'amount' | 'amountRaw' | 'repaired'> & { period: string; amount: number };

/**
 * The common end of a table parser: drafts with a period and an amount become rows (the others count
 * as unread), the rows are reconciled with the printed totals, and then a total that agrees vouches
 * for every row — unless it was spent on repairing one (then it agrees by construction) — while a
 * total that disagrees puts outliers and weak readings in doubt. `beforeTotals` runs on the rows
 * first (the income parser fills in payers there).
 */
export function settleRows<D extends DraftRow>(
  drafts: D[],
  printed: PrintedTotals,
  unread: number,
  opts: { outlierFactor?: number; beforeTotals?: (rows: Settled<D>[]) => void } = {},
): { rows: Settled<D>[]; totals: Totals | null; unread: number } {
  const rows: Settled<D>[] = [];
  const vouchable: Settled<D>[] = [];
  for (const d of drafts) {
    if (d.period === null || d.amount === null) {
      unread++;
      continue;
    }
    const { amountRaw: _raw, repaired, ...rest } = d;
    const row = { ...rest, period: d.period, amount: d.amount } as Settled<D>;
    rows.push(row);
    if (!repaired) vouchable.push(row);
  }
  opts.beforeTotals?.(rows);
  const totals = reconcile(printed, rows.map((r) => r.amount));
  if (totals?.reconciled && vouchable.length === rows.length) for (const r of vouchable) r.confidence = Math.max(r.confidence, 0.9);
  else if (totals?.reconciled === false) {
    // A reading far from its column ("3.24" for 113.24, its leading digits lost at the cell's edge)
    // is the likeliest misread.
    flagOutliers(rows, opts.outlierFactor ?? OUTLIER_FACTOR);
    doubtWeakRows(rows, totals, unread);
  }
  return { rows, totals, unread };
}
