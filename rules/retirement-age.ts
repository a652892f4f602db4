import { addMonths } from './dates.ts';
import { makeFlag } from './flag.ts';
import type { RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/**
 * Statutory retirement date under the NPC Standing Committee decision of 2024-09-13 (in force
 * 2025-01-01): from the base age (men 60, women 55 or 50), one month later for every 4 (base 50:
 * 2) months of birth after the cohort start, up to 36 (60) months. Arithmetic derived from the
 * decision's rules (research notes §7), to be checked against its annexed tables.
 */
export function retirementDate(birthDate: string, base: 60 | 55 | 50): string {
  const cohortStart = { 60: 1965, 55: 1970, 50: 1975 }[base];
  const [step, max] = base === 50 ? [2, 60] : [4, 36];
  const m = (Number(birthDate.slice(0, 4)) - cohortStart) * 12 + Number(birthDate.slice(5, 7)) - 1;
  const delay = m < 0 ? 0 : Math.min(max, Math.floor(m / step) + 1);
  return addMonths(birthDate, base * 12 + delay);
}

/** Birth date and sex from the 18-digit ID number (GB 11643: digits 7–14, 17th odd = male). */
export function fromIdNumber(id: string | undefined): { birthDate: string; sex: 'male' | 'female' } | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{2}(\d)[\dXx]$/.exec(id ?? '');
  if (!m) return null;
  return { birthDate: `${m[1]}-${m[2]}-${m[3]}`, sex: Number(m[4]) % 2 ? 'male' : 'female' };
}

/**
 * Guide 二（二）: "不超过法定退休年龄" — not past the retirement date on the application date (the
 * date itself is allowed). Whether a woman retires at the 50 or the 55 base cannot be seen from
 * the materials: past the 55 base is rejected, between the two is sent to review.
 */
export function checkRetirementAge(ctx: RuleContext): RuleResult {
  const a = ctx.caseFields.applicant;
  const parsed = fromIdNumber(a?.idNumber);
  const birthDate = a?.birthDate ?? parsed?.birthDate;
  const sex = a?.sex ?? parsed?.sex;
  if (!birthDate || !sex) return { flags: [] };
  const strict = retirementDate(birthDate, sex === 'male' ? 60 : 55);
  if (ctx.applicationDate > strict) {
    return {
      flags: [
        makeFlag('RETIREMENT_AGE', 'reject', `申请人（${birthDate}出生）已于${strict}达到法定退休年龄，不符合申报条件`, {
          value: birthDate,
          expected: `申请日不晚于${strict}`,
        }),
      ],
    };
  }
  if (sex === 'female') {
    const worker = retirementDate(birthDate, 50);
    if (ctx.applicationDate > worker) {
      return {
        flags: [
          makeFlag('RETIREMENT_AGE', 'review', `申请人（${birthDate}出生）已超过女职工50周岁基准的法定退休年龄（${worker}），如非干部岗位则不符合条件，请核对`, {
            value: birthDate,
            expected: `申请日不晚于${worker}（女工人）或${strict}（女干部）`,
          }),
        ],
      };
    }
  }
  return { flags: [] };
}
