import type { Totals } from './contract-types.ts';
import { MIN_FIELD_CONFIDENCE } from './min-field-confidence.ts';

/** What a row parser returns for one reading of a document's table. */
export interface RowReading<R> {
  rows: R[];
  totals: Totals | null;
  unread: number;
}

interface MoneyRow {
  period: string;
  amount: number;
  confidence: number;
  paidOn?: string | null;
}

const sameRow = (a: MoneyRow, b: MoneyRow) =>
  a.period === b.period && Math.abs(a.amount - b.amount) < 0.005 && (a.paidOn === undefined || a.paidOn === b.paidOn);

/** Just under the confidence a rule accepts: the row is shown, and the rule that uses it asks for review. */
export const IN_DOUBT = Math.round((MIN_FIELD_CONFIDENCE - 0.05) * 100) / 100;

/**
 * One table read by two engines, merged row by row:
 * - a row both readings agree on (period, amount, and date paid for tax rows) is taken with the
 *   higher of the two confidences — two independent engines agreeing is the strongest evidence;
 * - where they disagree on a month, the reading whose rows add up to the printed totals wins; when
 *   neither or both do, the more confident row is kept but put in doubt (→ EXTRACTION_UNCERTAIN),
 *   never silently chosen;
 * - a month only one reading has is taken from it as it is (the other lost the row).
 * Of two rows that agree, the one with every descriptive cell read (item, payer) is kept with its own
 * evidence text, the second reading's when both are (PP-OCR read 所得项目小类|扣缴义务人 exactly on
 * 155/156 tune rows, tesseract on 141/154). `unread` falls by the rows the second
 * reading supplied. `reconcile` recomputes the totals' agreement over the merged rows.
 */
export function mergeRowReadings<R extends MoneyRow>(
  first: RowReading<R>,
  second: RowReading<R>,
  reconcile: (totals: Totals | null, rows: R[]) => Totals | null,
): RowReading<R> {
  const left = [...second.rows];
  const take = (row: R) => {
    const i = left.findIndex((s) => sameRow(row, s));
    return i >= 0 ? left.splice(i, 1)[0]! : null;
  };
  const firstOk = first.totals?.reconciled === true;
  const secondOk = second.totals?.reconciled === true;
  const merged: R[] = [];
  const conflicts: R[] = [];
  const seen = countCells([...first.rows, ...second.rows]);
  for (const row of first.rows) {
    const twin = take(row);
    if (twin) merged.push({ ...pickDetail(row, twin, seen), confidence: Math.max(row.confidence, twin.confidence) });
    else conflicts.push(row);
  }
  let supplied = 0;
  for (const row of conflicts) {
    const rival = left.findIndex((s) => s.period === row.period);
    if (rival < 0) {
      // The same payment (amount and paid date) the other reading places in another month: this
      // reading garbled the period ("2020.01 ;91至" for 2020.11.01至), the other row stands for it.
      if (row.paidOn && second.rows.some((s) => s.period !== row.period && s.paidOn === row.paidOn && Math.abs(s.amount - row.amount) < 0.005)) continue;
      merged.push(row);
      continue;
    }
    const other = left.splice(rival, 1)[0]!;
    if (firstOk !== secondOk) merged.push(firstOk ? row : other);
    else {
      const best = other.confidence > row.confidence ? other : row;
      merged.push({ ...best, confidence: Math.min(best.confidence, IN_DOUBT) });
    }
  }
  for (const row of left) {
    merged.push(row);
    supplied++;
  }
  merged.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  // The printed totals as the reading that makes them agree with the merged rows saw them (one engine
  // may drop a total's leading digit: "层2057.39" beside "¥12057.39").
  const readings = [first.totals, second.totals].filter((t): t is Totals => t !== null).map((t) => reconcile(t, merged));
  const totals = readings.find((t) => t?.reconciled) ?? readings[0] ?? null;
  // As in the parsers: a printed total that the merged rows add up to vouches for every one of them.
  const rows = totals?.reconciled ? merged.map((r) => ({ ...r, confidence: Math.max(r.confidence, 0.9) })) : merged;
  return { rows, totals, unread: Math.max(0, first.unread - supplied) };
}

/**
 * Of two readings of the same row: the second's when it has every cell the first has, else the
 * first's with its gaps filled. Where both read a descriptive cell and disagree ("北京明德晨喊物流…"
 * beside "北京明德晨曦物流…"), the value the table's other rows (of both readings) hold more often
 * wins: a one-character slip rarely repeats on another row.
 */
function pickDetail<R extends MoneyRow>(first: R, second: R, seen: Map<string, number>): R {
  const cells = Object.keys(first).filter((k) => k !== 'text' && k !== 'confidence' && k !== 'page') as (keyof R)[];
  const useSecond = cells.every((k) => first[k] === null || second[k] !== null);
  const base = { ...(useSecond ? second : first) };
  const other = useSecond ? first : second;
  for (const k of cells) {
    if (base[k] === null && other[k] != null) base[k] = other[k];
    else if (typeof base[k] === 'string' && typeof other[k] === 'string' && base[k] !== other[k]) {
      const count = (v: unknown) => seen.get(`${String(k)}|${String(v)}`) ?? 0;
      if (count(other[k]) > count(base[k])) base[k] = other[k];
    }
  }
  return base;
}

/** How many rows of the readings hold each descriptive cell value (key|value). */
function countCells(rows: MoneyRow[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const r of rows)
    for (const [k, v] of Object.entries(r)) if (typeof v === 'string' && k !== 'text' && k !== 'period' && k !== 'paidOn') seen.set(`${k}|${v}`, (seen.get(`${k}|${v}`) ?? 0) + 1);
  return seen;
}

/**
 * Rows of pages whose second reading came from a restored image (PageText.secondReading.restored):
 * deconvolution sharpens a smeared digit into the right one most of the time, not always (tune, a
 * motion-blurred 申报收入查询 restored with 25 steps: 24,591.91 read as 24,597.91 at PP-OCR 95.2, beside
 * rows read right at 91–96), and the engine's confidence does not show which. Unless the printed totals vouch for the rows, every
 * row of such a page is kept below the review confidence: shown for review, never relied on.
 */
export function doubtRestoredRows<R extends MoneyRow & { page: number }>(reading: RowReading<R>, restoredPages: ReadonlySet<number>): RowReading<R> {
  if (restoredPages.size === 0 || reading.totals?.reconciled) return reading;
  return { ...reading, rows: reading.rows.map((r) => (restoredPages.has(r.page) ? { ...r, confidence: Math.min(r.confidence, IN_DOUBT) } : r)) };
}

/**
 * Pages whose table was in doubt and whose second reading failed (PageText.readingFailures): the
 * first reading is all there is, and the page stage had already judged it unsure. Unless the printed
 * totals vouch for the rows, every row of such a page is kept below the review confidence, and each
 * such page counts as one row unread, so that the rules take a month missing from the record for a
 * month not read (review), never for a month the printout lacks (reject).
 */
export function doubtUnreadTables<R extends MoneyRow & { page: number }>(reading: RowReading<R>, failedPages: ReadonlySet<number>): RowReading<R> {
  if (failedPages.size === 0 || reading.totals?.reconciled) return reading;
  return {
    ...reading,
    rows: reading.rows.map((r) => (failedPages.has(r.page) ? { ...r, confidence: Math.min(r.confidence, IN_DOUBT) } : r)),
    unread: reading.unread + failedPages.size,
  };
}
