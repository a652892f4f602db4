import { INCOME_MATERIAL_KINDS } from '../../rules/contract/index.ts';
import type { CasePlan } from './build-cases.ts';
import type { DocumentTruth, ExpectedFlag } from './truth.ts';

/**
 * Page-level expected flags follow from the marks and degradations the generator drew (recorded in
 * page truth); case-level ones were decided in the plan. Nothing here runs the project's rules.
 */
export function pageFlags(doc: DocumentTruth, employer: string | null): ExpectedFlag[] {
  const out: ExpectedFlag[] = [];
  const income = INCOME_MATERIAL_KINDS.includes(doc.kind);
  for (const p of doc.pages) {
    const at = { file: doc.file, page: p.page };
    if (!p.clarityOk) out.push({ code: 'SCAN_UNCLEAR', ...at, why: `degraded: ${p.degradations.join(', ')}` });
    if (!p.edgesOk) out.push({ code: 'SCAN_EDGES', ...at, why: `degraded: ${p.degradations.join(', ')}` });
    if (!income) continue;
    if (!p.seal.present) out.push({ code: 'SEAL_MISSING', ...at, why: 'no employer seal drawn on an income-material page' });
    else if (employer && p.seal.company !== employer) out.push({ code: 'SEAL_MISMATCH', ...at, why: `seal reads ${p.seal.company}` });
    if (!p.annotation.present) out.push({ code: 'ANNOTATION_MISSING', ...at, why: 'no annotation drawn' });
    else if (!p.annotation.complete) out.push({ code: 'ANNOTATION_INCOMPLETE', ...at, why: `only "${p.annotation.text}" written` });
    if (!p.signature.present) out.push({ code: 'SIGNATURE_MISSING', ...at, why: 'no signature drawn' });
  }
  return out;
}

/**
 * Guide 四（二）: the labour contract is signed — and sealed — by the applying employer. No seal of
 * the employer on any page: another unit's seal → SEAL_MISMATCH there, no seal → SEAL_MISSING on the
 * signature (last) page.
 */
export function contractSealFlags(doc: DocumentTruth, employer: string | null): ExpectedFlag[] {
  if (doc.kind !== 'labor_contract' || !employer || !doc.pages.length) return [];
  if (doc.pages.some((p) => p.seal.present && p.seal.company === employer)) return [];
  const sealed = doc.pages.find((p) => p.seal.present);
  if (sealed) return [{ code: 'SEAL_MISMATCH', file: doc.file, page: sealed.page, why: `contract sealed by ${sealed.seal.company}` }];
  return [{ code: 'SEAL_MISSING', file: doc.file, page: doc.pages.length, why: 'contract carries no seal' }];
}

/** The materials that must name the applicant (guide 五（二）3, 4), and the party on each that is the holder. */
const HOLDERS: Partial<Record<DocumentTruth['kind'], 'employee' | 'lessee' | 'borrower'>> = { tax_record: 'employee', income_query: 'employee', labor_contract: 'employee', id_card: 'employee', lease_contract: 'lessee', borrowing_statement: 'borrower' };
const ID_OF = { employee: 'employeeIdNumber', lessee: 'lesseeIdNumber', borrower: 'borrowerIdNumber' } as const;

type Applicant = { name?: string; idNumber?: string } | undefined;
const isPerson = (name: string | null | undefined, id: string | null | undefined, p: { name?: string | null; idNumber?: string | null }): boolean =>
  !!name && name === p.name && (!id || !p.idNumber || id === p.idNumber);

/** Guide 五（二）4②: a 借住声明 of the case naming the applicant as 借住人 and the lease's 承租人 or 出租人 as 出借人. */
function statementCovers(lease: DocumentTruth, docs: readonly DocumentTruth[], applicant: Applicant): boolean {
  const l = lease.parties;
  return docs.some((s) => {
    const p = s.parties;
    if (s.kind !== 'borrowing_statement' || !applicant || !isPerson(p.borrower, p.borrowerIdNumber, applicant)) return false;
    return isPerson(p.lender, p.lenderIdNumber, { name: l.lessee, idNumber: l.lesseeIdNumber }) || isPerson(p.lender, p.lenderIdNumber, { name: l.lessor, idNumber: l.lessorIdNumber });
  });
}

/**
 * A material whose holder, as printed, is not the case's applicant — another name, or another
 * number (a digit wrong included) → PERSON_MISMATCH on it (a lease in another's name as well: it is
 * review, asking for the 借住声明 or 婚姻凭证, but a flag all the same — unless the case holds a
 * 借住声明 of the lease's holder naming the applicant).
 */
export function personFlags(doc: DocumentTruth, applicant: Applicant, docs: readonly DocumentTruth[] = []): ExpectedFlag[] {
  const holder = HOLDERS[doc.kind];
  if (!holder || !applicant) return [];
  const name = doc.parties[holder];
  const id = doc.parties[ID_OF[holder]];
  const otherName = !!name && !!applicant.name && name !== applicant.name;
  const otherId = !!id && !!applicant.idNumber && id !== applicant.idNumber;
  if (!otherName && !otherId) return [];
  if (holder === 'lessee' && statementCovers(doc, docs, applicant)) return [];
  return [{ code: 'PERSON_MISMATCH', file: doc.file, page: null, why: `the ${holder === 'employee' ? 'holder' : holder} printed is not the applicant (${otherName ? 'name' : ''}${otherName && otherId ? ' and ' : ''}${otherId ? 'ID number' : ''})` }];
}

/** Flags derived from truth that the plan did not already list (same code and file). */
export function unplanned(planned: readonly ExpectedFlag[], derived: readonly ExpectedFlag[]): ExpectedFlag[] {
  return derived.filter((s) => !planned.some((f) => f.code === s.code && f.file === s.file));
}

export function caseFlags(plan: CasePlan, docs: DocumentTruth[]): ExpectedFlag[] {
  const employer = plan.manifest.employer?.name ?? null;
  // A contract's seal flag is planned with the case when the defect is the contract itself.
  const planned = plan.caseFlags.map((f) => ({ code: f.code, file: f.file, page: null, why: f.why }));
  const seals = unplanned(planned, docs.flatMap((d) => contractSealFlags(d, employer)));
  const persons = unplanned(planned, docs.flatMap((d) => personFlags(d, plan.manifest.applicant, docs)));
  return [...planned, ...docs.flatMap((d) => pageFlags(d, employer)), ...seals, ...persons];
}
