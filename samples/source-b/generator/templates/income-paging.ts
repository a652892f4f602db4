/**
 * How the income and tax tables break across A4 pages. Every block of those templates has a fixed
 * height in mm (rows are fixed-height and their text is sized to fit two lines), so paging is plain
 * arithmetic here instead of a measurement in the browser: templates stay pure functions.
 */
export interface PagingSpec {
  /** Height of the page body: everything between the top of the content and its footer. */
  bodyMm: number;
  /** Title and person block on the first page. */
  firstHeadMm: number;
  /** What later pages repeat above the table (a short title line, or nothing). */
  otherHeadMm: number;
  /** The table's header row (repeated on every page). */
  theadMm: number;
  rowMm: number;
  /** Totals, notes and the handler area under the table on the last page. */
  lastTailMm: number;
  /** The smaller handler area at the bottom of a full page. */
  otherTailMm: number;
}

export function rowsThatFit(spec: PagingSpec, first: boolean, last: boolean): number {
  const head = first ? spec.firstHeadMm : spec.otherHeadMm;
  const tail = last ? spec.lastTailMm : spec.otherTailMm;
  return Math.max(0, Math.floor((spec.bodyMm - head - spec.theadMm - tail) / spec.rowMm));
}

/**
 * Rows per page. The last page keeps at least a few rows above the totals (a page holding only a
 * 合计 row would need its own table header anyway and looks like a broken print).
 */
export function splitRows<T>(rows: readonly T[], spec: PagingSpec): T[][] {
  const pages: T[][] = [];
  let at = 0;
  while (at < rows.length || pages.length === 0) {
    const first = pages.length === 0;
    const remaining = rows.length - at;
    if (remaining <= rowsThatFit(spec, first, true)) {
      pages.push(rows.slice(at));
      break;
    }
    const full = rowsThatFit(spec, first, false);
    if (full < 1) throw new Error('income/tax template: a page has no room for a single row');
    const take = Math.max(1, Math.min(full, remaining - 3));
    pages.push(rows.slice(at, at + take));
    at += take;
  }
  return pages;
}
