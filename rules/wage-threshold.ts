import type { DistrictConfig } from './data/district-config.ts';
import type { WageFigure, WageTable } from './data/wage-table.ts';

/**
 * multiplier × monthly wage rounded half up to whole yuan, as the guide's table does
 * (8467 × 1.5 = 12700.5 → 12701). Computed in tenths so 1.2 × 9407 is not 11288.399….
 */
export function multipleOfWage(monthly: number, multiplier: number): number {
  const tenths = Math.round(multiplier * 10) * monthly;
  return Math.floor((tenths + 5) / 10);
}

export interface WageLookup {
  figure: WageFigure;
  /** The year the guide asks for (application year − 1 or the given year). */
  wantedYear: number;
  /** The wanted year is not in the table; the latest earlier figure is used (guide 二（二）注). */
  provisional: boolean;
}

/** The wage figure of `year`, or — not yet published — the latest one before it. Null if none. */
export function wageFigureFor(year: number, wages: WageTable): WageLookup | null {
  const exact = wages.find((w) => w.year === year);
  if (exact) return { figure: exact, wantedYear: year, provisional: false };
  const earlier = wages.filter((w) => w.year < year).sort((a, b) => b.year - a.year)[0];
  return earlier ? { figure: earlier, wantedYear: year, provisional: true } : null;
}

export type EmployerCategory = 'high_tech' | 'key' | 'public_institution' | 'other';

export function monthlyMultiplier(category: EmployerCategory, config: DistrictConfig): number {
  return category === 'other' ? config.otherMultiplier : config.preferredMultiplier;
}
