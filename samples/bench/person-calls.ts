import type { Case, DocumentReport } from '../../rules/contract/index.ts';
import { judgePerson } from '../../rules/identity/index.ts';
import { personFlags } from '../generator/expected-flags.ts';
import type { DocumentTruth } from '../generator/truth.ts';

/**
 * Whose material a document is, as the rules decide it (rules/identity judgePerson on the holder as
 * read) against the truth (the holder printed is not the applicant: generator/expected-flags.ts
 * personFlags). `other` is the defect-side call, at the confidence of the reading it rests on; `same`
 * the other side; a slip, a failing check or nothing read is undecided (review, or nothing to say).
 * Null: the document names no holder the rules compare.
 */
export function personCall(truth: DocumentTruth, report: DocumentReport, applicant: NonNullable<Case['applicant']>): { confidence: number | undefined; right: boolean; defect: boolean } | 'undecided' | null {
  if (!['tax_record', 'income_query', 'labor_contract', 'id_card', 'lease_contract'].includes(truth.kind)) return null;
  const p = report.parties;
  const read = truth.kind === 'lease_contract'
    ? { name: p.lessee, nameConfidence: p.lesseeConfidence, idNumber: p.lesseeIdNumber, idConfidence: p.lesseeIdConfidence }
    : { name: p.employee, nameConfidence: p.employeeConfidence, idNumber: p.employeeIdNumber, idConfidence: p.employeeIdConfidence };
  const v = judgePerson(read, applicant);
  const someoneElse = personFlags(truth, applicant).length > 0;
  if (v.verdict === 'other') return { confidence: v.confidence, right: someoneElse, defect: true };
  if (v.verdict === 'same') return { confidence: read.nameConfidence, right: !someoneElse, defect: false };
  return 'undecided';
}
