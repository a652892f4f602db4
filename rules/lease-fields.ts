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
 * LEASE_FIELDS_MISSING (reject) only on a proven blank: `blankFields`, or the term's label read with
 * empty dates. A field the document stage did not find is no finding about the form (OCR loses
 * whole lines on a good page too): EXTRACTION_UNCERTAIN names the lease for a reviewer.
 */
export function checkLeaseFields(ctx: RuleContext): RuleResult {
  const flags: Flag[] = [];
  for (const doc of docsOfKind(ctx, 'lease_contract')) {
    const absent = REQUIRED.filter(([key]) => !doc.parties[key]?.trim());
    const blank = new Set<string>(doc.blankFields ?? []);
    // Proven blank: the document stage read the label and an empty blank after it.
    const proven: string[] = absent.filter(([key]) => blank.has(key)).map(([, name]) => name);
    // Only not found: on a poorly read page a field can hide; a reviewer looks.
    const notFound: string[] = absent.filter(([key]) => !blank.has(key)).map(([, name]) => name);
    const term = doc.term;
    const termRead = term && (term.start || term.end) && (term.confidence ?? 1) >= MIN_FIELD_CONFIDENCE;
    if (!term || (!term.start && !term.end)) {
      // The term's label read with an empty blank after it ("自  年  月  日起") is a proven blank.
      if (term?.text || blank.has('term')) proven.push('租赁期限');
      else notFound.push('租赁期限');
    }
    // Dates read, but not surely enough to judge the term on: a reviewer reads them.
    if ((term?.start || term?.end) && !termRead) notFound.push('租赁期限');
    if (proven.length) {
      flags.push(
        makeFlag('LEASE_FIELDS_MISSING', 'reject', `房屋租赁合同未记载：${proven.join('、')}，请提供记载完整的租赁合同`, {
          file: doc.file,
          value: { blank: proven, notFound },
          expected: [...REQUIRED.map(([, n]) => n as string), '租赁期限'],
        }),
      );
    }
    if (notFound.length) {
      flags.push(
        makeFlag('EXTRACTION_UNCERTAIN', 'review', `房屋租赁合同（${doc.file}）未能识别：${notFound.join('、')}，请人工核对合同是否记载`, {
          clause: '五（二）4③',
          file: doc.file,
          value: { notFound },
        }),
      );
    }
  }
  return { flags };
}
