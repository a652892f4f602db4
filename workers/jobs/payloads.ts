import { z } from 'zod';

/** Queue names. One queue per stage, so page OCR concurrency is set apart from the cheap stages. */
export const QUEUES = { page: 'page', document: 'document', case: 'case', batch: 'batch' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const id = z.string().uuid();

/** Payloads carry ids only — never names, ID numbers, incomes or text. */
export const AnalysePagePayload = z.strictObject({
  caseId: id,
  documentId: id,
  page: z.number().int().min(1),
  /** Re-analyse even if a result for this key is stored (full re-verification). */
  force: z.boolean().default(false),
  /** The re-verification that queued it (its count of pages analysed). */
  batchId: id.nullable().default(null),
});
export const AssembleDocumentPayload = z.strictObject({
  caseId: id,
  documentId: id,
  force: z.boolean().default(false),
});
export const BuildCaseReportPayload = z.strictObject({ caseId: id, batchId: id.nullable().default(null) });
export const RunBatchPayload = z.strictObject({ batchId: id, mode: z.enum(['rules', 'full']) });

export type AnalysePagePayload = z.infer<typeof AnalysePagePayload>;
export type AssembleDocumentPayload = z.infer<typeof AssembleDocumentPayload>;
export type BuildCaseReportPayload = z.infer<typeof BuildCaseReportPayload>;
export type RunBatchPayload = z.infer<typeof RunBatchPayload>;
