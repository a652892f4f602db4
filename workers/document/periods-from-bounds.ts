import type { TextRow } from './group-rows.ts';
import { compactText } from './normalise-ocr-text.ts';
import type { DraftRow } from './repair-rows.ts';

/** A period placed by the table's printed range and its paid date: below a read period, above review. */
export const BOUNDED_PERIOD_CONFIDENCE = 0.7;

/** The range a 纳税记录 prints above its table ("税款所属期间 2025年04月至2026年03月"), as YYYY-MM. */
export function taxBounds(rows: TextRow[]): { first: string; last: string } | null {
  for (const r of rows.slice(0, 14)) {
    const m = /(?:所属期间|记录期间)[:：;；|]?((?:19|20)\d{2})[-./年](0[1-9]|1[0-2])月?(?:至|-|~)((?:19|20)\d{2})[-./年](0[1-9]|1[0-2])/.exec(compactText(r.text));
    if (m) return { first: `${m[1]}-${m[2]}`, last: `${m[3]}-${m[4]}` };
  }
  return null;
}

const index = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * Rows whose period cell was lost but whose paid date was read (the period printed in a small two-line
 * cell OCR dropped; source B tune records, every row): the table lists one row per month of its printed
 * range, in order. When it has exactly as many rows as the range has months, every period read agrees
 * with its place, and every row paid lies the same number of months (1 to 3) after the month its place
 * gives, each lost period is that month. Otherwise nothing is placed (the rows stay unread).
 */
export function periodsFromBounds(rows: Array<DraftRow & { paidOn?: string | null }>, bounds: { first: string; last: string } | null): void {
  if (!bounds || !rows.some((r) => r.period === null)) return;
  const first = index(bounds.first);
  const count = index(bounds.last) - first + 1;
  if (count !== rows.length || count <= 0) return;
  const offsets = new Set<number>();
  for (const [i, r] of rows.entries()) {
    if (r.period !== null && index(r.period) !== first + i) return;
    if (r.paidOn) offsets.add(index(r.paidOn.slice(0, 7)) - (first + i));
  }
  const [offset] = offsets;
  if (offsets.size !== 1 || offset < 1 || offset > 3) return;
  for (const [i, r] of rows.entries()) {
    if (r.period !== null) continue;
    r.period = month(first + i);
    r.confidence = Math.min(r.confidence, BOUNDED_PERIOD_CONFIDENCE);
    r.repaired = 'period';
  }
}
