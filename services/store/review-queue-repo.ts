import type pg from 'pg';
import type { CaseStatus } from './cases-repo.ts';

export interface ReviewQueueFilter {
  /** Only cases with a flag of this code. */
  code?: string;
  status?: CaseStatus;
  /** Part of the employer's name as the case gives it. */
  employer?: string;
  /** The employer's tenant, exactly. */
  tenant?: string;
  limit?: number;
}

export interface ReviewQueueRow {
  id: string;
  caseRef: string | null;
  tenant: string;
  employer: string | null;
  status: CaseStatus;
  createdAt: string;
  /** Flags of each severity nobody has decided yet. */
  openRejects: number;
  openReviews: number;
  decided: number;
  flags: number;
}

/**
 * The reviewer queue over every tenant: cases with an undecided reject first, then those with an
 * undecided review, then the rest; within each, the oldest first (it has waited longest).
 */
export function createReviewQueueRepo(pool: pg.Pool) {
  return {
    async list(filter: ReviewQueueFilter): Promise<ReviewQueueRow[]> {
      const where: string[] = ['true'];
      const params: unknown[] = [];
      if (filter.status) where.push(`c.status = $${params.push(filter.status)}`);
      if (filter.tenant) where.push(`c.tenant = $${params.push(filter.tenant)}`);
      if (filter.employer) where.push(`strpos(coalesce(c.fields->'employer'->>'name', ''), $${params.push(filter.employer)}) > 0`);
      if (filter.code) where.push(`EXISTS (SELECT 1 FROM flag x WHERE x.case_id = c.id AND x.code = $${params.push(filter.code)})`);
      params.push(Math.min(filter.limit ?? 100, 500));
      const { rows } = await pool.query(
        `SELECT c.id, c.fields->>'id' AS case_ref, c.tenant, c.fields->'employer'->>'name' AS employer, c.status, c.created_at,
                count(f.ord) FILTER (WHERE f.severity = 'reject' AND d.flag_key IS NULL)::int AS open_rejects,
                count(f.ord) FILTER (WHERE f.severity = 'review' AND d.flag_key IS NULL)::int AS open_reviews,
                count(d.flag_key)::int AS decided,
                count(f.ord)::int AS flags
           FROM case_file c
           LEFT JOIN flag f ON f.case_id = c.id
           LEFT JOIN flag_decision d ON d.case_id = f.case_id AND d.flag_key = f.flag_key
          WHERE ${where.join(' AND ')}
          GROUP BY c.id
          ORDER BY (count(f.ord) FILTER (WHERE f.severity = 'reject' AND d.flag_key IS NULL) > 0) DESC,
                   (count(f.ord) FILTER (WHERE f.severity = 'review' AND d.flag_key IS NULL) > 0) DESC,
                   c.created_at ASC, c.id
          LIMIT $${params.length}`,
        params,
      );
      return rows.map((r) => ({
        id: r.id,
        caseRef: r.case_ref,
        tenant: r.tenant,
        employer: r.employer,
        status: r.status,
        createdAt: r.created_at.toISOString(),
        openRejects: r.open_rejects,
        openReviews: r.open_reviews,
        decided: r.decided,
        flags: r.flags,
      }));
    },
  };
}
export type ReviewQueueRepo = ReturnType<typeof createReviewQueueRepo>;
