import { z } from 'zod';
import type { CaseFields, Report } from '../../../rules/contract/index.ts';

/** Which ID number to reveal: the applicant's (case fields) or one read on a document of the report. */
export const RevealRequest = z.discriminatedUnion('field', [
  z.strictObject({ field: z.literal('applicant') }),
  z.strictObject({
    field: z.enum(['employeeIdNumber', 'lessorIdNumber', 'lesseeIdNumber']),
    /** Index of the document in the report's `documents`. */
    document: z.number().int().min(0),
  }),
]);
export type RevealRequest = z.infer<typeof RevealRequest>;

/** The unmasked number and the audit subject naming where it was read (a path, never the value); null when there is none. */
export function revealableId(fields: CaseFields, report: Report | null, r: RevealRequest): { value: string; subject: string } | null {
  if (r.field === 'applicant') {
    const value = fields.applicant?.idNumber;
    return value ? { value, subject: 'applicant.idNumber' } : null;
  }
  const value = report?.documents[r.document]?.parties[r.field];
  return value ? { value, subject: `documents.${r.document}.parties.${r.field}` } : null;
}
