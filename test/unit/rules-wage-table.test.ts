import { describe, expect, it } from 'vitest';
import { BEIJING_WAGE_TABLE, multipleOfWage, wageFigureFor } from '../../rules/index.ts';

// The guide's table (二（二）), row by row: 申报年, 基数年, monthly, 1.2×, 1.5×, 3×, 6×.
const GUIDE_TABLE = [
  [2018, 2017, 8467, 10160, 12701, 25401, 50802],
  [2019, 2018, 7855, 9426, 11783, 23565, 47130],
  [2020, 2019, 8847, 10616, 13271, 26541, 53082],
  [2021, 2020, 9407, 11288, 14111, 28221, 56442],
] as const;

// Later years computed the same way (research notes §4), including the 4×/8× columns of other districts.
const LATER = [
  [2022, 10628, 12754, 15942, 31884, 42512, 63768, 85024],
  [2023, 11297, 13556, 16946, 33891, 45188, 67782, 90376],
  [2024, 11761, 14113, 17642, 35283, 47044, 70566, 94088],
  [2025, 11937, 14324, 17906, 35811, 47748, 71622, 95496],
] as const;

describe('the wage table', () => {
  it.each(GUIDE_TABLE)('when applying in %i, then the %i figure %i gives the guide columns exactly', (appYear, dataYear, monthly, x12, x15, x3, x6) => {
    const { figure, provisional } = wageFigureFor(appYear - 1, BEIJING_WAGE_TABLE)!;
    expect([figure.year, figure.monthly, provisional]).toEqual([dataYear, monthly, false]);
    expect([1.2, 1.5, 3, 6].map((m) => multipleOfWage(monthly, m))).toEqual([x12, x15, x3, x6]);
  });

  it.each(LATER)('when applying in %i, then the columns are the rounded multiples of %i', (appYear, monthly, x12, x15, x3, x4, x6, x8) => {
    expect(wageFigureFor(appYear - 1, BEIJING_WAGE_TABLE)!.figure.monthly).toBe(monthly);
    expect([1.2, 1.5, 3, 4, 6, 8].map((m) => multipleOfWage(monthly, m))).toEqual([x12, x15, x3, x4, x6, x8]);
  });

  it('when the half is exactly .5 (8467 × 1.5 = 12700.5), then it rounds up to 12701', () => {
    expect(multipleOfWage(8467, 1.5)).toBe(12701);
  });

  it.each([
    [2024, 2024, false],
    [2025, 2024, true],
    [2029, 2024, true],
  ])('when the wanted data year is %i, then the figure of %i is used (provisional %s)', (wanted, used, provisional) => {
    const lookup = wageFigureFor(wanted, BEIJING_WAGE_TABLE)!;
    expect([lookup.figure.year, lookup.provisional]).toEqual([used, provisional]);
  });

  it('when no figure precedes the year, then there is none', () => {
    expect(wageFigureFor(2010, BEIJING_WAGE_TABLE)).toBeNull();
  });
});
