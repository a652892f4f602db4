import { addMonths } from './dates.ts';
import { makeFlag } from './flag.ts';
import { docsOfKind, type RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/**
 * Guide 二（二）: "具有2年以上工作经历". The materials cannot prove experience, but a degree awarded
 * less than two years before the application shows at most that much full-time work after it.
 * Work before or during studies is possible, so this asks for review rather than rejecting.
 */
export function checkWorkExperience(ctx: RuleContext): RuleResult {
  if ((ctx.caseFields.applicationType ?? 'new') !== 'new') return { flags: [] };
  const months = ctx.config.minWorkExperienceMonths;
  const flags = [];
  for (const doc of docsOfKind(ctx, 'degree_certificate')) {
    if (!doc.issuedOn) continue;
    const enough = addMonths(doc.issuedOn, months);
    if (enough > ctx.applicationDate) {
      flags.push(
        makeFlag('WORK_EXPERIENCE_TOO_SHORT', 'review', `学位证书颁发于${doc.issuedOn}，至申请日不满${months / 12}年，请核对是否具有${months / 12}年以上工作经历`, {
          file: doc.file,
          value: doc.issuedOn,
          expected: `≤ ${addMonths(ctx.applicationDate, -months)}`,
        }),
      );
    }
  }
  return { flags };
}
