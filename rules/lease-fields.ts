import type { Flag } from './contract/index.ts';
import { MIN_FIELD_CONFIDENCE } from './data/cut-offs.ts';
import { makeFlag } from './flag.ts';
import { docsOfKind, type RuleContext } from './rule-context.ts';
import type { RuleResult } from './rule-result.ts';

const REQUIRED = [
  ['address', '房屋详细地址'],
  ['lessor', '出租人姓名'],
  ['lessee', '承租人姓名'],
  ['lessorIdNumber', '出租人身份证号码'],
  ['lesseeIdNumber', '承租人身份证号码'],
  ['lessorPhone', '出租人联系方式'],
  ['lesseePhone', '承租人联系方式'],
] as const;

/**
 * Guide 五（二）4③: the lease records the address, both parties' names, ID numbers, contact details
 * and the term, and has at least 3 months left ("尚有3个月以上": end > application + 3 months, the
 * same boundary as 四（一）, whose VALIDITY_TOO_SHORT/EXPIRED flags the term itself).
 */
export function checkLeaseFields(ctx: RuleContext): RuleResult {
  const flags: Flag[] = [];
  for (const doc of docsOfKind(ctx, 'lease_contract')) {
    const missing: string[] = REQUIRED.filter(([key]) => !doc.parties[key]?.trim()).map(([, name]) => name);
    const term = doc.term;
    const termRead = term && (term.start || term.end) && (term.confidence ?? 1) >= MIN_FIELD_CONFIDENCE;
    if (!term || (!term.start && !term.end)) missing.push('租赁期限');
    if (missing.length) {
      flags.push(
        makeFlag('LEASE_FIELDS_MISSING', 'reject', `房屋租赁合同未记载（或未能识别）：${missing.join('、')}，请提供记载完整的租赁合同`, {
          file: doc.file,
          value: missing,
          expected: [...REQUIRED.map(([, n]) => n as string), '租赁期限'],
        }),
      );
    } else if (!termRead) {
      flags.push(makeFlag('EXTRACTION_UNCERTAIN', 'review', '房屋租赁合同的租赁期限未能可靠识别，请人工核对', { file: doc.file, page: term?.page ?? null }));
    }
  }
  return { flags };
}
