import type { Flag } from './contract/index.ts';
import { monthsBefore } from './dates.ts';
import { makeFlag } from './flag.ts';
import { windowFlags } from './income-threshold.ts';
import { collectIncomeRows, incomeWindow, surelyRead } from './income-rows.ts';
import { docsOfKind, type RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/**
 * Guide 五（三）1 and 注意事项(2): a renewal shows three years (36 months) of income from the permit's
 * employer, and each month's 工资、薪金 taxable income (before special deductions) is at least the
 * 个税起征点 — 5000 from 2018-10, 3500 before ("不低于": exactly the floor passes).
 */
export function checkRenewalIncome(ctx: RuleContext): RuleResult {
  if (ctx.caseFields.applicationType !== 'renewal') return { flags: [] };
  const docs = docsOfKind(ctx, 'income_query');
  const employer = ctx.caseFields.employer?.name;
  if (!docs.length) return { flags: [] };
  const file = docs[0].file;
  if (!employer) return { flags: [makeFlag('CASE_RULE_SKIPPED', 'info', '申请未填写用人单位名称，未核对续签收入', { clause: '五（三）', file })] };
  const rows = collectIncomeRows(docs);
  if (!rows.length) {
    return { flags: [makeFlag('EXTRACTION_UNCERTAIN', 'review', '《申报收入查询》中未能读取到收入记录，无法核对续签收入，请人工核对', { clause: '五（三）', file })] };
  }
  const months = monthsBefore(ctx.applicationDate, ctx.config.renewalRecordMonths);
  const window = incomeWindow(rows, months, employer, 'wage_items');
  const flags: Flag[] = windowFlags(window, file, employer);
  const below: { month: string; amount: number; floor: number }[] = [];
  for (const month of months) {
    const amount = window.byMonth.get(month);
    if (amount === undefined) continue; // a missing month is INCOME_MONTHS_MISSING
    const floor = floorFor(month, ctx.config.renewalFloor);
    if (amount < floor) below.push({ month, amount: Math.round(amount * 100) / 100, floor });
  }
  if (below.length) {
    const page = rows.find((r) => r.period === below[0].month)?.page ?? null;
    // A month whose rows were read below the reject gate, with no printed total vouching for them,
    // may have been misread low: a reviewer decides.
    const sure = below.some((b) => surelyRead({ months: [b.month] }, rows));
    flags.push(
      makeFlag(
        'RENEWAL_INCOME_BELOW_FLOOR',
        sure ? 'reject' : 'review',
        `续签要求每月工资薪金应纳税所得额不低于个税起征点，以下月份低于标准：${below.map((b) => `${b.month} ${b.amount}元（应≥${b.floor}元）`).join('、')}` +
          (sure ? '' : '；以上金额未能可靠识别，请人工核对'),
        { file, page, value: below, expected: below[0].floor },
      ),
    );
  }
  return { flags, facts: { incomeMonths: window.byMonth.size } };
}

export function floorFor(month: string, floors: readonly { from: string; amount: number }[]): number {
  return [...floors].sort((a, b) => b.from.localeCompare(a.from)).find((f) => f.from <= month)?.amount ?? 0;
}
