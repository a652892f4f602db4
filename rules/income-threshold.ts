import type { Flag } from './contract/index.ts';
import { monthsBefore } from './dates.ts';
import { makeFlag } from './flag.ts';
import { collectIncomeRows, incomeWindow, type IncomeWindow } from './income-rows.ts';
import type { RuleContext } from './rule-context.ts';
import { docsOfKind } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';
import { monthlyMultiplier, multipleOfWage, wageFigureFor } from './wage-threshold.ts';

const yuan = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/**
 * Guide 二（二） and 五（二）3: over the 12 full months before the application month, the monthly
 * average of taxable income withheld by the employer is at least multiplier × the Beijing
 * average monthly wage of the year before the application year. Missing months count as 0.
 */
export function checkIncomeThreshold(ctx: RuleContext): RuleResult {
  // Renewals have their own income test (五（三）, renewal-income.ts); changes have none.
  if ((ctx.caseFields.applicationType ?? 'new') !== 'new') return { flags: [] };
  const incomeDocs = docsOfKind(ctx, 'income_query');
  const employer = ctx.caseFields.employer?.name;
  if (!incomeDocs.length) return { flags: [] }; // MATERIAL_MISSING says so
  const file = incomeDocs[0].file;
  if (!employer) {
    return { flags: [makeFlag('CASE_RULE_SKIPPED', 'info', '申请未填写用人单位名称，未核对月均应税收入', { file })] };
  }
  const rows = collectIncomeRows(incomeDocs);
  if (!rows.length) {
    return {
      flags: [makeFlag('EXTRACTION_UNCERTAIN', 'review', '《申报收入查询》中未能读取到收入记录，无法核对月均应税收入，请人工核对', { file })],
    };
  }
  const months = monthsBefore(ctx.applicationDate, ctx.config.incomeWindowMonths);
  const window = incomeWindow(rows, months, employer, ctx.config.incomeBasis);
  const flags: Flag[] = [...windowFlags(window, file, employer)];

  const appYear = Number(ctx.applicationDate.slice(0, 4));
  const lookup = wageFigureFor(appYear - 1, ctx.wages);
  if (!lookup) {
    flags.push(makeFlag('EXTRACTION_UNCERTAIN', 'review', `缺少${appYear - 1}年及以前的社平工资数据，无法核对收入标准`, { file }));
    return { flags, facts: { incomeMonths: window.byMonth.size, incomeMonthlyAverage: window.average } };
  }
  const category = ctx.caseFields.employer?.category;
  const multiplier = monthlyMultiplier(category ?? 'other', ctx.config);
  const threshold = multipleOfWage(lookup.figure.monthly, multiplier);
  if (lookup.provisional) {
    flags.push(
      makeFlag(
        'WAGE_FIGURE_PROVISIONAL',
        'info',
        `${lookup.wantedYear}年全口径城镇单位就业人员平均工资尚未公布，参照${lookup.figure.year}年（${lookup.figure.monthly}元/月）执行`,
        { value: lookup.figure.year, expected: lookup.wantedYear },
      ),
    );
  }
  if (window.average < threshold) {
    // An unknown category was measured at the stricter 1.5×; under 1.2× it would pass, so ask.
    const preferred = multipleOfWage(lookup.figure.monthly, ctx.config.preferredMultiplier);
    // Rows read without confidence may hide the missing amount: a reviewer decides, not the rule.
    const unsure = (!category && window.average >= preferred) || window.uncertain.length > 0;
    flags.push(
      makeFlag(
        'INCOME_BELOW_THRESHOLD',
        unsure ? 'review' : 'reject',
        `近${window.months.length}个月月均应税收入${yuan(window.average)}元，低于${lookup.figure.year}年社平工资${lookup.figure.monthly}元的${multiplier}倍（${threshold}元）` +
          (window.uncertain.length ? '；部分收入记录未能可靠识别，请人工核对' : !category && unsure ? '；申请未注明单位类别，如为高新技术企业、重点企业或事业单位请核对' : ''),
        { file, value: window.average, expected: threshold },
      ),
    );
  }
  return {
    flags,
    facts: {
      incomeMonths: window.byMonth.size,
      incomeMonthlyAverage: window.average,
      incomeThreshold: { amount: threshold, multiplier, wageYear: lookup.figure.year, provisional: lookup.provisional },
    },
  };
}

/** Gaps, other withholding agents and unreadable rows in a window of months — shared with renewal and conditions 4/5. */
export function windowFlags(window: IncomeWindow, file: string, employer: string): Flag[] {
  const flags: Flag[] = [];
  if (window.missing.length) {
    flags.push(
      makeFlag(
        'INCOME_MONTHS_MISSING',
        'reject',
        `${window.months[0]}至${window.months.at(-1)}应有${window.months.length}个月由本单位申报的收入，缺少${window.missing.join('、')}，请提供完整的收入材料`,
        { file, value: window.missing, expected: window.months.length },
      ),
    );
  }
  for (const [payer, rows] of window.otherPayers) {
    const periods = [...new Set(rows.map((r) => r.period))].sort();
    flags.push(
      makeFlag('PAYER_MISMATCH', 'reject', `${periods.join('、')}的扣缴义务人为“${payer}”，与申请单位“${employer}”不一致；个税扣缴单位须为申请单位`, {
        file: rows[0].file,
        page: rows[0].page,
        value: payer,
        expected: employer,
      }),
    );
  }
  for (const [payer, rows] of window.unsurePayers) {
    const periods = [...new Set(rows.map((r) => r.period))].sort();
    flags.push(
      makeFlag('PAYER_MISMATCH', 'review', `${periods.join('、')}的扣缴义务人识别为“${payer}”，与申请单位“${employer}”相近但不完全一致，请人工核对是否为同一单位`, {
        file: rows[0].file,
        page: rows[0].page,
        value: payer,
        expected: employer,
      }),
    );
  }
  if (window.uncertain.length) {
    const periods = [...new Set(window.uncertain.map((r) => r.period))].sort();
    flags.push(
      makeFlag('EXTRACTION_UNCERTAIN', 'review', `${periods.join('、')}的收入记录未能可靠识别（金额或扣缴义务人），请人工核对`, {
        file: window.uncertain[0].file,
        page: window.uncertain[0].page,
        value: periods,
      }),
    );
  }
  return flags;
}
