import { MIN_FIELD_CONFIDENCE } from './data/cut-offs.ts';
import { addMonths, addMonthsToMonth, monthOf, monthsBetween } from './dates.ts';
import { makeFlag } from './flag.ts';
import { collectIncomeRows, surelyRead } from './income-rows.ts';
import { mayReject } from './data/reject-gate.ts';
import { matchUnit } from './names.ts';
import { docsOfKind, type RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/**
 * First month of the unbroken run of income from the employer that reaches the month before the
 * application — the longest employment the income records can vouch for. Null without such a run.
 */
function incomeRunStart(ctx: RuleContext, employer: string): string | null {
  const months = new Set(
    collectIncomeRows(docsOfKind(ctx, 'income_query'))
      .filter((r) => r.payer && matchUnit(r.payer, employer) !== 'different')
      .map((r) => r.period),
  );
  let month = addMonthsToMonth(monthOf(ctx.applicationDate), -1);
  if (!months.has(month)) return null;
  while (months.has(addMonthsToMonth(month, -1))) month = addMonthsToMonth(month, -1);
  return month;
}

/**
 * Guide 二（二）: "在聘用单位连续聘用1年以上", for a new application. Employment runs from the labour
 * contract's start to the application date; without a readable start, from the first month of
 * unbroken income from the employer. A contract that starts late while the income shows the
 * longer employment (a renewed contract) goes to review instead of being rejected.
 */
export function checkEmployment(ctx: RuleContext): RuleResult {
  const type = ctx.caseFields.applicationType ?? 'new';
  const employer = ctx.caseFields.employer?.name;
  if (type !== 'new') return { flags: [] };
  const contract = docsOfKind(ctx, 'labor_contract')[0];
  const term = contract?.term;
  const trustedStart = term?.start && (term.confidence ?? 1) >= MIN_FIELD_CONFIDENCE ? term.start : null;
  const run = employer ? incomeRunStart(ctx, employer) : null;
  const min = ctx.config.minEmploymentMonths;
  if (!trustedStart && !run) {
    if (!contract) return { flags: [] }; // MATERIAL_MISSING says so
    return {
      flags: [makeFlag('EXTRACTION_UNCERTAIN', 'review', '未能识别劳动合同起始日期，无法核对是否连续聘用1年以上，请人工核对', { clause: '二（二）', file: contract.file, page: term?.page ?? null })],
    };
  }
  const start = trustedStart ?? `${run}-01`;
  const months = monthsBetween(start, ctx.applicationDate);
  const facts = { employmentMonths: months };
  // Decided on dates, not on the rounded month count: start + 12 months must be reached.
  if (addMonths(start, min) <= ctx.applicationDate) return { flags: [], facts };
  const incomeSaysLonger = trustedStart !== null && run !== null && addMonths(`${run}-01`, min) <= ctx.applicationDate;
  // A start the reject gate trusts (data/reject-gate.ts): the contract's, read at or above the term's
  // gate, or the income run's, on rows all read surely (an unread month cuts the run short).
  const sure = trustedStart ? mayReject('term', term?.confidence) : surelyRead({ months: [...incomeMonths(ctx)] }, collectIncomeRows(docsOfKind(ctx, 'income_query')));
  return {
    facts,
    flags: [
      makeFlag(
        'EMPLOYMENT_TOO_SHORT',
        incomeSaysLonger || !sure ? 'review' : 'reject',
        incomeSaysLonger
          ? `劳动合同自${start}起，至申请日不满${min}个月，但收入记录显示更早受聘于本单位；如为续签合同请一并提供前一份合同`
          : sure
            ? `在本单位连续聘用自${start}起，至申请日${ctx.applicationDate}约${months}个月，不满${min}个月`
            : `在本单位连续聘用识别为自${start}起，至申请日${ctx.applicationDate}约${months}个月，不满${min}个月，但所读日期或收入记录把握不足，请人工核对；如属实，不符合连续聘用1年以上的条件`,
        { file: contract?.file ?? null, page: term?.page ?? null, value: months, expected: min, text: term?.text ?? null },
      ),
    ],
  };
}

/** Every month with an income row (the window of the income run). */
function incomeMonths(ctx: RuleContext): Set<string> {
  return new Set(collectIncomeRows(docsOfKind(ctx, 'income_query')).map((r) => r.period));
}
