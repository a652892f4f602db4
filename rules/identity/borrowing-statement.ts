import type { DocumentReport } from '../contract/index.ts';
import { maskIdNumber } from './id-number.ts';
import { judgePerson, type Applicant, type PersonReading, type PersonVerdict } from './judge-person.ts';

/** Guide 五（二）4②: 借住亲、友房产 — 房产证、房主身份证、亲友双方签署房屋借住声明. */
export const BORROWING_CLAUSE = '五（二）4②';

export function borrowerReading(doc: DocumentReport): PersonReading {
  const p = doc.parties;
  return { name: p.borrower, nameConfidence: p.borrowerConfidence, idNumber: p.borrowerIdNumber, idConfidence: p.borrowerIdConfidence };
}

/**
 * What the case's 房屋借住声明 say about a lease in another person's name:
 * - `covers`: one names the applicant as 借住人 and the lease's 承租人 (or its 出租人, the owner) as
 *   出借人 — the applicant lives there on the holder's word, as the guide allows;
 * - `other_lender`: one names the applicant, but its 出借人 is neither party of the lease;
 * - `lender_unread`: one names the applicant, but its 出借人 could not be read, or is one slip off a party;
 * - `other_borrower`: no statement names the applicant as 借住人 (another person's is flagged on its own);
 * - `none`: the case holds no statement.
 */
export type StatementVerdict = 'covers' | 'other_lender' | 'lender_unread' | 'other_borrower' | 'none';

export interface StatementFinding {
  verdict: StatementVerdict;
  /** The statement the verdict rests on (the first naming the applicant, else the first). */
  statement: DocumentReport | null;
}

/** Whether a statement's 出借人 is the given party of the lease: name and number as read, judged as a holder is against the applicant. */
function lenderIs(statement: DocumentReport, party: { name?: string | null; idNumber?: string | null }): PersonVerdict['verdict'] {
  const reference: Applicant = { name: party.name ?? undefined, idNumber: party.idNumber ?? undefined };
  if (!reference.name && !reference.idNumber) return 'unread';
  return judgePerson({ name: statement.parties.lender, idNumber: statement.parties.lenderIdNumber }, reference).verdict;
}

export function judgeStatements(lease: DocumentReport, statements: readonly DocumentReport[], applicant: Applicant): StatementFinding {
  if (!statements.length) return { verdict: 'none', statement: null };
  const own = statements.filter((s) => judgePerson(borrowerReading(s), applicant).verdict === 'same');
  if (!own.length) return { verdict: 'other_borrower', statement: statements[0] };
  const lessee = { name: lease.parties.lessee, idNumber: lease.parties.lesseeIdNumber };
  const lessor = { name: lease.parties.lessor, idNumber: lease.parties.lessorIdNumber };
  let doubt: DocumentReport | null = null;
  for (const s of own) {
    const calls = [lenderIs(s, lessee), lenderIs(s, lessor)];
    if (calls.includes('same')) return { verdict: 'covers', statement: s };
    // A slip against either party, or nothing to compare with either: a reviewer compares them.
    if (!doubt && (calls.includes('unsure') || calls.every((c) => c === 'unread'))) doubt = s;
  }
  return doubt ? { verdict: 'lender_unread', statement: doubt } : { verdict: 'other_lender', statement: own[0] };
}

/** Why the statements do not settle the lease, as the employer reads it; empty when there is none. */
export function statementText(f: StatementFinding): string {
  const s = f.statement;
  if (!s) return '';
  const lender = `“${s.parties.lender ?? '未识别'}”${maskIdNumber(s.parties.lenderIdNumber) ? `（身份证号${maskIdNumber(s.parties.lenderIdNumber)}）` : ''}`;
  switch (f.verdict) {
    case 'other_lender':
      return `所附房屋借住声明“${s.file}”的出借人为${lender}，既不是租赁合同的承租人，也不是出租人，不能证明申请人借住该房屋；`;
    case 'lender_unread':
      return `所附房屋借住声明“${s.file}”的出借人识别为${lender}，未能确认是租赁合同的承租人或出租人，请人工核对；`;
    case 'other_borrower':
      return `所附房屋借住声明“${s.file}”的借住人未能确认为申请人本人；`;
    default:
      return '';
  }
}
