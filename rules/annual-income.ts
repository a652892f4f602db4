import type { Flag } from './contract/index.ts';
import { monthsBefore } from './dates.ts';
import { makeFlag } from './flag.ts';
import { windowFlags } from './income-threshold.ts';
import { collectIncomeRows, incomeWindow } from './income-rows.ts';
import { docsOfKind, type RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';
import { multipleOfWage, wageFigureFor } from './wage-threshold.ts';

/**
 * Guide 二（二）4 and 5: "近3年每年应税收入超过上一年度本市社平工资3倍 / 6倍". Read as: for each of the
 * three calendar years before the application year, that year's income from the employer exceeds
 * ("超过": strictly) 12 × the guide's monthly 3×/6× figure of the year before it. Gaps and other
 * payers in the months the 12-month rule does not already cover are flagged here.
 */
export function checkAnnualIncome(ctx: RuleContext): RuleResult {
  const condition = ctx.caseFields.condition;
  if ((ctx.caseFields.applicationType ?? 'new') !== 'new') return { flags: [] };
  if (condition !== 'innovation_income' && condition !== 'service_income') return { flags: [] };
  const multiplier = condition === 'innovation_income' ? ctx.config.innovationIncomeMultiplier : ctx.config.serviceIncomeMultiplier;
  const docs = docsOfKind(ctx, 'income_query');
  const employer = ctx.caseFields.employer?.name;
  if (!docs.length || !employer) return { flags: [] };
  const rows = collectIncomeRows(docs);
  if (!rows.length) return { flags: [] }; // the 12-month rule already asks for review
  const appYear = Number(ctx.applicationDate.slice(0, 4));
  const years = [appYear - 3, appYear - 2, appYear - 1];
  const months = years.flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`));
  const recent = new Set(monthsBefore(ctx.applicationDate, ctx.config.incomeWindowMonths));
  const file = docs[0].file;
  const flags: Flag[] = windowFlags(incomeWindow(rows, months.filter((m) => !recent.has(m)), employer, ctx.config.incomeBasis), file, employer);
  const window = incomeWindow(rows, months, employer, ctx.config.incomeBasis);
  for (const year of years) {
    const lookup = wageFigureFor(year - 1, ctx.wages);
    if (!lookup) {
      flags.push(makeFlag('EXTRACTION_UNCERTAIN', 'review', `缺少${year - 1}年社平工资数据，无法核对${year}年应税收入`, { clause: '二（二）4, 5', file }));
      continue;
    }
    const needed = multipleOfWage(lookup.figure.monthly, multiplier) * 12;
    const total = Math.round(months.filter((m) => m.startsWith(`${year}-`)).reduce((s, m) => s + (window.byMonth.get(m) ?? 0), 0) * 100) / 100;
    if (total <= needed) {
      // As for the 12-month test: a reject needs every row of the year read at or above the reject
      // gate (data/reject-gate.ts) or vouched, and no month unread or of unread payer.
      const yearWindow = incomeWindow(rows, months.filter((m) => m.startsWith(`${year}-`)), employer, ctx.config.incomeBasis);
      const sure = yearWindow.surelyRead && !yearWindow.unreadMonths.length && !yearWindow.payerUnread.length && !yearWindow.unsurePayers.size;
      const what = `${year}年应税收入${total}元，未超过${lookup.figure.year}年社平工资${lookup.figure.monthly}元/月的${multiplier}倍（全年${needed}元）`;
      flags.push(
        makeFlag('ANNUAL_INCOME_BELOW_MULTIPLE', sure ? 'reject' : 'review', sure ? what : `${what}；部分收入记录识别把握不足，请人工核对；如属实，不符合该申报条件`, {
          file,
          value: total,
          expected: needed,
        }),
      );
    }
  }
  return { flags };
}
