import type { Flag } from './contract/index.ts';
import { addDays } from './dates.ts';
import { makeFlag } from './flag.ts';
import type { RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';
import { CALENDAR_YEARS, isCalendarCovered, shiftWorkingDays } from './working-days.ts';

/**
 * Guide 五（三）: a renewal is filed within 60 days before the permit expires ("有效期满前60日内":
 * expiry − 60 days is the first allowed day) and early enough for the 20 working days of review.
 * Guide 五（四）: an employer change is filed while the permit is valid, with the same 20 working
 * days to spare. "20 working days to spare" means filing no later than the 20th statutory working
 * day before the expiry date (the expiry day itself not counted), 调休 included.
 */
export function checkRenewalWindow(ctx: RuleContext): RuleResult {
  const type = ctx.caseFields.applicationType;
  if (type !== 'renewal' && type !== 'employer_change') return { flags: [] };
  const label = type === 'renewal' ? '续签' : '聘用单位变更';
  const expiry = ctx.caseFields.permitExpiry;
  const filed = ctx.applicationDate;
  if (!expiry) {
    return { flags: [makeFlag('RENEWAL_WINDOW', 'review', `申请未填写工作居住证有效期截止日，无法核对${label}办理时限，请补充`, { value: null })] };
  }
  const flags: Flag[] = [];
  const days = ctx.config.approvalWorkingDays;
  const latest = shiftWorkingDays(expiry, -days);
  const at = { value: filed, text: `证件有效期至${expiry}` };
  if (!isCalendarCovered(expiry) || !isCalendarCovered(latest) || !isCalendarCovered(filed)) {
    flags.push(
      makeFlag('CALENDAR_NOT_COVERED', 'review', `法定节假日数据仅覆盖${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}年，${expiry}前的工作日按周一至周五推算，请人工核对${label}时限`, {
        value: expiry,
      }),
    );
  }
  if (filed > expiry) {
    flags.push(makeFlag('RENEWAL_WINDOW', 'reject', `工作居住证已于${expiry}到期，${label}须在有效期内申请，证件已失效`, { ...at, expected: `不晚于${latest}` }));
    return { flags };
  }
  if (type === 'renewal') {
    const earliest = addDays(expiry, -ctx.config.renewalWindowDays);
    if (filed < earliest) {
      flags.push(
        makeFlag('RENEWAL_WINDOW', 'reject', `续签应在有效期满前${ctx.config.renewalWindowDays}日内办理（${earliest}起），申请日${filed}过早`, {
          ...at,
          expected: `${earliest}至${latest}`,
        }),
      );
      return { flags };
    }
  }
  if (filed > latest) {
    flags.push(
      makeFlag('RENEWAL_WINDOW', 'reject', `${label}审核需${days}个工作日，最晚应于${latest}提交，申请日${filed}已来不及在${expiry}到期前核准`, {
        ...at,
        expected: `不晚于${latest}`,
      }),
    );
  }
  return { flags };
}
