import type pg from 'pg';

import type { PageKey, PageOutcome } from '../../workers/jobs/index.ts';

export type { PageKey, PageOutcome };

/** Content-addressed page analyses; UPSERT so a re-delivered job writes the same row again. */
export function createPageResultsRepo(pool: pg.Pool) {
  return {
    async get(key: PageKey): Promise<PageOutcome | null> {
      const { rows } = await pool.query(
        `SELECT analysis, invalid_reason FROM page_result
          WHERE sha256 = $1 AND page = $2 AND pipeline_version = $3 AND context_key = $4`,
        [key.sha256, key.page, key.pipelineVersion, key.contextKey],
      );
      const r = rows[0];
      if (!r) return null;
      return r.invalid_reason
        ? { analysis: null, invalidReason: r.invalid_reason }
        : { analysis: r.analysis, invalidReason: null };
    },
    async put(key: PageKey, outcome: PageOutcome): Promise<void> {
      await pool.query(
        `INSERT INTO page_result (sha256, page, pipeline_version, context_key, analysis, invalid_reason)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (sha256, page, pipeline_version, context_key)
         DO UPDATE SET analysis = EXCLUDED.analysis, invalid_reason = EXCLUDED.invalid_reason, updated_at = now()`,
        [
          key.sha256,
          key.page,
          key.pipelineVersion,
          key.contextKey,
          outcome.analysis === null ? null : JSON.stringify(outcome.analysis),
          outcome.invalidReason,
        ],
      );
    },
  };
}
export type PageResultsRepo = ReturnType<typeof createPageResultsRepo>;
