/**
 * Calendar arithmetic on 'YYYY-MM-DD' / 'YYYY-MM' strings in UTC. The machine's time zone must
 * never move a date: Beijing dates are calendar facts, not instants.
 */

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(Date.UTC(y, m - 1, d + days));
}

/** Adds calendar months; a day past the target month's end is clamped (01-31 + 1 month = 02-28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const td = Math.min(d, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * Months from `from` to `to` as a decimal: whole calendar months, plus the rest as a fraction of
 * the following month. Negative when `to` is before `from`. Rounded to 0.1 for reporting.
 */
export function monthsBetween(from: string, to: string): number {
  if (to < from) return -monthsBetween(to, from);
  let whole = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  while (whole > 0 && addMonths(from, whole) > to) whole--;
  const anchor = addMonths(from, whole);
  const next = addMonths(from, whole + 1);
  const fraction = daysBetween(anchor, to) / daysBetween(anchor, next);
  return Math.round((whole + fraction) * 10) / 10;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonthsToMonth(month: string, months: number): string {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

/** The `count` full months before the month of `date`, oldest first (2021-08-20, 12 → 2020-08…2021-07). */
export function monthsBefore(date: string, count: number): string[] {
  const first = addMonthsToMonth(monthOf(date), -count);
  return Array.from({ length: count }, (_, i) => addMonthsToMonth(first, i));
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && addDays(value, 0) === value;
}
