import calendar from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays } from './dates.ts';

/**
 * The statutory working-day calendar (holidays and 调休 make-up days) from the maintained
 * `chinese-days` package. Its data is read directly and stepped here on date strings: the
 * package's own date functions parse through local time and drift by a day outside UTC+8
 * (e.g. under America/Los_Angeles), and Beijing deadlines must not depend on the server.
 */
const HOLIDAYS: Record<string, string> = calendar.holidays;
const MAKE_UP_WORKDAYS: Record<string, string> = calendar.workdays;

const covered = [...Object.keys(HOLIDAYS), ...Object.keys(MAKE_UP_WORKDAYS)].map((d) => Number(d.slice(0, 4)));
/** Years whose holiday schedule the calendar data contains; outside them weekdays are assumed. */
export const CALENDAR_YEARS = { first: Math.min(...covered), last: Math.max(...covered) } as const;

export function isCalendarCovered(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last;
}

export function isWorkingDay(date: string): boolean {
  if (MAKE_UP_WORKDAYS[date]) return true;
  if (HOLIDAYS[date]) return false;
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/**
 * The date `count` working days before (`count` < 0) or after `date`, not counting `date` itself —
 * the same convention as chinese-days' findWorkday. `shiftWorkingDays('2021-10-12', -1)` is
 * 2021-10-11; across 国庆 2021 (10-01…07 off, 10-09 worked) `-6` from 10-12 is 09-28.
 */
export function shiftWorkingDays(date: string, count: number): string {
  const step = count < 0 ? -1 : 1;
  let left = Math.abs(count);
  let day = date;
  while (left > 0) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left--;
  }
  return day;
}
