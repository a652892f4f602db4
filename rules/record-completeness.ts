import type { DocumentReport } from './contract/index.ts';

/**
 * Whether a 申报收入查询 (`income`) or 纳税记录 (`taxes`) table was read only in part, so that a month
 * absent from its rows may be a month the document stage could not read rather than one the
 * printout lacks: rows were dropped as unreadable, the rows read do not add up to the printed total
 * (a row lost or misread), or the printed record count exceeds the rows read. A gap in such a
 * record is no ground for a reject. With no printed totals at all there is no such evidence.
 */
export function recordIncomplete(doc: DocumentReport, side: 'income' | 'taxes'): boolean {
  const read = side === 'income' ? doc.income.length : doc.taxes.length;
  const totals = doc.totals?.[side];
  if ((doc.unreadRows?.[side] ?? 0) > 0) return true;
  if (totals?.reconciled === false) return true;
  return totals?.records != null && totals.records > read;
}

/**
 * Whether the printed total vouches for the table's amounts: the rows read add up to it (and to the
 * printed count). A row read with low confidence in such a table — an amount computed from the
 * total, a period placed by the printout's order — is then as good as the total itself.
 */
export function amountsVouched(doc: DocumentReport, side: 'income' | 'taxes'): boolean {
  return doc.totals?.[side]?.reconciled === true && (doc.unreadRows?.[side] ?? 0) === 0;
}
