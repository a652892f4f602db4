import { z } from 'zod';

/**
 * Every flag code a report may carry (the `flags[].code` of rules/contract/report.ts and of the committed
 * contract.schema.json) with the clause of the Changping 2021 guide that each enforces.
 */
export const FLAG_CLAUSES = {
  FILE_INVALID: '五',
  KIND_MISMATCH: '五（二）',
  MATERIAL_MISSING: '五（二）（三）（四）',
  SCAN_UNCLEAR: '五',
  SCAN_EDGES: '五',
  SEAL_MISSING: '五',
  SEAL_MISMATCH: '四（二）',
  ANNOTATION_MISSING: '五',
  ANNOTATION_INCOMPLETE: '五',
  SIGNATURE_MISSING: '五',
  INCOME_BELOW_THRESHOLD: '二（二）',
  INCOME_MONTHS_MISSING: '五（二）3',
  INCOME_TAX_INCONSISTENT: '五（二）3',
  PAYER_MISMATCH: '二（三）, 四（二）',
  EMPLOYMENT_TOO_SHORT: '二（二）',
  VALIDITY_TOO_SHORT: '四（一）',
  EXPIRED: '四（一）',
  MATERIAL_STALE: '四（一）',
  LEASE_FIELDS_MISSING: '五（二）4③',
  RENEWAL_WINDOW: '五（三）（四）',
  RENEWAL_INCOME_BELOW_FLOOR: '五（三）',
  WAGE_FIGURE_PROVISIONAL: '二（二）注',
  EXTRACTION_UNCERTAIN: '—',
  WORK_EXPERIENCE_TOO_SHORT: '二（二）',
  RETIREMENT_AGE: '二（二）',
  DISPATCH_INELIGIBLE: '二（三）',
  ANNUAL_INCOME_BELOW_MULTIPLE: '二（二）4, 5',
  CASE_RULE_SKIPPED: '—',
  CONTRACT_EMPLOYER_MISMATCH: '四（二）',
  CALENDAR_NOT_COVERED: '五（三）（四）',
  PERSON_MISMATCH: '五（二）3, 4, 四（五）',
  FILE_ACTIVE_CONTENT: '五',
} as const;

export const FlagCode = z.enum(Object.keys(FLAG_CLAUSES) as [keyof typeof FLAG_CLAUSES, ...(keyof typeof FLAG_CLAUSES)[]]);
export type FlagCode = z.infer<typeof FlagCode>;
export const Severity = z.enum(['reject', 'review', 'info']);
export type Severity = z.infer<typeof Severity>;
