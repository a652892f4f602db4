import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const isoMonth = z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM');

export const DocumentKind = z.enum([
  'tax_record',
  'income_query',
  'labor_contract',
  'lease_contract',
  'id_card',
  'residence_permit',
  'hukou',
  'degree_certificate',
  'title_certificate',
  'resignation_certificate',
  'borrowing_statement',
  'other',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Income materials must carry seal, annotation and signature on every page (guide 五, 五（二）3). */
export const INCOME_MATERIAL_KINDS: readonly DocumentKind[] = ['tax_record', 'income_query'];

export const ApplicationType = z.enum(['new', 'renewal', 'employer_change', 'info_change']);
export const EmployerCategory = z.enum(['high_tech', 'key', 'public_institution', 'other']);
export const Condition = z.enum([
  'degree',
  'title',
  'award',
  'innovation_income',
  'service_income',
  'ip',
  'founder',
  'freelancer',
  'talent_program',
]);

export const CaseDocument = z.strictObject({
  file: z.string().min(1),
  kind: DocumentKind.optional(),
});

export const CaseFields = z.strictObject({
  id: z.string().min(1).max(128),
  applicationType: ApplicationType.optional(),
  applicationDate: isoDate.optional(),
  applicant: z
    .strictObject({
      name: z.string().optional(),
      idNumber: z.string().optional(),
      birthDate: isoDate.optional(),
      sex: z.enum(['male', 'female']).optional(),
    })
    .optional(),
  employer: z
    .strictObject({
      name: z.string().min(1),
      category: EmployerCategory.optional(),
      creditCode: z.string().optional(),
    })
    .optional(),
  condition: Condition.optional(),
  permitExpiry: isoDate.nullable().optional(),
  district: z.string().optional(),
});

export const Case = CaseFields.extend({
  documents: z.array(CaseDocument).max(50),
});
export type Case = z.infer<typeof Case>;
export type CaseFields = z.infer<typeof CaseFields>;
