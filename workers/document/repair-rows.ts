/**
 * Repairs for table rows that OCR read only in part (a seal or a note over the cells), using what
 * the table itself guarantees rather than guessing:
 * - the tax system prints rows in period order, so a row whose period was lost between two read
 *   periods is placed when the months between them are exactly as many as such rows;
 * - the printed total fixes one missing or clipped amount: total − the other rows. Taken only when a
 *   single row is in doubt, and for a clipped reading only when its digits are those of the total's
 *   answer with some dropped (17,165.85 read as 5165.85).
 * Repaired fields carry the confidence given here, below a clean read: the reviewer sees them.
 */
export interface DraftRow {
  period: string | null;
  amount: number | null;
  confidence: number;
  /** The amount as OCR printed it, for the clipped-digits check. */
  amountRaw?: string;
  /** Set when a repair filled a field: the reconciliation must not vouch for it. */
  repaired?: 'period' | 'amount';
}

/** An inferred period: the order of the printout placed it. */
export const INTERPOLATED_PERIOD_CONFIDENCE = 0.65;
/** An amount computed from the printed total and the other rows (nothing of it was read). */
export const DERIVED_AMOUNT_CONFIDENCE = 0.55;
/** A clipped reading completed from the printed total: part of the digits were read. */
export const COMPLETED_AMOUNT_CONFIDENCE = 0.7;

function monthIndex(p: string): number {
  return Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
}
function monthOf(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/**
 * Fills lost periods between two read ones when the count of rows matches the months between them
 * exactly. `bounds` (the query's 所得期间起/止) close the table's ends the same way.
 */
export function interpolatePeriods(rows: DraftRow[], bounds?: { first: string | null; last: string | null }): void {
  const known = rows.filter((r) => r.period !== null).map((r) => monthIndex(r.period!));
  if (bounds && known.length >= 2 && known[0] !== known[known.length - 1]) {
    const ascending = known[0] < known[known.length - 1];
    const [head, tail] = ascending ? [bounds.first, bounds.last] : [bounds.last, bounds.first];
    const step = ascending ? 1 : -1;
    const before: DraftRow | null = head ? { period: monthOf(monthIndex(head) - step), amount: null, confidence: 1 } : null;
    const after: DraftRow | null = tail ? { period: monthOf(monthIndex(tail) + step), amount: null, confidence: 1 } : null;
    const framed = [...(before ? [before] : []), ...rows, ...(after ? [after] : [])];
    interpolatePeriods(framed);
    return;
  }
  let i = 0;
  while (i < rows.length) {
    if (rows[i].period !== null) {
      i++;
      continue;
    }
    let j = i;
    while (j < rows.length && rows[j].period === null) j++;
    const before = rows[i - 1]?.period;
    const after = rows[j]?.period;
    if (before && after) {
      const a = monthIndex(before);
      const b = monthIndex(after);
      const step = b > a ? 1 : -1;
      if (Math.abs(b - a) - 1 === j - i) {
        for (let k = i; k < j; k++) {
          rows[k].period = monthOf(a + step * (k - i + 1));
          rows[k].confidence = Math.min(rows[k].confidence, INTERPOLATED_PERIOD_CONFIDENCE);
          rows[k].repaired = 'period';
        }
      }
    }
    i = j;
  }
}

/**
 * Uses the printed total to fill one missing amount, or to complete one clipped reading when the
 * rows do not add up. `printedCount` (共N条) must agree when it was printed.
 */
export function repairFromTotal(rows: DraftRow[], total: number | null, printedCount: number | null, dropped: number, minConfidence: number): void {
  if (total === null || rows.length === 0 || dropped > 0) return;
  if (printedCount !== null && printedCount !== rows.length) return;
  // The other rows are the premise of the arithmetic: they must all be sure reads.
  const sure = (r: DraftRow) => r.amount !== null && r.confidence >= minConfidence;
  const cents = (x: number) => Math.round(x * 100);
  const missing = rows.filter((r) => r.amount === null);
  if (missing.length === 1) {
    if (!rows.every((r) => r === missing[0] || sure(r))) return;
    const others = rows.reduce((s, r) => s + (r.amount === null ? 0 : cents(r.amount)), 0);
    const value = cents(total) - others;
    if (value <= 0) return;
    // Far outside the column's range, the gap is more than one row: rows OCR never saw at all.
    if (!withinRange(value / 100, rows.filter((r) => r !== missing[0]).map((r) => r.amount!))) return;
    const row = missing[0];
    row.amount = value / 100;
    const raw = (row.amountRaw ?? '').replace(/[^0-9]/g, '');
    row.confidence = Math.min(row.confidence, raw.length >= 3 && isSubsequence(raw, String(value)) ? COMPLETED_AMOUNT_CONFIDENCE : DERIVED_AMOUNT_CONFIDENCE);
    row.repaired = 'amount';
    return;
  }
  if (missing.length > 0) return;
  const sum = rows.reduce((s, r) => s + cents(r.amount!), 0);
  if (sum === cents(total)) return;
  const fits = rows.filter((r) => {
    const implied = String(cents(total) - (sum - cents(r.amount!)));
    const raw = (r.amountRaw ?? String(cents(r.amount!))).replace(/[^0-9]/g, '');
    if (Number(implied) <= 0 || raw.length < 3 || implied.length <= raw.length) return false;
    // Digits dropped (17165.85 → 1765.85) or the leading ones garbled (17,165.85 → 5165.85).
    return isSubsequence(raw, implied) || (raw.length >= 5 && implied.endsWith(raw.slice(-5)));
  });
  if (fits.length !== 1 || !rows.every((r) => r === fits[0] || sure(r))) return;
  const r = fits[0];
  r.amount = (cents(total) - (sum - cents(r.amount!))) / 100;
  r.confidence = Math.min(r.confidence, COMPLETED_AMOUNT_CONFIDENCE);
  r.repaired = 'amount';
}

/** True when `value` lies within OUTLIER_FACTOR of the median of at least three `others`. */
function withinRange(value: number, others: number[]): boolean {
  const sorted = others.map(Math.abs).filter((a) => a > 0).sort((a, b) => a - b);
  if (sorted.length < 3) return true;
  const median = sorted[sorted.length >> 1];
  return value <= median * OUTLIER_FACTOR && value >= median / OUTLIER_FACTOR;
}

/** True when every character of `part` occurs in `whole` in order (digits OCR dropped, none it invented). */
function isSubsequence(part: string, whole: string): boolean {
  let k = 0;
  for (const ch of whole) if (k < part.length && ch === part[k]) k++;
  return k === part.length;
}

/** Readings outside half to twice the column's median: with a total that disagrees, the likeliest misreads. */
export const OUTLIER_FACTOR = 2;
/**
 * Tax under cumulative withholding climbs through the year as brackets are crossed (3 % → 10 % →
 * 20 %): months of one table lie up to ~5× apart, so only a reading beyond that is an outlier.
 */
export const TAX_OUTLIER_FACTOR = 6;
/** Confidence of a suspect row in a table whose printed total disagrees: below MIN_FIELD_CONFIDENCE on purpose. */
export const SUSPECT_CONFIDENCE = 0.5;

/**
 * When the rows do not add up to the printed total, some reading is wrong; the rows whose amount
 * stands far from the column's median (a dropped or doubled digit moves it by ×10) are sent to a
 * reviewer instead of being trusted.
 */
export function flagOutliers(rows: Array<{ amount: number; confidence: number }>, factor = OUTLIER_FACTOR): void {
  const sorted = rows.map((r) => Math.abs(r.amount)).filter((a) => a > 0).sort((a, b) => a - b);
  if (sorted.length < 3) return;
  const median = sorted[sorted.length >> 1];
  for (const r of rows) {
    const a = Math.abs(r.amount);
    if (a > median * factor || a < median / factor) r.confidence = Math.min(r.confidence, SUSPECT_CONFIDENCE);
  }
}

/** At or above this a row was read clean (no slip fixed, no inference, a sure OCR line). */
export const CLEAN_READ_CONFIDENCE = 0.9;

/**
 * A printed total that disagrees while every row is there (the count agrees, nothing dropped)
 * proves some reading wrong. The rows read with any doubt (a slip fixed, a weak line) are the
 * likeliest culprits, so they go to a reviewer; clean reads keep their confidence.
 */
export function doubtWeakRows(
  rows: Array<{ amount: number; confidence: number }>,
  totals: { records: number | null; amount: number | null; reconciled: boolean | null } | null,
  unread: number,
): void {
  if (!totals || totals.reconciled !== false || totals.amount === null || unread > 0) return;
  if (totals.records !== null && totals.records !== rows.length) return;
  for (const r of rows) if (r.confidence < CLEAN_READ_CONFIDENCE) r.confidence = Math.min(r.confidence, SUSPECT_CONFIDENCE);
}

/** Confidence factor for an amount printed without the thousands comma its column always prints. */
export const OFF_FORMAT_FACTOR = 0.85;

/**
 * A column prints its amounts from 1,000 up with a thousands comma (at least three such readings,
 * and most of them): an amount of that size read without one lost a glyph there, and a digit beside it
 * may have gone with it ("20309.57" for 27,309.57). Such a row keeps its reading, with less trust.
 */
export function doubtOffFormat(rows: DraftRow[]): void {
  const big = rows.filter((r) => r.amount !== null && Math.abs(r.amount) >= 1000 && r.amountRaw);
  const withComma = big.filter((r) => /[0-9],[0-9]{3}/.test(r.amountRaw!));
  if (withComma.length < 3 || withComma.length * 2 <= big.length) return;
  for (const r of big) if (!withComma.includes(r)) r.confidence = Math.round(r.confidence * OFF_FORMAT_FACTOR * 1000) / 1000;
}

/**
 * The tax system prints a table's rows in period order: a period that breaks the order of its two
 * neighbours (2020-01 between 2020-10 and 2020-12) was misread, whatever OCR's confidence says.
 */
export function doubtOutOfOrder(rows: DraftRow[]): void {
  const dated = rows.filter((r) => r.period !== null);
  for (let i = 1; i < dated.length - 1; i++) {
    const [a, b, c] = [dated[i - 1].period!, dated[i].period!, dated[i + 1].period!];
    const ascending = a < c;
    if (a === c || (ascending ? b > a && b < c : b < a && b > c) || b === a || b === c) continue;
    dated[i].confidence = Math.min(dated[i].confidence, SUSPECT_CONFIDENCE);
  }
}
