import type { Flag } from './contract/index.ts';
import { monthsBefore } from './dates.ts';
import { makeFlag } from './flag.ts';
import { collectIncomeRows, incomeWindow, type IncomeWindow, type SourcedRow } from './income-rows.ts';
import { taxRecordAgrees } from './income-tax-consistency.ts';
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
    return { flags: [makeFlag('CASE_RULE_SKIPPED', 'info', '申请未填写用人单位名称，未核对月均应税收入', { clause: '二（二）', file })] };
  }
  const rows = collectIncomeRows(incomeDocs);
  const appYear = Number(ctx.applicationDate.slice(0, 4));
  const lookup = wageFigureFor(appYear - 1, ctx.wages);
  if (!rows.length) {
    // The reviewer measuring the income by hand measures it against the provisional figure too: say so.
    const provisional = lookup?.provisional ? [provisionalFlag(lookup)] : [];
    return {
      flags: [makeFlag('EXTRACTION_UNCERTAIN', 'review', '《申报收入查询》中未能读取到收入记录，无法核对月均应税收入，请人工核对', { clause: '二（二）', file }), ...provisional],
    };
  }
  const months = monthsBefore(ctx.applicationDate, ctx.config.incomeWindowMonths);
  const window = incomeWindow(rows, months, employer, ctx.config.incomeBasis);
  const category = ctx.caseFields.employer?.category;
  const multiplier = monthlyMultiplier(category ?? 'other', ctx.config);
  const threshold = lookup ? multipleOfWage(lookup.figure.monthly, multiplier) : Infinity;
  // An amount read without confidence matters only where it can change a decision: counted as 0
  // (the least it can be), the average still passing proves the test whatever it reads. The annual
  // conditions (二（二）4, 5) sum the same amounts, so there every doubt stays.
  const annual = ctx.caseFields.condition === 'innovation_income' || ctx.caseFields.condition === 'service_income';
  const amountDoubt = annual || window.averageOfSureAmounts < threshold;
  const flags: Flag[] = [...windowFlags(window, file, employer, amountDoubt)];
  if (!lookup) {
    flags.push(makeFlag('EXTRACTION_UNCERTAIN', 'review', `缺少${appYear - 1}年及以前的社平工资数据，无法核对收入标准`, { clause: '二（二）', file }));
    return { flags, facts: { incomeMonths: window.byMonth.size, incomeMonthlyAverage: window.average } };
  }
  if (lookup.provisional) flags.push(provisionalFlag(lookup));
  if (window.average < threshold) {
    // An unknown category was measured at the stricter 1.5×; under 1.2× it would pass, so ask.
    const preferred = multipleOfWage(lookup.figure.monthly, ctx.config.preferredMultiplier);
    // Unread months or amounts no total vouches for may hide the missing income: a reviewer decides.
    // (Rows of unread payer are already counted for the employer: they cannot lift it further.)
    const unread = window.unreadMonths.length > 0 || window.amountUnsure.length > 0 || window.unsurePayers.size > 0 || window.negative.length > 0;
    // A reject needs the figure itself to be sure: every row read at or above the reject gate (or
    // vouched by a printed total) and the tax record of the same months telling the same story.
    const confirmed = !unread && window.surelyRead && taxRecordAgrees(ctx, window.months);
    const unsure = (!category && window.average >= preferred) || !confirmed;
    const why = unread
      ? '；部分收入记录未能可靠识别，请人工核对'
      : !confirmed
        ? '；收入金额识别把握不足或与《纳税记录》无法相互印证，请人工核对；如确低于标准，不符合申请条件'
        : !category && unsure
          ? '；申请未注明单位类别，如为高新技术企业、重点企业或事业单位请核对'
          : '';
    flags.push(
      makeFlag(
        'INCOME_BELOW_THRESHOLD',
        unsure ? 'review' : 'reject',
        `近${window.months.length}个月月均应税收入${yuan(window.average)}元，低于${lookup.figure.year}年社平工资${lookup.figure.monthly}元的${multiplier}倍（${threshold}元）${why}`,
        { file, value: window.average, expected: threshold },
      ),
    );
  } else if (window.averageOfSureAmounts < threshold) {
    // Passes only on amounts read without confidence: those amounts are already one
    // EXTRACTION_UNCERTAIN on the document (one cause, one flag); it says what rides on them.
    const doubt = flags.find((f) => f.code === 'EXTRACTION_UNCERTAIN' && f.file === window.amountUnsure[0]?.file);
    if (doubt) doubt.message += `；按可靠识别的金额计月均应税收入为${yuan(window.averageOfSureAmounts)}元，低于${threshold}元的标准，能否达到标准请人工核对`;
  } else if (window.averageWithoutUnreadPayers < threshold) {
    // The average passes only if the rows of unread payer are the employer's: that doubt is already
    // one EXTRACTION_UNCERTAIN on the document; it says what rides on it instead of a second flag.
    const doubt = flags.find((f) => f.code === 'EXTRACTION_UNCERTAIN' && f.file === window.payerUnread[0]?.file);
    if (doubt) doubt.message += `；如上述月份扣缴义务人非本单位，月均应税收入将低于${threshold}元的标准`;
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

/**
 * Gaps, other withholding agents and rows read without confidence in a window of months — shared
 * with renewal and conditions 4/5. Rejects rest only on what was read with confidence: a gap in a
 * record read only in part, an unread payer cell and an amount no total vouches for go to one
 * EXTRACTION_UNCERTAIN per document (one cause, one flag), never to a reject.
 */
export function windowFlags(window: IncomeWindow, file: string, employer: string, amountDoubt = true): Flag[] {
  const flags: Flag[] = [];
  if (window.missing.length) {
    // A month not on a record is only proven missing where the record's rows were read surely: rows
    // read below the reject gate may carry a misread month, or sit beside rows not read at all.
    const what = `${window.months[0]}至${window.months.at(-1)}应有${window.months.length}个月由本单位申报的收入，缺少${window.missing.join('、')}`;
    flags.push(
      makeFlag(
        'INCOME_MONTHS_MISSING',
        window.surelyRead ? 'reject' : 'review',
        window.surelyRead ? `${what}，请提供完整的收入材料` : `${what}（收入记录识别把握不足），请人工核对；如确有缺月，请提供完整的收入材料`,
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
      makeFlag('PAYER_MISMATCH', 'review', `${periods.join('、')}的扣缴义务人识别为“${payer}”，与申请单位“${employer}”不一致但识别把握不足，请人工核对是否为同一单位；如不是，个税扣缴单位须为申请单位，请提供由申请单位申报的收入材料`, {
        file: rows[0].file,
        page: rows[0].page,
        value: payer,
        expected: employer,
      }),
    );
  }
  flags.push(...doubtFlags(amountDoubt ? window : { ...window, amountUnsure: [] }, file));
  return flags;
}

const monthsOf = (rows: readonly SourcedRow[]): string[] => [...new Set(rows.map((r) => r.period))].sort();

/** One EXTRACTION_UNCERTAIN per income document naming every doubt read on it. */
function doubtFlags(window: IncomeWindow, file: string): Flag[] {
  const files = new Set([...window.payerUnread, ...window.amountUnsure, ...window.negative].map((r) => r.file));
  const unreadFile = window.unreadMonths.length ? (window.partialFiles[0] ?? file) : null;
  if (unreadFile) files.add(unreadFile);
  const flags: Flag[] = [];
  for (const f of files) {
    const payer = window.payerUnread.filter((r) => r.file === f);
    const amount = window.amountUnsure.filter((r) => r.file === f);
    const negative = window.negative.filter((r) => r.file === f);
    const parts = [
      f === unreadFile ? `未能读取${window.unreadMonths.join('、')}的收入记录（所读记录与合计不符，不能认定为缺月）` : '',
      payer.length ? `${monthsOf(payer).join('、')}的扣缴义务人未能识别` : '',
      amount.length ? `${monthsOf(amount).join('、')}的收入金额未能可靠识别` : '',
      negative.length ? `${monthsOf(negative).join('、')}的收入金额为负数（更正或退回申报，或负号误读），月均收入不能据此认定` : '',
    ].filter(Boolean);
    const rows = [...payer, ...amount, ...negative];
    flags.push(
      makeFlag('EXTRACTION_UNCERTAIN', 'review', `《申报收入查询》${parts.join('；')}，请人工核对`, {
        clause: '二（二）',
        file: f,
        page: rows[0]?.page ?? null,
        value: { unreadMonths: f === unreadFile ? window.unreadMonths : [], payerUnread: monthsOf(payer), amountUnsure: monthsOf(amount), ...(negative.length ? { reason: 'income_negative', negative: monthsOf(negative) } : {}) },
      }),
    );
  }
  return flags;
}

function provisionalFlag(lookup: NonNullable<ReturnType<typeof wageFigureFor>>): Flag {
  return makeFlag(
    'WAGE_FIGURE_PROVISIONAL',
    'info',
    `${lookup.wantedYear}年全口径城镇单位就业人员平均工资尚未公布，参照${lookup.figure.year}年（${lookup.figure.monthly}元/月）执行`,
    { value: lookup.figure.year, expected: lookup.wantedYear },
  );
}
