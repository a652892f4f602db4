import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DocumentKind, DocumentReport } from '../../rules/contract/index.ts';
import { withTransaction } from './with-transaction.ts';

export interface DocumentRow {
  id: string;
  caseId: string;
  file: string;
  sha256: string;
  byteSize: number;
  declaredKind: DocumentKind | null;
  pageCount: number | null;
  status: 'queued' | 'done' | 'invalid';
  invalidReason: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg rows are untyped; this is where they get a type
function toRow(r: Record<string, any>): DocumentRow {
  return {
    id: r.id,
    caseId: r.case_id,
    file: r.file,
    sha256: r.sha256,
    byteSize: Number(r.byte_size),
    declaredKind: r.declared_kind,
    pageCount: r.page_count,
    status: r.status,
    invalidReason: r.invalid_reason,
  };
}

export function createDocumentsRepo(pool: pg.Pool) {
  return {
    /**
     * Records an upload and marks its case as processing, in one transaction. The same file uploaded
     * again to the same case returns the existing document (`created: false`).
     */
    async insert(doc: {
      caseId: string;
      file: string;
      sha256: string;
      byteSize: number;
      declaredKind: DocumentKind | null;
      pageCount: number | null;
      invalid: { reason: string; report: DocumentReport } | null;
    }): Promise<{ row: DocumentRow; created: boolean }> {
      return withTransaction(pool, async (client) => {
        const ins = await client.query(
          `INSERT INTO document (id, case_id, file, sha256, byte_size, declared_kind, page_count, status, invalid_reason, report)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (case_id, sha256) DO NOTHING RETURNING *`,
          [
            randomUUID(),
            doc.caseId,
            doc.file,
            doc.sha256,
            doc.byteSize,
            doc.declaredKind,
            doc.pageCount,
            doc.invalid ? 'invalid' : 'queued',
            doc.invalid?.reason ?? null,
            doc.invalid?.report ?? null,
          ],
        );
        if (ins.rows[0]) {
          await client.query("UPDATE case_file SET status = 'processing', updated_at = now() WHERE id = $1", [
            doc.caseId,
          ]);
          return { row: toRow(ins.rows[0]), created: true };
        }
        const existing = await client.query('SELECT * FROM document WHERE case_id = $1 AND sha256 = $2', [
          doc.caseId,
          doc.sha256,
        ]);
        return { row: toRow(existing.rows[0]), created: false };
      });
    },

    async get(id: string): Promise<DocumentRow | null> {
      const { rows } = await pool.query('SELECT * FROM document WHERE id = $1', [id]);
      return rows[0] ? toRow(rows[0]) : null;
    },

    async listForCase(caseId: string): Promise<DocumentRow[]> {
      const { rows } = await pool.query('SELECT * FROM document WHERE case_id = $1 ORDER BY seq', [caseId]);
      return rows.map(toRow);
    },

    /** Idempotent: storing the same outcome again changes nothing. `pageVersion`: the page results it was assembled from. */
    async storeReport(id: string, report: DocumentReport, pageVersion: string | null = null): Promise<void> {
      const reason = report.invalid?.reason ?? null;
      await pool.query(
        `UPDATE document SET report = $2, status = $3, invalid_reason = $4, page_version = $5, updated_at = now() WHERE id = $1`,
        [id, report, reason ? 'invalid' : 'done', reason, pageVersion],
      );
    },

    /** Before a full re-verification: the document waits for its pages again. */
    async requeue(id: string): Promise<void> {
      await pool.query(
        "UPDATE document SET status = 'queued', updated_at = now() WHERE id = $1 AND status = 'done'",
        [id],
      );
      await pool.query('DELETE FROM document_page WHERE document_id = $1', [id]);
    },

    /** A page's analysis is stored; it also counts as progress for the stuck-document reconciler. */
    async markPageDone(id: string, page: number): Promise<void> {
      await pool.query(
        'INSERT INTO document_page (document_id, page) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [id, page],
      );
      await pool.query("UPDATE document SET updated_at = now() WHERE id = $1 AND status = 'queued'", [id]);
    },

    /**
     * Claims documents still waiting for analysis with no change for `idleMs`, outside any batch
     * still running and moving (a batch with no progress for `idleMs` no longer holds them back):
     * their clock is reset in the same statement, so of several reconcilers (one per worker
     * process) exactly one gets each document, and it is claimed again only after another idle
     * period. At most `limit` a call.
     */
    async claimStuck(idleMs: number, limit = 100): Promise<{ id: string; caseId: string; pageCount: number | null }[]> {
      const { rows } = await pool.query(
        `UPDATE document SET updated_at = now()
          WHERE id IN (
            SELECT d.id FROM document d
             WHERE d.status = 'queued' AND d.updated_at < now() - make_interval(secs => $1::double precision / 1000)
               AND NOT EXISTS (
                 SELECT 1 FROM batch_case bc JOIN batch b ON b.id = bc.batch_id
                  WHERE bc.case_id = d.case_id AND NOT bc.done AND b.status IN ('queued', 'running')
                    -- a batch that stopped moving (its flows lost) shields nothing
                    AND b.updated_at >= now() - make_interval(secs => $1::double precision / 1000))
             ORDER BY d.updated_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id, case_id, page_count`,
        [idleMs, limit],
      );
      return rows.map((r) => ({ id: r.id, caseId: r.case_id, pageCount: r.page_count }));
    },
  };
}
export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
