import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { CaseFields, DocumentReport, Report } from '../../rules/contract/index.ts';
import { reportDigest } from '../../workers/jobs/report-digest.ts';
import type { Actor } from './tokens-repo.ts';
import { Rollback, withTransaction } from './with-transaction.ts';
import { UUID } from './uuid.ts';

export type CaseStatus = 'open' | 'processing' | 'ready';
export interface CaseRow {
  id: string;
  tenant: string;
  fields: CaseFields;
  status: CaseStatus;
  report: Report | null;
  createdAt: string;
}
export interface CaseProgress {
  documentsTotal: number;
  documentsDone: number;
  pagesTotal: number;
  pagesDone: number;
}


/**
 * Default-deny visibility folded into the query, so "not yours" and "does not exist" are the same
 * answer. read: employer → own tenant; reviewer → every case. write: employer → own tenant only.
 * Admins manage the service and see no document content.
 */
function visibility(
  actor: Actor,
  purpose: 'read' | 'write',
  firstParam: number,
): { sql: string; params: unknown[] } {
  if (actor.role === 'employer' && actor.tenant)
    return { sql: `tenant = $${firstParam}`, params: [actor.tenant] };
  if (actor.role === 'reviewer' && purpose === 'read') return { sql: 'true', params: [] };
  return { sql: 'false', params: [] };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg rows are untyped; this is where they get a type
function toRow(r: Record<string, any>): CaseRow {
  return {
    id: r.id,
    tenant: r.tenant,
    fields: r.fields,
    status: r.status,
    report: r.report,
    createdAt: r.created_at.toISOString(),
  };
}

export function createCasesRepo(pool: pg.Pool) {
  return {
    async create(tenant: string, fields: CaseFields): Promise<string> {
      const id = randomUUID();
      await pool.query('INSERT INTO case_file (id, tenant, fields) VALUES ($1, $2, $3)', [
        id,
        tenant,
        fields,
      ]);
      return id;
    },

    async findVisible(actor: Actor, id: string, purpose: 'read' | 'write'): Promise<CaseRow | null> {
      if (!UUID.test(id)) return null;
      const v = visibility(actor, purpose, 2);
      const { rows } = await pool.query(`SELECT * FROM case_file WHERE id = $1 AND ${v.sql}`, [
        id,
        ...v.params,
      ]);
      return rows[0] ? toRow(rows[0]) : null;
    },

    /** Workers act for the system, after the API has already checked access. */
    async get(id: string): Promise<CaseRow | null> {
      const { rows } = await pool.query('SELECT * FROM case_file WHERE id = $1', [id]);
      return rows[0] ? toRow(rows[0]) : null;
    },

    async list(
      actor: Actor,
      opts: { status?: CaseStatus; limit?: number } = {},
    ): Promise<
      {
        id: string;
        caseId: string;
        status: CaseStatus;
        createdAt: string;
        rejects: number;
        reviews: number;
      }[]
    > {
      // Admins may list (metadata only: ids, statuses, flag counts), unlike reading a case.
      const v = actor.role === 'admin' ? { sql: 'true', params: [] } : visibility(actor, 'read', 1);
      const params: unknown[] = [...v.params];
      let where = v.sql;
      if (opts.status) {
        params.push(opts.status);
        where += ` AND status = $${params.length}`;
      }
      params.push(Math.min(opts.limit ?? 100, 500));
      const { rows } = await pool.query(
        `SELECT c.id, c.fields->>'id' AS case_ref, c.status, c.created_at,
                (SELECT count(*) FROM flag f WHERE f.case_id = c.id AND f.severity = 'reject')::int AS rejects,
                (SELECT count(*) FROM flag f WHERE f.case_id = c.id AND f.severity = 'review')::int AS reviews
           FROM case_file c WHERE ${where} ORDER BY c.created_at DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map((r) => ({
        id: r.id,
        caseId: r.case_ref,
        status: r.status,
        createdAt: r.created_at.toISOString(),
        rejects: r.rejects,
        reviews: r.reviews,
      }));
    },

    async progress(id: string): Promise<CaseProgress> {
      const { rows } = await pool.query(
        `SELECT count(*)::int AS documents_total,
                count(*) FILTER (WHERE d.status <> 'queued')::int AS documents_done,
                coalesce(sum(coalesce(d.page_count, 0)), 0)::int AS pages_total,
                coalesce(sum(CASE WHEN d.status <> 'queued' THEN coalesce(d.page_count, 0)
                  ELSE (SELECT count(*) FROM document_page p WHERE p.document_id = d.id) END), 0)::int AS pages_done
           FROM document d WHERE d.case_id = $1`,
        [id],
      );
      const r = rows[0];
      return {
        documentsTotal: r.documents_total,
        documentsDone: r.documents_done,
        pagesTotal: r.pages_total,
        pagesDone: r.pages_done,
      };
    },

    /**
     * Under a row lock on the case, rebuilds the report when every document has its own report.
     * Concurrent case jobs of one case serialise here, and the last one sees every document, so
     * a report never covers fewer documents than the case holds.
     */
    async storeReportIfComplete(
      id: string,
      build: (fields: CaseFields, documents: DocumentReport[]) => Report,
    ): Promise<{ stored: boolean; report: Report | null }> {
      type Outcome = { stored: boolean; report: Report | null };
      return withTransaction<Outcome>(pool, async (client) => {
        const c = await client.query('SELECT fields FROM case_file WHERE id = $1 FOR UPDATE', [id]);
        if (!c.rows[0]) return new Rollback({ stored: false, report: null });
        const docs = await client.query(
          'SELECT status, report FROM document WHERE case_id = $1 ORDER BY seq',
          [id],
        );
        if (docs.rows.length === 0 || docs.rows.some((d) => d.status === 'queued' || !d.report)) {
          return new Rollback({ stored: false, report: null });
        }
        const report = build(
          c.rows[0].fields,
          docs.rows.map((d) => d.report),
        );
        const text = JSON.stringify(report);
        await client.query(
          "UPDATE case_file SET report = $2::jsonb, report_digest = $3, status = 'ready', updated_at = now() WHERE id = $1",
          [id, text, reportDigest(text)],
        );
        await client.query('DELETE FROM flag WHERE case_id = $1', [id]);
        for (const [i, f] of report.flags.entries()) {
          await client.query(
            'INSERT INTO flag (case_id, ord, code, severity, file, page, flag_key) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [id, i, f.code, f.severity, f.file, f.page, f.key ?? null],
          );
        }
        return { stored: true, report };
      });
    },
  };
}
export type CasesRepo = ReturnType<typeof createCasesRepo>;
