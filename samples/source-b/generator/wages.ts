/**
 * Monthly 工资薪金 series with the tax a withholding agent would have paid. From 2019 the agent
 * withholds by the cumulative method (累计预扣法: year-to-date income less 5000 a month, the
 * employee's insurance and fund share and the special additional deductions, taxed on the annual
 * table, minus what was already withheld); before 2019 each month was taxed on its own.
 */
import { addDays, addMonthToMonth } from '../../generator/dates.ts';
import type { Company, WageMonth } from './content.ts';
import type { RandomStream } from './rng.ts';
import { taxAuthorityOf } from './company.ts';

const ANNUAL: [number, number, number][] = [
  // upper bound of the year-to-date taxable income, rate, quick deduction
  [36000, 0.03, 0],
  [144000, 0.1, 2520],
  [300000, 0.2, 16920],
  [420000, 0.25, 31920],
  [660000, 0.3, 52920],
  [960000, 0.35, 85920],
  [Infinity, 0.45, 181920],
];
const MONTHLY_2018_Q4: [number, number, number][] = [
  [3000, 0.03, 0],
  [12000, 0.1, 210],
  [25000, 0.2, 1410],
  [35000, 0.25, 2660],
  [55000, 0.3, 4410],
  [80000, 0.35, 7160],
  [Infinity, 0.45, 15160],
];
const MONTHLY_OLD: [number, number, number][] = [
  [1500, 0.03, 0],
  [4500, 0.1, 105],
  [9000, 0.2, 555],
  [35000, 0.25, 1005],
  [55000, 0.3, 2755],
  [80000, 0.35, 5505],
  [Infinity, 0.45, 13505],
];

function onTable(table: [number, number, number][], taxable: number): number {
  if (taxable <= 0) return 0;
  const [, rate, quick] = table.find(([top]) => taxable <= top)!;
  return taxable * rate - quick;
}

const cents = (n: number): number => Math.round(n * 100) / 100;

/** The income before tax of each month, as the plan wants it, and who paid it. */
export interface WageInput {
  period: string;
  income: number;
  payer: Company;
}

export interface TaxProfile {
  /** The wage the social insurance and housing fund are computed on (capped). */
  insuranceBase: number;
  /** 专项附加扣除 a month (children, housing rent, elderly parents …), from 2019. */
  additional: number;
}

/** Tax of each month: cumulative per (tax year, payer) from 2019, month by month before. */
export function withhold(inputs: WageInput[], profile: TaxProfile): number[] {
  const ytd = new Map<string, { income: number; months: number; tax: number }>();
  return inputs.map((m) => {
    const insurance = Math.min(profile.insuranceBase, 31884) * 0.225;
    if (m.period < '2019-01') {
      const allowance = m.period >= '2018-10' ? 5000 : 3500;
      return cents(onTable(m.period >= '2018-10' ? MONTHLY_2018_Q4 : MONTHLY_OLD, m.income - allowance - insurance));
    }
    const key = `${m.period.slice(0, 4)}|${m.payer.name}`;
    const y = ytd.get(key) ?? { income: 0, months: 0, tax: 0 };
    y.income += m.income;
    y.months += 1;
    const taxable = y.income - y.months * (5000 + insurance + profile.additional);
    const due = cents(Math.max(0, onTable(ANNUAL, taxable) - y.tax));
    y.tax += due;
    ytd.set(key, y);
    return due;
  });
}

/** The day the agent paid the month's tax: in the following month, on a weekday by the 20th. */
export function paidOnFor(period: string, rng: RandomStream): string {
  let d = `${addMonthToMonth(period, 1)}-${String(rng.integer(7, 18)).padStart(2, '0')}`;
  for (let i = 0; i < 3; i++) {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) break;
    d = addDays(d, 1);
  }
  return d;
}

export interface SeriesPlan {
  /** The months printed, oldest first. */
  months: string[];
  /** Average monthly income over `months` (exact to the cent when `exact`). */
  average: number;
  payerOf: (period: string) => Company;
  /** Month (1–12) the year-end bonus is paid in, or null for none. */
  bonusMonth?: number | null;
  /** Months whose income is fixed by the plan (a month under the floor); the tax follows from them. */
  fixed?: Record<string, number>;
}

/**
 * A wage series: a base salary with small monthly variation (overtime, allowances, unpaid leave),
 * a raise at the start of one year, a bonus month, scaled so the months average exactly `average`.
 * The months of the tax year before the first printed one are simulated too, so the cumulative tax
 * of the first printed months is what it would have been.
 */
export function wageSeries(rng: RandomStream, plan: SeriesPlan): WageMonth[] {
  const first = plan.months[0]!;
  const lead: string[] = [];
  for (let m = `${first.slice(0, 4)}-01`; m < first; m = addMonthToMonth(m, 1)) lead.push(m);
  const all = [...lead, ...plan.months];
  const bonusMonth = plan.bonusMonth === undefined ? rng.oneOf([1, 1, 2, 12, null]) : plan.bonusMonth;
  const bonus = rng.between(1.2, 2.8);
  const raise = rng.between(1.03, 1.1);
  const roundWage = rng.yes(0.5);
  const shape = all.map((m) => {
    const yearsIn = Number(m.slice(0, 4)) - Number(first.slice(0, 4));
    let f = raise ** yearsIn * (1 + rng.gauss(0, 0.025));
    if (bonusMonth !== null && Number(m.slice(5)) === bonusMonth) f += bonus;
    if (rng.yes(0.08)) f += rng.between(0.1, 0.35); // a quarterly or project bonus
    return f;
  });
  const inWindow = shape.slice(lead.length);
  const scale = (plan.average * plan.months.length) / inWindow.reduce((s, f) => s + f, 0);
  const incomes = shape.map((f) => (roundWage ? Math.round(f * scale) : cents(f * scale)));
  // Make the window's total exact: the last month absorbs the rounding.
  const want = cents(plan.average * plan.months.length);
  const got = cents(incomes.slice(lead.length).reduce((s, v) => s + v, 0));
  incomes[incomes.length - 1] = cents(incomes[incomes.length - 1]! + want - got);
  all.forEach((m, i) => {
    const f = plan.fixed?.[m];
    if (f !== undefined) incomes[i] = f;
  });
  const profile: TaxProfile = { insuranceBase: plan.average / (1 + (bonusMonth !== null ? bonus / 12 : 0)), additional: rng.oneOf([0, 1000, 1500, 2000, 3000]) };
  const inputs = all.map((period, i) => ({ period, income: incomes[i]!, payer: plan.payerOf(period) }));
  const taxes = withhold(inputs, profile);
  return inputs.slice(lead.length).map((m, j) => {
    const i = j + lead.length;
    return {
      period: m.period,
      income: m.income,
      tax: taxes[i]!,
      payer: m.payer.name,
      payerCreditCode: m.payer.creditCode,
      paidOn: paidOnFor(m.period, rng),
      authority: taxAuthorityOf(m.payer),
    };
  });
}

/** Replaces one month's income (a floor case, a month without pay) and recomputes nothing else. */
export function withIncome(row: WageMonth, income: number, tax = 0): WageMonth {
  return { ...row, income, tax };
}
