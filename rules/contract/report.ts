import { z } from 'zod';
import { DocumentKind, isoDate, isoMonth } from './case.ts';
import { FlagCode, Severity } from './flag-codes.ts';

export const Box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
export type Box = z.infer<typeof Box>;

/** `true`/`false` when the check decided; `null` when it could not (then a `review` flag is raised). */
const decision = z.boolean().nullable();

export const Clarity = z.object({
  ok: decision,
  sharpness: z.number().nullable(),
  contrast: z.number().nullable(),
  effectiveDpi: z.number().nullable().optional(),
  blockiness: z.number().nullable().optional(),
  /** Pixels at 150 dpi clearly darker than the paper; a page with almost none is bare paper (a file of only such pages is FILE_INVALID blank_document). */
  inkPixels: z.number().int().min(0).optional(),
  reasons: z.array(z.string()).optional(),
  /** 0..1: how sure the decision (ok) is; the reject gate (rules/data/reject-gate.ts) reads it. Absent: not reported. */
  confidence: z.number().min(0).max(1).optional(),
});
export const Edges = z.object({
  ok: decision,
  skewDeg: z.number().nullable(),
  cropped: z.boolean().nullable(),
  reasons: z.array(z.string()).optional(),
  /** 0..1: how sure the decision (ok) is; the reject gate (rules/data/reject-gate.ts) reads it. Absent: not reported. */
  confidence: z.number().min(0).max(1).optional(),
});
export const Seal = z.object({
  present: decision,
  confidence: z.number().min(0).max(1),
  boxes: z.array(Box),
  text: z.string().nullable(),
  matchesEmployer: z.boolean().nullable(),
  code: z.string().nullable().optional(),
  grey: z.boolean().optional(),
  /** Seals of the body that issued the document (tax bureau, police, university): shown, never counted as the employer's. */
  issuerSeals: z.array(z.object({ box: Box, text: z.string().nullable() })).optional(),
});
export const Annotation = z.object({
  present: decision,
  complete: z.boolean().nullable(),
  confidence: z.number().min(0).max(1),
  text: z.string().nullable(),
  box: Box.nullable(),
  coverage: z.number().min(0).max(1).optional(),
  form: z.enum(['handwritten', 'stamp', 'printed', 'unknown']).optional(),
});
export const Signature = z.object({
  present: decision,
  box: Box.nullable(),
  confidence: z.number().min(0).max(1).optional(),
});

export const PageReport = z.object({
  page: z.number().int().min(1),
  widthPx: z.number().int(),
  heightPx: z.number().int(),
  dpi: z.number().nullable(),
  textSource: z.enum(['ocr', 'text-layer', 'none']),
  ocrConfidence: z.number().nullable(),
  clarity: Clarity,
  edges: Edges,
  seal: Seal,
  annotation: Annotation,
  signature: Signature,
});
export type PageReport = z.infer<typeof PageReport>;

export const IncomeRow = z.object({
  period: isoMonth,
  amount: z.number(),
  item: z.string().nullable(),
  payer: z.string().nullable(),
  page: z.number().int(),
  confidence: z.number().min(0).max(1),
  text: z.string().optional(),
});
export const TaxRow = z.object({
  period: isoMonth,
  amount: z.number(),
  item: z.string().nullable(),
  paidOn: isoDate.nullable(),
  page: z.number().int(),
  confidence: z.number().min(0).max(1),
  authority: z.string().nullable().optional(),
  text: z.string().optional(),
});
export const Term = z.object({
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  openEnded: z.boolean(),
  taskBased: z.boolean().optional(),
  page: z.number().int().nullable(),
  text: z.string().nullable(),
  confidence: z.number().min(0).max(1).optional(),
});
export const Parties = z.object({
  employer: z.string().nullable().optional(),
  /** 0..1: how surely the employer's name was read (its OCR row); below MIN_FIELD_CONFIDENCE no rejection rests on it. Absent: sure. */
  employerConfidence: z.number().min(0).max(1).optional(),
  employerCreditCode: z.string().nullable().optional(),
  employee: z.string().nullable().optional(),
  /** 0..1: how surely the holder's name (乙方, 纳税人, the card's 姓名) was read; absent: sure. */
  employeeConfidence: z.number().min(0).max(1).optional(),
  employeeIdNumber: z.string().nullable().optional(),
  /** 0..1: how surely the holder's ID number was read; absent: sure. */
  employeeIdConfidence: z.number().min(0).max(1).optional(),
  lessor: z.string().nullable().optional(),
  lessee: z.string().nullable().optional(),
  /** 0..1: how surely the lessee's name was read; absent: sure. */
  lesseeConfidence: z.number().min(0).max(1).optional(),
  lessorIdNumber: z.string().nullable().optional(),
  lesseeIdNumber: z.string().nullable().optional(),
  /** 0..1: how surely the lessee's ID number was read; absent: sure. */
  lesseeIdConfidence: z.number().min(0).max(1).optional(),
  lessorPhone: z.string().nullable().optional(),
  lesseePhone: z.string().nullable().optional(),
  /** 房屋借住声明: the 出借人 (房主, or the lessee of the home lent) and the 借住人, as read. */
  lender: z.string().nullable().optional(),
  lenderIdNumber: z.string().nullable().optional(),
  borrower: z.string().nullable().optional(),
  /** 0..1: how surely the borrower's name was read; absent: sure. */
  borrowerConfidence: z.number().min(0).max(1).optional(),
  borrowerIdNumber: z.string().nullable().optional(),
  /** 0..1: how surely the borrower's ID number was read; absent: sure. */
  borrowerIdConfidence: z.number().min(0).max(1).optional(),
  address: z.string().nullable().optional(),
  dispatch: z.boolean().optional(),
});
export const Totals = z.object({
  records: z.number().int().nullable(),
  amount: z.number().nullable(),
  reconciled: z.boolean().nullable(),
});

export const DocumentReport = z.object({
  file: z.string(),
  sha256: z.string().nullable(),
  pageCount: z.number().int().min(0),
  declaredKind: DocumentKind.nullable(),
  kind: DocumentKind,
  kindConfidence: z.number().min(0).max(1),
  issuedOn: isoDate.nullable(),
  /**
   * 0..1: how surely issuedOn was read. Below MIN_FIELD_CONFIDENCE the readings of the date
   * disagree (开具时间 against the record number, one engine against the other) or only a restored
   * image holds it: the rules ask a reviewer instead of judging freshness on it. Absent: sure.
   */
  issuedOnConfidence: z.number().min(0).max(1).optional(),
  pages: z.array(PageReport),
  income: z.array(IncomeRow),
  taxes: z.array(TaxRow),
  term: Term.nullable(),
  parties: Parties,
  totals: z.object({ income: Totals.nullable(), taxes: Totals.nullable() }).optional(),
  /** Table rows that looked like data but could not be read (dropped, not guessed): the record is incomplete. */
  unreadRows: z.object({ income: z.number().int().min(0), taxes: z.number().int().min(0) }).optional(),
  /**
   * Party fields (keys of `parties`) whose label was read and whose blank after it is empty: proven
   * missing. A field absent from `parties` and not listed here was only not found.
   */
  blankFields: z.array(z.string()).optional(),
  /**
   * What the file carries besides its pages that a scanner never writes (`javascript`,
   * `launch_action`, `xfa_form`, `embedded_file`); never run or opened. Absent: none.
   */
  activeContent: z.array(z.string()).optional(),
  invalid: z.object({ reason: z.string() }).nullable().optional(),
});
export type DocumentReport = z.infer<typeof DocumentReport>;

/** A reviewer's decision on a flag (present in the reports reviewers read, absent until one decides). */
export const FlagDecision = z.object({
  outcome: z.enum(['confirmed', 'dismissed']),
  comment: z.string(),
  /** The deciding token's id (who); never a name. */
  by: z.string(),
  at: z.string(),
});
export type FlagDecision = z.infer<typeof FlagDecision>;

export const Flag = z.object({
  /** Stable across re-runs of the same facts: a hash of code, file, page and subject (rules/flag-key.ts). */
  key: z.string().optional(),
  code: FlagCode,
  severity: Severity,
  file: z.string().nullable(),
  page: z.number().int().nullable(),
  message: z.string(),
  rule: z.string(),
  evidence: z.object({
    box: Box.nullable(),
    value: z.unknown().nullable(),
    expected: z.unknown().nullable(),
    text: z.string().nullable().optional(),
  }),
  decision: FlagDecision.optional(),
});
export type Flag = z.infer<typeof Flag>;

export const Facts = z.object({
  incomeMonths: z.number().int().nullable(),
  incomeMonthlyAverage: z.number().nullable(),
  incomeThreshold: z
    .object({
      amount: z.number(),
      multiplier: z.number(),
      wageYear: z.number().int(),
      provisional: z.boolean(),
    })
    .nullable(),
  employmentMonths: z.number().nullable(),
  contractMonthsLeft: z.number().nullable(),
  leaseMonthsLeft: z.number().nullable(),
});
export type Facts = z.infer<typeof Facts>;

export const Report = z.object({
  schemaVersion: z.literal(1),
  pipelineVersion: z.string(),
  caseId: z.string().nullable(),
  generatedAt: z.string().optional(),
  documents: z.array(DocumentReport),
  facts: Facts,
  flags: z.array(Flag),
  timings: z.object({ totalMs: z.number(), pages: z.number().int() }).optional(),
});
export type Report = z.infer<typeof Report>;
