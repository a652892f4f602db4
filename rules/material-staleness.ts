import type { DocumentKind, Flag } from './contract/index.ts';
import { addMonths } from './dates.ts';
import { kindName } from './document-checks.ts';
import { makeFlag } from './flag.ts';
import type { RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/**
 * Materials printed or issued for the application, whose date says how current they are. Certificates
 * (degree, ID, contracts) carry an issue date that is not a freshness date and are left out.
 */
const DATED_KINDS: readonly DocumentKind[] = ['tax_record', 'income_query', 'resignation_certificate'];

/**
 * Guide 四（一）: "申请材料的日期应在1个月以内": dated on or after applicationDate − 1 calendar month.
 * A material dated after the application date is impossible and is sent to review.
 */
export function checkMaterialStaleness(ctx: RuleContext): RuleResult {
  const flags: Flag[] = [];
  const oldest = addMonths(ctx.applicationDate, -ctx.config.maxMaterialAgeMonths);
  for (const { doc, kind } of ctx.docs) {
    if (!DATED_KINDS.includes(kind)) continue;
    const name = kindName(kind);
    if (!doc.issuedOn) {
      flags.push(makeFlag('EXTRACTION_UNCERTAIN', 'review', `未能识别${name}的开具（打印）日期，请人工核对是否为1个月内的材料`, { file: doc.file }));
    } else if (doc.issuedOn < oldest) {
      flags.push(
        makeFlag('MATERIAL_STALE', 'reject', `${name}开具于${doc.issuedOn}，早于申请日前1个月（${oldest}），请重新开具`, {
          file: doc.file,
          value: doc.issuedOn,
          expected: oldest,
        }),
      );
    } else if (doc.issuedOn > ctx.applicationDate) {
      flags.push(
        makeFlag('EXTRACTION_UNCERTAIN', 'review', `${name}的日期${doc.issuedOn}晚于申请日${ctx.applicationDate}，请人工核对`, {
          file: doc.file,
          value: doc.issuedOn,
          expected: ctx.applicationDate,
        }),
      );
    }
  }
  return { flags };
}
