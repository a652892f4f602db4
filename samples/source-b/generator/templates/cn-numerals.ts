/**
 * Dates written in Chinese numerals, the way contracts and certificates print them: the year digit
 * by digit with 〇 (二〇二一年), month and day as counted numbers (十二月, 二十八日, 三十一日).
 */
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 2021 → 二〇二一: each digit on its own, as years are read. `zero` swaps 〇 for 零 (some printers do). */
export function cnYear(year: number, zero: '〇' | '零' = '〇'): string {
  if (!Number.isInteger(year) || year < 0) throw new RangeError(`not a year: ${year}`);
  return String(year)
    .split('')
    .map((c) => (c === '0' ? zero : DIGITS[Number(c)]))
    .join('');
}

/** 1–99 as a counted number: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 28 → 二十八. */
export function cnCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`cnCount takes 1–99, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones ? DIGITS[ones] : '');
}

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** '2021-03-01' → 二〇二一年三月一日. */
export function cnDate(iso: string, zero: '〇' | '零' = '〇'): string {
  const [y, m, d] = parts(iso);
  return `${cnYear(y, zero)}年${cnCount(m)}月${cnCount(d)}日`;
}

/** The three parts on their own, for forms with 年/月/日 blanks: ['二〇二一', '三', '一']. */
export function cnDateParts(iso: string): [string, string, string] {
  const [y, m, d] = parts(iso);
  return [cnYear(y), cnCount(m), cnCount(d)];
}
