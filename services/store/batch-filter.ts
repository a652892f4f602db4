import { z } from 'zod';
import { UUID } from './uuid.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/**
 * Which cases a re-verification takes, the same for `precheck reverify` and `POST /api/batches`.
 * Dates are the days cases were created (both ends included, UTC). Strict: an unknown key is an
 * error, never a filter silently ignored.
 */
export const BatchFilter = z.strictObject({
  since: day.optional(),
  until: day.optional(),
  /** The case's processing status. */
  status: z.enum(['open', 'processing', 'ready']).optional(),
  /** Only cases whose report measured the income on a provisional wage figure (the year's not yet published). */
  provisionalOnly: z.boolean().optional(),
  /** Only cases whose report was made by another pipeline version than the one running now. */
  olderPipeline: z.boolean().optional(),
  tenant: z.string().min(1).max(200).optional(),
  caseIds: z.array(z.string()).max(10_000).optional(),
});
export type BatchFilter = z.infer<typeof BatchFilter>;
export const BatchMode = z.enum(['rules', 'full']);
export type BatchMode = z.infer<typeof BatchMode>;

/**
 * The filter as a WHERE clause over `case_file` (parameters from `$first`). Only cases with at
 * least one document: a case with none has nothing to judge. `pipelineVersion` is the version
 * running now (for `olderPipeline`).
 */
export function filterSql(filter: BatchFilter, first: number, pipelineVersion: string): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${first + params.length - 1}`;
  };
  const where = ['EXISTS (SELECT 1 FROM document d WHERE d.case_id = c.id)'];
  if (filter.since) where.push(`c.created_at >= ${p(filter.since)}::date`);
  if (filter.until) where.push(`c.created_at < ${p(filter.until)}::date + 1`);
  if (filter.status) where.push(`c.status = ${p(filter.status)}`);
  if (filter.provisionalOnly) where.push('c.wage_provisional');
  if (filter.olderPipeline) where.push(`(c.report IS NULL OR c.report ->> 'pipelineVersion' IS DISTINCT FROM ${p(pipelineVersion)})`);
  if (filter.tenant) where.push(`c.tenant = ${p(filter.tenant)}`);
  if (filter.caseIds) where.push(`c.id = ANY(${p(filter.caseIds.filter((x) => UUID.test(x)))}::uuid[])`);
  return { sql: where.join(' AND '), params };
}
