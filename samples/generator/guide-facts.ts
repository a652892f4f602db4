/**
 * The generator's own reading of the guide, used to decide expected flags by construction. It
 * deliberately does not import the project's rules: when the two disagree, the guide decides.
 */
import calendar from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, monthsBefore } from './dates.ts';
import type { IncomeRow } from './docs/content.ts';
import type { FlagCode } from '../../rules/contract/index.ts';

/** 全口径城镇单位就业人员月平均工资 by data year (guide table 2017–2020; 2021–2024 as published later). */
const WAGES: Record<number, number> = { 2017: 8467, 2018: 7855, 2019: 8847, 2020: 9407, 2021: 10628, 2022: 11297, 2023: 11761, 2024: 11937 };

/**
 * Guide 二（二）: 1.2× (high-tech, key, public institution) or 1.5× (other) the figure of the year
 * before the application year, rounded half up to whole yuan as the guide's table prints it; the
 * last published figure while that one is not out (注) — then `provisional`.
 */
export function incomeThreshold(date: string, category: string): { amount: number; provisional: boolean } {
  const want = Number(date.slice(0, 4)) - 1;
  const year = Math.max(...Object.keys(WAGES).map(Number).filter((y) => y <= want));
  const tenths = (category === 'other' ? 15 : 12) * WAGES[year];
  return { amount: Math.floor((tenths + 5) / 10), provisional: year !== want };
}

const HOLIDAYS: Record<string, string> = calendar.holidays;
const WORKDAYS: Record<string, string> = calendar.workdays;
function isWorkingDay(d: string): boolean {
  if (WORKDAYS[d]) return true;
  if (HOLIDAYS[d]) return false;
  const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}
const COVERED = [...Object.keys(HOLIDAYS), ...Object.keys(WORKDAYS)].map((d) => Number(d.slice(0, 4)));
/** Whether the holiday data (the published State Council schedules) reaches the year of `date`. */
export function calendarCovers(date: string): boolean {
  const y = Number(date.slice(0, 4));
  return y >= Math.min(...COVERED) && y <= Math.max(...COVERED);
}

/** Working days from `filed` (counted: review starts that day) up to `expiry` (not counted). */
export function workingDaysLeft(filed: string, expiry: string): number {
  let n = 0;
  for (let d = filed; d < expiry; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}
/** The earliest expiry that leaves exactly `n` working days for review from `filed`. */
export function expiryLeaving(filed: string, n: number): string {
  let d = filed;
  let left = isWorkingDay(d) ? n - 1 : n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return addDays(d, 1);
}

/**
 * Guide 五（三）（四）: a renewal within 60 days before expiry; renewal and employer change leave
 * the 20 working days of review before the expiry day.
 */
export function windowOk(type: 'renewal' | 'employer_change', filed: string, expiry: string): boolean {
  if (filed > expiry) return false;
  if (type === 'renewal' && filed < addDays(expiry, -60)) return false;
  return workingDaysLeft(filed, expiry) >= 20;
}

export interface PlannedFlag {
  code: FlagCode;
  file: string | null;
  why: string;
}

/**
 * Guide 二（二）, 四（二）, 五（二）3 on a new application's 申报收入查询 rows: every month of the 12
 * before the application month is on record; rows withheld by another unit are PAYER_MISMATCH and
 * count 0 toward the employer's monthly average (月均应税收入额 from the applying employer).
 */
export function newIncomeFlags(rows: IncomeRow[], date: string, employer: string, category: string, incomeFile: string): PlannedFlag[] {
  const months = monthsBefore(date, 12);
  const inWindow = rows.filter((r) => months.includes(r.period));
  const out: PlannedFlag[] = [];
  const missing = months.filter((m) => !inWindow.some((r) => r.period === m));
  if (missing.length) out.push({ code: 'INCOME_MONTHS_MISSING', file: null, why: `no record for ${missing.join(', ')}` });
  const others = inWindow.filter((r) => r.payer !== employer);
  if (others.length) out.push({ code: 'PAYER_MISMATCH', file: incomeFile, why: `${others[0].payer} withheld ${others.length} month(s)` });
  const own = inWindow.filter((r) => r.payer === employer).reduce((s, r) => s + r.income, 0);
  const t = incomeThreshold(date, category);
  const average = Math.round((own / 12) * 100) / 100;
  if (average < t.amount) out.push({ code: 'INCOME_BELOW_THRESHOLD', file: null, why: `average ${average} < ${t.amount}` });
  if (t.provisional) out.push({ code: 'WAGE_FIGURE_PROVISIONAL', file: null, why: `${Number(date.slice(0, 4)) - 1} wage figure not published; the last one applies` });
  return out;
}

/** Guide 五（三）1 and 注意事项(2): 36 months on record, each month's wage ≥ 5000 (个税起征点 from 2018-10). */
export function renewalIncomeFlags(rows: IncomeRow[], date: string): PlannedFlag[] {
  const months = monthsBefore(date, 36);
  const out: PlannedFlag[] = [];
  const missing = months.filter((m) => !rows.some((r) => r.period === m));
  if (missing.length) out.push({ code: 'INCOME_MONTHS_MISSING', file: null, why: `renewal needs 36 months; ${missing.length} not on record` });
  const low = rows.filter((r) => months.includes(r.period) && r.income < (r.period >= '2018-10' ? 5000 : 3500));
  if (low.length) out.push({ code: 'RENEWAL_INCOME_BELOW_FLOOR', file: null, why: `${low.map((r) => `${r.period} ${r.income}`).join(', ')} under the 个税起征点` });
  return out;
}
