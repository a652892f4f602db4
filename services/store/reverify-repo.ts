import type pg from 'pg';
import type { CaseFields } from '../../rules/contract/index.ts';
import type { Judged, StoredCase } from '../../workers/jobs/judge-cases.ts';
import { COUNT_DONE } from './batches-repo.ts';
import { withTransaction } from './with-transaction.ts';

export interface StaleDocument {
  caseId: string;
  documentId: string;
  pageCount: number;
  /** Pages with no result of the current page version under this case's context. */
  missingPages: number[];
}

/** The flag rows of these cases' new reports, in place of their old ones (keys kept, so decisions follow their flags). */
async function replaceFlags(client: pg.PoolClient, cases: Judged[]): Promise<void> {
  await client.query('DELETE FROM flag WHERE case_id = ANY($1::uuid[])', [cases.map((j) => j.id)]);
  const f = { c: [] as string[], o: [] as number[], code: [] as string[], sev: [] as string[], file: [] as (string | null)[], page: [] as (number | null)[], key: [] as (string | null)[] };
  for (const j of cases)
    j.flagRows!.forEach((x, i) => {
      f.c.push(j.id);
      f.o.push(i);
      f.code.push(x.code);
      f.sev.push(x.severity);
      f.file.push(x.file);
      f.page.push(x.page);
      f.key.push(x.key);
    });
  await client.query(
    `INSERT INTO flag (case_id, ord, code, severity, file, page, flag_key)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[])`,
    [f.c, f.o, f.code, f.sev, f.file, f.page, f.key],
  );
}

/** Re-verification's two steps over stored data: rules on stored facts, and which pages are out of date. */
export function createReverifyRepo(pool: pg.Pool) {
  return {
    /**
     * Re-judges these cases of the batch from their stored document reports: no OCR, no pixels.
     * One transaction per call: the cases' rows are locked (an upload's case job waits), a report
     * is written only where it differs (a second run writes nothing), and each case is marked done
     * with what moved, so a run killed midway resumes with the cases it had not finished. Cases
     * another runner holds are skipped (SKIP LOCKED); cases with a document still being analysed
     * are marked done unchanged (their own case job judges them when it lands).
     */
    async applyRules(batchId: string, caseIds: string[], judge: (rows: StoredCase[]) => Judged[] | Promise<Judged[]>): Promise<{ done: number; changed: number }> {
      if (!caseIds.length) return { done: 0, changed: 0 };
      return withTransaction(pool, async (client) => {
        const mine = (
          await client.query(
            // Not the cases handed to the workers (their case job marks them, with what moved).
            `SELECT case_id FROM batch_case WHERE batch_id = $1 AND case_id = ANY($2::uuid[]) AND NOT done AND codes_before IS NULL
              ORDER BY case_id FOR UPDATE SKIP LOCKED`,
            [batchId, caseIds],
          )
        ).rows.map((r) => r.case_id as string);
        if (!mine.length) return { done: 0, changed: 0 };
        // JSON as text: parsed where it is judged (possibly other threads), not here.
        const rows = (
          await client.query(
            `SELECT c.id, c.fields::text AS fields, (c.report -> 'flags')::text AS flags, c.report_digest AS digest,
                    (SELECT json_agg(d.report ORDER BY d.seq) FROM document d WHERE d.case_id = c.id)::text AS docs,
                    EXISTS (SELECT 1 FROM document d WHERE d.case_id = c.id AND (d.status = 'queued' OR d.report IS NULL)) AS incomplete
               FROM case_file c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE OF c`,
            [mine],
          )
        ).rows as StoredCase[];
        const judged = await judge(rows);
        // Only reports whose digest moved are sent: one JSON text for them, spliced from the
        // reports' own texts (never parsed again here). A report with a new digest but the same
        // content (written before digests were kept) gets its digest and counts as unchanged.
        const fresh = judged.filter((j) => j.report !== null);
        const written = `[${fresh.map((j) => `{"id":"${j.id}","h":"${j.digest}","r":${j.report}}`).join(',')}]`;
        const changed = new Set(
          fresh.length === 0
            ? []
            : (
                await client.query(
                  `WITH u AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, h text, r jsonb)),
                        moved AS (SELECT c.id, c.report IS DISTINCT FROM u.r AS moved FROM case_file c JOIN u ON u.id = c.id)
                   UPDATE case_file c SET report = u.r, report_digest = u.h, status = 'ready',
                          updated_at = CASE WHEN moved.moved THEN now() ELSE c.updated_at END
                     FROM u JOIN moved ON moved.id = u.id
                    WHERE c.id = u.id RETURNING c.id, moved.moved`,
                  [written],
                )
              ).rows
                .filter((r) => r.moved)
                .map((r) => r.id as string),
        );
        if (changed.size) await replaceFlags(client, fresh.filter((j) => changed.has(j.id)));
        await client.query(
          `UPDATE batch_case bc SET done = true, outcome_before = u.b, outcome_after = u.a, added = u.ad, removed = u.rm
             FROM jsonb_to_recordset($2::jsonb) AS u(id uuid, b text, a text, ad jsonb, rm jsonb)
            WHERE bc.batch_id = $1 AND bc.case_id = u.id`,
          [batchId, JSON.stringify(judged.map((j) => ({ id: j.id, b: j.before, a: j.after, ad: j.added, rm: j.removed })))],
        );
        await client.query(COUNT_DONE, [batchId, judged.length]);
        return { done: judged.length, changed: changed.size };
      });
    },

    /**
     * Documents of these cases (analysed, not rejected at upload) whose report was assembled from
     * another page version, or with a page lacking a result of the current version: what a full
     * re-verification re-analyses (only the missing pages) and re-assembles. Pages are keyed by
     * (sha256, page, version, context), so a page any case already analysed is not analysed again.
     */
    async staleDocuments(caseIds: string[], pageVersion: string, contextKeyOf: (tenant: string, fields: CaseFields) => string): Promise<StaleDocument[]> {
      if (!caseIds.length) return [];
      const docs = (
        await pool.query(
          `SELECT d.id, d.case_id, d.sha256, d.page_count, d.page_version, c.tenant, c.fields
             FROM document d JOIN case_file c ON c.id = d.case_id
            WHERE d.case_id = ANY($1::uuid[]) AND d.status = 'done' AND d.page_count > 0 ORDER BY d.case_id, d.seq`,
          [caseIds],
        )
      ).rows;
      if (!docs.length) return [];
      const have = new Set(
        (
          await pool.query(
            'SELECT sha256, page, context_key FROM page_result WHERE pipeline_version = $1 AND sha256 = ANY($2::text[])',
            [pageVersion, [...new Set(docs.map((d) => d.sha256))]],
          )
        ).rows.map((r) => `${r.sha256}|${r.page}|${r.context_key}`),
      );
      const stale: StaleDocument[] = [];
      for (const d of docs) {
        const key = contextKeyOf(d.tenant, d.fields);
        const missing = Array.from({ length: d.page_count }, (_, i) => i + 1).filter((p) => !have.has(`${d.sha256}|${p}|${key}`));
        if (missing.length || d.page_version !== pageVersion)
          stale.push({ caseId: d.case_id, documentId: d.id, pageCount: d.page_count, missingPages: missing });
      }
      return stale;
    },
  };
}
export type ReverifyRepo = ReturnType<typeof createReverifyRepo>;
