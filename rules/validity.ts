import type { DocumentKind, Flag } from './contract/index.ts';
import { MIN_FIELD_CONFIDENCE } from './data/cut-offs.ts';
import { addMonths, monthsBetween } from './dates.ts';
import { kindName } from './document-checks.ts';
import { makeFlag } from './flag.ts';
import { gatedFlag } from './gated-flag.ts';
import type { RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

/** Materials with a validity period (guide 四（一）: 劳动合同、租房合同、身份证…; the 居住证 too). */
const EXPIRING_KINDS: readonly DocumentKind[] = ['labor_contract', 'lease_contract', 'id_card', 'residence_permit'];

/**
 * Guide 四（一）: a material with a validity period must be provided more than three months before
 * it ends ("在有效期截止日期前三个月以上"): end > applicationDate + 3 calendar months. An end on
 * exactly that day is too short. An end before the application date has expired (the end day
 * itself is still valid). Open-ended terms (无固定期限, ID 长期) pass.
 */
export function checkValidity(ctx: RuleContext): RuleResult {
  const flags: Flag[] = [];
  const facts: RuleResult['facts'] = {};
  const minEnd = addMonths(ctx.applicationDate, ctx.config.minValidityMonths);
  for (const { doc, kind } of ctx.docs) {
    if (!EXPIRING_KINDS.includes(kind)) continue;
    const name = kindName(kind);
    const term = doc.term;
    if (!term || (!term.end && !term.openEnded) || (term.confidence ?? 1) < MIN_FIELD_CONFIDENCE) {
      flags.push(
        makeFlag('EXTRACTION_UNCERTAIN', 'review', `未能可靠识别${name}的有效期限，请人工核对是否在有效期截止日三个月以前申报`, {
          clause: '四（一）',
          file: doc.file,
          page: term?.page ?? null,
          text: term?.text ?? null,
        }),
      );
      continue;
    }
    if (term.openEnded || !term.end) continue;
    const left = monthsBetween(ctx.applicationDate, term.end);
    if (kind === 'labor_contract') facts.contractMonthsLeft = left;
    if (kind === 'lease_contract') facts.leaseMonthsLeft = left;
    const at = { file: doc.file, page: term.page, value: term.end, expected: minEnd, text: term.text };
    // Read below the term's reject gate (data/reject-gate.ts) the end date may be a misread: review.
    if (term.end < ctx.applicationDate) {
      flags.push(
        gatedFlag('EXPIRED', 'term', term.confidence, { reject: `${name}已于${term.end}到期，请提供有效的${name}`, review: `${name}的截止日期识别为${term.end}（已到期），但识别把握不足，请人工核对；如确已到期，请提供有效的${name}` }, at),
      );
    } else if (term.end <= minEnd) {
      flags.push(
        gatedFlag(
          'VALIDITY_TOO_SHORT',
          'term',
          term.confidence,
          {
            reject: `${name}有效期至${term.end}，距申请日不足三个月（应晚于${minEnd}），请续签或更新后再申报`,
            review: `${name}有效期识别为至${term.end}，距申请日不足三个月（应晚于${minEnd}），但识别把握不足，请人工核对；如属实，请续签或更新后再申报`,
          },
          at,
        ),
      );
    }
    if (kind === 'labor_contract' && term.taskBased) {
      flags.push(makeFlag('VALIDITY_TOO_SHORT', 'review', '劳动合同为以完成一定工作任务为期限，无确定终止日期，请人工核对剩余期限；如有约定的完成时间，请一并提供说明', at));
    }
  }
  return { flags, facts };
}
