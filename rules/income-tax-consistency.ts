import type { DocumentReport, Flag } from './contract/index.ts';
import { monthsBefore } from './dates.ts';
import { makeFlag } from './flag.ts';
import { collectIncomeRows, countsUnderBasis } from './income-rows.ts';
import { amountsVouched, recordIncomplete } from './record-completeness.ts';
import { mayReject } from './data/reject-gate.ts';
import { docsOfKind, type RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/** Annual comprehensive-income brackets (个税法 综合所得税率表): upper limit, rate, quick deduction. */
const BRACKETS: readonly [number, number, number][] = [
  [36000, 0.03, 0],
  [144000, 0.1, 2520],
  [300000, 0.2, 16920],
  [420000, 0.25, 31920],
  [660000, 0.3, 52920],
  [960000, 0.35, 85920],
  [Infinity, 0.45, 181920],
];
function taxOn(taxable: number): number {
  if (taxable <= 0) return 0;
  const [, rate, quick] = BRACKETS.find(([limit]) => taxable <= limit)!;
  return taxable * rate - quick;
}

/**
 * Generous bounds for a plausible taxpayer: social insurance and housing fund take at most 25% of
 * wage; special additional deductions at most 10000 a month. Tax paid outside
 * [tax with every deduction maxed, tax with none] cannot come from the declared income.
 */
const MAX_SOCIAL_SHARE = 0.25;
const MAX_SPECIAL_MONTHLY = 10000;
const TOLERANCE = 10; // yuan, for rounding and late corrections

/**
 * Guide 五（二）3 asks for both 纳税记录 and 申报收入查询; forged printouts are common (research §1.5),
 * so they must tell the same story (review, never reject):
 * - every month with declared wage income has a tax-record row, and the other way round;
 * - under cumulative withholding (累计预扣法), tax paid from January up to a month lies between the
 *   tax due with maximal deductions and with none. Checked only for years whose January is on
 *   record, up to the first gap, as the cumulative sums are otherwise unknown.
 */
export function checkIncomeTaxConsistency(ctx: RuleContext): RuleResult {
  const incomeDocs = docsOfKind(ctx, 'income_query');
  const taxDocs = docsOfKind(ctx, 'tax_record');
  if (!incomeDocs.length || !taxDocs.length) return { flags: [] };
  const type = ctx.caseFields.applicationType ?? 'new';
  const count = type === 'renewal' ? ctx.config.renewalRecordMonths : ctx.config.incomeWindowMonths;
  const months = monthsBefore(ctx.applicationDate, count);
  const { income, taxes, unsure } = monthlySums(incomeDocs, taxDocs, months);
  if (!income.size || !taxes.size) return { flags: [] }; // unreadable: the income rules ask for review
  const flags: Flag[] = [];
  const at = { file: taxDocs[0].file };
  // A month absent from a record read only in part is a month not read, not a disagreement: it goes
  // to review as such (the income rules already say so for the months they check).
  const incomePartial = incomeDocs.find((d) => recordIncomplete(d, 'income'));
  const taxPartial = taxDocs.find((d) => recordIncomplete(d, 'taxes'));
  // A month seen on one side only on a row read below the reject gate may be a misread month: no finding rests on it.
  const missingIncome = [...taxes.keys()].filter((m) => !income.has(m) && !unsure.has(m)).sort();
  const missingTax = [...income.keys()].filter((m) => !taxes.has(m) && !unsure.has(m)).sort();
  const onlyTax = incomePartial ? [] : missingIncome;
  const onlyIncome = taxPartial ? [] : missingTax;
  if (taxPartial && missingTax.length) {
    flags.push(
      makeFlag('EXTRACTION_UNCERTAIN', 'review', `《纳税记录》未能读取${missingTax.join('、')}的记录（所读记录与合计不符），无法核对与《申报收入查询》是否一致，请人工核对`, {
        clause: '五（二）3',
        file: taxPartial.file,
        value: missingTax,
      }),
    );
  }
  const incomeChecked = type === 'new' || type === 'renewal';
  if (incomePartial && missingIncome.length && !incomeChecked) {
    flags.push(
      makeFlag('EXTRACTION_UNCERTAIN', 'review', `《申报收入查询》未能读取${missingIncome.join('、')}的收入记录（所读记录与合计不符），无法核对与《纳税记录》是否一致，请人工核对`, {
        clause: '五（二）3',
        file: incomePartial.file,
        value: missingIncome,
      }),
    );
  }
  if (onlyIncome.length || onlyTax.length) {
    const parts = [
      onlyIncome.length ? `${onlyIncome.join('、')}在《申报收入查询》中有收入但《纳税记录》中无记录` : '',
      onlyTax.length ? `${onlyTax.join('、')}在《纳税记录》中有记录但《申报收入查询》中无收入` : '',
    ].filter(Boolean);
    flags.push(makeFlag('INCOME_TAX_INCONSISTENT', 'review', `两份收入材料月份不一致：${parts.join('；')}，请人工核对材料真实性；如有遗漏，请重新开具两份材料后上传`, { ...at, value: { onlyIncome, onlyTax } }));
  }
  const implausible = implausibleMonths(months, income, taxes, unsure);
  if (implausible.length) {
    flags.push(
      makeFlag('INCOME_TAX_INCONSISTENT', 'review', `按累计预扣法，${implausible.join('、')}的已缴税额与申报收入不相符，请人工核对材料真实性；请上传从个税系统直接开具的原始材料`, {
        ...at,
        value: implausible,
      }),
    );
  }
  return { flags };
}

/**
 * Wage income and tax paid per month of the window, and the months with a row on either side
 * read below the reject gate (data/reject-gate.ts) that no printed total vouches for.
 */
export function monthlySums(incomeDocs: readonly DocumentReport[], taxDocs: readonly DocumentReport[], months: readonly string[]): { income: Map<string, number>; taxes: Map<string, number>; unsure: Set<string> } {
  const inWindow = new Set(months);
  const income = new Map<string, number>();
  const unsure = new Set<string>();
  for (const r of collectIncomeRows(incomeDocs)) {
    if (!inWindow.has(r.period) || !countsUnderBasis(r.item, 'wage_items')) continue;
    income.set(r.period, (income.get(r.period) ?? 0) + r.amount);
    if (!r.vouched && !mayReject('income_rows', r.confidence)) unsure.add(r.period);
  }
  const taxes = new Map<string, number>();
  for (const d of taxDocs) {
    const vouched = amountsVouched(d, 'taxes');
    for (const r of d.taxes) {
      if (!inWindow.has(r.period)) continue;
      taxes.set(r.period, (taxes.get(r.period) ?? 0) + r.amount);
      if (!vouched && !mayReject('tax_rows', r.confidence)) unsure.add(r.period);
    }
  }
  return { income, taxes, unsure };
}

/**
 * Months whose cumulative tax (累计预扣法) cannot come from the cumulative income declared. Only
 * from a January on record, and only up to the first month not on record or read below the
 * reject gate: past it the cumulative sums are unknown (a gap is INCOME_MONTHS_MISSING already).
 */
export function implausibleMonths(months: readonly string[], income: ReadonlyMap<string, number>, taxes: ReadonlyMap<string, number>, unsure: ReadonlySet<string>): string[] {
  const inWindow = new Set(months);
  const implausible: string[] = [];
  for (const year of new Set(months.map((m) => m.slice(0, 4)))) {
    if (!income.has(`${year}-01`)) continue;
    let cumIncome = 0;
    let cumTax = 0;
    for (let k = 1; k <= 12; k++) {
      const month = `${year}-${String(k).padStart(2, '0')}`;
      if (!inWindow.has(month) || !income.has(month) || !taxes.has(month) || unsure.has(month)) break;
      cumIncome += income.get(month) ?? 0;
      cumTax += taxes.get(month) ?? 0;
      const most = taxOn(cumIncome - 5000 * k);
      const least = taxOn(cumIncome * (1 - MAX_SOCIAL_SHARE) - (5000 + MAX_SPECIAL_MONTHLY) * k);
      if (cumTax > most + TOLERANCE || cumTax < least - TOLERANCE) implausible.push(month);
    }
  }
  return implausible;
}

/**
 * The tax record confirms the income read for the window: a tax-record row, read surely, for every
 * month with income, and the cumulative tax of each year plausible for that income.
 */
export function taxRecordAgrees(ctx: RuleContext, months: readonly string[]): boolean {
  const taxDocs = docsOfKind(ctx, 'tax_record');
  if (!taxDocs.length) return false;
  const { income, taxes, unsure } = monthlySums(docsOfKind(ctx, 'income_query'), taxDocs, months);
  if (![...income.keys()].every((m) => taxes.has(m) && !unsure.has(m))) return false;
  return implausibleMonths(months, income, taxes, unsure).length === 0;
}
