import type { DocumentKind, DocumentReport, Flag } from '../contract/index.ts';
import { kindName } from '../document-checks.ts';
import { makeFlag } from '../flag.ts';
import { gatedFlag } from '../gated-flag.ts';
import type { RuleContext } from '../rule-context.ts';
import type { RuleResult } from '../rule-result.ts';
import { maskIdNumber } from './id-number.ts';
import { BORROWING_CLAUSE, borrowerReading, judgeStatements, statementText, type StatementFinding } from './borrowing-statement.ts';
import { judgePerson, type Applicant, type PersonReading, type PersonReason, type PersonVerdict } from './judge-person.ts';

/** The materials that name the applicant, and the party on each that must be the applicant. */
const HOLDER: Partial<Record<DocumentKind, string>> = {
  tax_record: '纳税人',
  income_query: '纳税人',
  labor_contract: '劳动者（乙方）',
  id_card: '持证人',
  lease_contract: '承租人',
  borrowing_statement: '借住人',
};

function readingOf(doc: DocumentReport, kind: DocumentKind): PersonReading {
  const p = doc.parties;
  if (kind === 'borrowing_statement') return borrowerReading(doc);
  if (kind === 'lease_contract') return { name: p.lessee, nameConfidence: p.lesseeConfidence, idNumber: p.lesseeIdNumber, idConfidence: p.lesseeIdConfidence };
  return { name: p.employee, nameConfidence: p.employeeConfidence, idNumber: p.employeeIdNumber, idConfidence: p.employeeIdConfidence };
}

const REASON_TEXT: Partial<Record<PersonReason, string>> = {
  id_checksum_invalid: '身份证号码校验位不符（可能识别有误或材料填写错误）',
  id_birth_date_impossible: '身份证号码中的出生日期不存在',
  name_slip: '姓名与申请人相差一个字（可能识别有误）',
  id_slip: '身份证号码与申请人相差一位（可能识别有误）',
  name_and_id_disagree: '姓名与身份证号码指向不同的人',
};

function reasonText(reasons: readonly PersonReason[]): string {
  const texts = reasons.map((r) => REASON_TEXT[r]).filter((t): t is string => !!t);
  return texts.length ? `（${texts.join('；')}）` : '';
}

/**
 * Guide 五（二）3, 4 and 四（五）: the income printouts, the labour contract, the ID card and the proof of
 * residence are the applicant's own. Each one's holder — name and ID number, as read — is compared
 * with the case's applicant (judgePerson). Another person, read surely, is PERSON_MISMATCH where the
 * reject gate trusts the reading (data/reject-gate.ts), else review; a slip or a number failing its
 * check is review. A lease in another's name is review: the guide allows a relative's or friend's
 * home with a signed 借住声明 and a spouse's with the 婚姻凭证 (五（二）4②, ①): a 房屋借住声明 whose
 * 借住人 is the applicant and whose 出借人 is the lease's 承租人 (or 出租人) settles it, and no flag
 * is raised; one naming another lender keeps the review and says why. The statement's 借住人 is
 * checked like any holder. Numbers are shown by their last four.
 */
export function checkIdentity(ctx: RuleContext): RuleResult {
  const a = ctx.caseFields.applicant;
  const applicant: Applicant = { name: a?.name, idNumber: a?.idNumber, birthDate: a?.birthDate, sex: a?.sex };
  if (!applicant.name && !applicant.idNumber && !applicant.birthDate) return { flags: [] };
  const flags: Flag[] = [];
  const statements = ctx.docs.filter((d) => d.kind === 'borrowing_statement').map((d) => d.doc);
  for (const { doc, kind } of ctx.docs) {
    const holder = HOLDER[kind];
    if (!holder) continue;
    const read = readingOf(doc, kind);
    const v = judgePerson(read, applicant);
    if (v.verdict === 'same' || v.verdict === 'unread') continue;
    if (kind !== 'lease_contract') {
      flags.push(personFlag(doc, kind, holder, read, applicant, v));
      continue;
    }
    const found = judgeStatements(doc, statements, applicant);
    if (found.verdict !== 'covers') flags.push(leaseFlag(doc, read, applicant, v, found));
  }
  return { flags };
}

function shown(read: PersonReading): string {
  const id = maskIdNumber(read.idNumber);
  return `“${read.name ?? '未识别'}”${id ? `（身份证号${id}）` : ''}`;
}

function evidence(doc: DocumentReport, read: PersonReading, applicant: Applicant, v: PersonVerdict) {
  return {
    file: doc.file,
    value: { name: read.name ?? null, idNumber: maskIdNumber(read.idNumber), reasons: v.reasons },
    expected: { name: applicant.name ?? null, idNumber: maskIdNumber(applicant.idNumber) },
  };
}

function personFlag(doc: DocumentReport, kind: DocumentKind, holder: string, read: PersonReading, applicant: Applicant, v: PersonVerdict): Flag {
  const what = kindName(kind);
  const at = { ...evidence(doc, read, applicant, v), ...(kind === 'borrowing_statement' ? { clause: BORROWING_CLAUSE } : {}) };
  if (v.verdict === 'other') {
    return gatedFlag('PERSON_MISMATCH', 'person_identity', v.confidence, {
      reject: `${what}的${holder}为${shown(read)}，不是申请人“${applicant.name ?? ''}”本人：请上传申请人本人的${what}`,
      review: `${what}的${holder}识别为${shown(read)}，与申请人“${applicant.name ?? ''}”不一致，请人工核对；如确非本人材料，请上传申请人本人的${what}`,
    }, at);
  }
  return makeFlag('PERSON_MISMATCH', 'review', `${what}的${holder}识别为${shown(read)}，与申请人“${applicant.name ?? ''}”不完全一致${reasonText(v.reasons)}，请人工核对是否为申请人本人的材料`, at);
}

function leaseFlag(doc: DocumentReport, read: PersonReading, applicant: Applicant, v: PersonVerdict, found: StatementFinding): Flag {
  const ask = '如借住亲友房产，请提供房产证、房主身份证及亲友双方签署的房屋借住声明；如为配偶房产，请提供婚姻凭证及配偶身份证';
  const why = statementText(found);
  const message =
    v.verdict === 'other'
      ? `租赁合同承租人为${shown(read)}，不是申请人“${applicant.name ?? ''}”本人：${why}${ask}`
      : `租赁合同承租人识别为${shown(read)}，与申请人“${applicant.name ?? ''}”不完全一致${reasonText(v.reasons)}，请人工核对；${why}${ask}`;
  const at = evidence(doc, read, applicant, v);
  if (!found.statement) return makeFlag('PERSON_MISMATCH', 'review', message, at);
  const s = found.statement.parties;
  return makeFlag('PERSON_MISMATCH', 'review', message, {
    ...at,
    clause: BORROWING_CLAUSE,
    value: { ...at.value, statement: { file: found.statement.file, verdict: found.verdict, lender: s.lender ?? null, lenderIdNumber: maskIdNumber(s.lenderIdNumber) } },
  });
}
