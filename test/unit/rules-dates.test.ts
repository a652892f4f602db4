import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, monthsBefore, monthsBetween } from '../../rules/dates.ts';
import { isCalendarCovered, isWorkingDay, shiftWorkingDays } from '../../rules/index.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar arithmetic', () => {
  it.each([
    ['2021-08-20', 3, '2021-11-20'],
    ['2021-11-30', 3, '2022-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2021-08-31', -1, '2021-07-31'],
    ['2021-03-31', -1, '2021-02-28'],
  ])('when %s plus %i months, then %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('when applying on 2021-08-20, then the 12-month window is 2020-08…2021-07', () => {
    const w = monthsBefore('2021-08-20', 12);
    expect([w[0], w[11], w.length]).toEqual(['2020-08', '2021-07', 12]);
  });

  it.each([
    ['2020-08-20', '2021-08-20', 12],
    ['2020-08-21', '2021-08-20', 12], // 11.97, rounded for reporting only; rules decide on dates
    ['2021-08-20', '2023-02-28', 18.3],
    ['2021-08-20', '2021-08-19', -0],
  ])('when counting months from %s to %s, then %d', (a, b, m) => {
    expect(monthsBetween(a, b)).toBeCloseTo(m, 5);
  });
});

describe('statutory working days (chinese-days data, 调休 included)', () => {
  it.each([
    ['2021-09-18', true], // Saturday make-up day for 中秋
    ['2021-09-20', false], // 中秋 holiday on a Monday
    ['2021-10-09', true], // Saturday make-up day for 国庆
    ['2021-10-07', false],
    ['2021-10-16', false], // ordinary Saturday
  ])('when the date is %s, then working day is %s', (date, work) => {
    expect(isWorkingDay(date)).toBe(work);
  });

  it.each([
    // the 20th working day before 2021-10-12 crosses 国庆 and 中秋 and counts 10-09, 09-26, 09-18
    ['2021-10-12', -20, '2021-09-08'],
    ['2026-10-15', -20, '2026-09-11'],
    ['2026-03-15', -20, '2026-02-10'],
    ['2026-02-14', 1, '2026-02-24'],
  ])('when shifting %s by %i working days, then %s', (date, n, expected) => {
    expect(shiftWorkingDays(date, n)).toBe(expected);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC', 'Asia/Shanghai'])(
    'when the process runs in %s, then working-day results do not move',
    (tz) => {
      process.env.TZ = tz;
      expect(shiftWorkingDays('2026-03-15', -20)).toBe('2026-02-10');
      expect(shiftWorkingDays('2021-10-12', -20)).toBe('2021-09-08');
      expect(addMonths('2021-11-30', 3)).toBe('2022-02-28');
      expect(isWorkingDay('2021-09-18')).toBe(true);
    },
  );

  it('when a date lies past the calendar data, then it is reported as not covered', () => {
    expect(isCalendarCovered('2026-12-31')).toBe(true);
    expect(isCalendarCovered('2027-01-04')).toBe(false);
  });
});
