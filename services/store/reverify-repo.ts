import type pg from 'pg';
import type { CaseFields, DocumentReport, Report } from '../../rules/contract/index.ts';
import { flagDelta, outcomeOf } from '../../workers/jobs/flag-delta.ts';
import { COUNT_DONE } from './batches-repo.ts';
import { withTransaction } from './with-transaction.ts';

export interface StaleDocument {
  caseId: string;
  documentId: string;
  pageCount: number;
  /** Pages with no result of the current page version under this case's context. */
  missingPages: number[];
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
    async applyRules(batchId: string, caseIds: string[], build: (fields: CaseFields, documents: DocumentReport[]) => Report): Promise<{ done: number; changed: number }> {
      if (!caseIds.length) return { done: 0, changed: 0 };
      return withTransaction(pool, async (client) => {
        const mine = (
          await client.query(
            `SELECT case_id FROM batch_case WHERE batch_id = $1 AND case_id = ANY($2::uuid[]) AND NOT done
              ORDER BY case_id FOR UPDATE SKIP LOCKED`,
            [batchId, caseIds],
          )
        ).rows.map((r) => r.case_id as string);
        if (!mine.length) return { done: 0, changed: 0 };
        const cases = (
          await client.query(
            `SELECT c.id, c.fields, c.report -> 'flags' AS flags,
                    (SELECT json_agg(d.report ORDER BY d.seq) FROM document d WHERE d.case_id = c.id) AS docs,
                    EXISTS (SELECT 1 FROM document d WHERE d.case_id = c.id AND (d.status = 'queued' OR d.report IS NULL)) AS incomplete
               FROM case_file c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE OF c`,
            [mine],
          )
        ).rows;
        const written: { id: string; r: unknown }[] = [];
        const marks = { id: [] as string[], before: [] as string[], after: [] as (string | null)[], added: [] as (string | null)[], removed: [] as (string | null)[] };
        for (const c of cases) {
          const before = outcomeOf(c.flags);
          marks.id.push(c.id);
          marks.before.push(before);
          if (c.incomplete || !c.docs) {
            marks.after.push(null);
            marks.added.push(null);
            marks.removed.push(null);
            continue;
          }
          const report = build(c.fields, c.docs);
          const d = flagDelta(c.flags ?? [], report.flags);
          written.push({ id: c.id, r: report });
          marks.after.push(outcomeOf(report.flags));
          marks.added.push(d.added && JSON.stringify(d.added));
          marks.removed.push(d.removed && JSON.stringify(d.removed));
        }
        const changed = (
          await client.query(
            // One JSON text for the chunk: a jsonb[] parameter costs an escaping pass per report.
            `UPDATE case_file c SET report = u.r, status = 'ready', updated_at = now()
               FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, r jsonb)
              WHERE c.id = u.id AND c.report IS DISTINCT FROM u.r RETURNING c.id, u.r -> 'flags' AS flags`,
            [JSON.stringify(written)],
          )
        ).rows;
        if (changed.length) {
          await client.query('DELETE FROM flag WHERE case_id = ANY($1::uuid[])', [changed.map((r) => r.id)]);
          const f = { c: [] as string[], o: [] as number[], code: [] as string[], sev: [] as string[], file: [] as (string | null)[], page: [] as (number | null)[] };
          for (const r of changed)
            (r.flags as { code: string; severity: string; file: string | null; page: number | null }[]).forEach((x, i) => {
              f.c.push(r.id);
              f.o.push(i);
              f.code.push(x.code);
              f.sev.push(x.severity);
              f.file.push(x.file ?? null);
              f.page.push(x.page ?? null);
            });
          await client.query(
            `INSERT INTO flag (case_id, ord, code, severity, file, page)
             SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[])`,
            [f.c, f.o, f.code, f.sev, f.file, f.page],
          );
        }
        await client.query(
          `UPDATE batch_case bc SET done = true, outcome_before = u.b, outcome_after = u.a, added = u.ad, removed = u.rm
             FROM unnest($2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[]) AS u(id, b, a, ad, rm)
            WHERE bc.batch_id = $1 AND bc.case_id = u.id`,
          [batchId, marks.id, marks.before, marks.after, marks.added, marks.removed],
        );
        await client.query(COUNT_DONE, [batchId, marks.id.length]);
        return { done: marks.id.length, changed: changed.length };
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
