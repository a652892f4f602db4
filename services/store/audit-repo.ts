import type pg from 'pg';
import type { Actor } from './tokens-repo.ts';

/** Every action the trail records (GET /api/audit filters on them). */
export const AUDIT_ACTIONS = [
  'authenticate',
  'case_create',
  'case_list',
  'upload',
  'report_view',
  'events_open',
  'batch_create',
  'batch_view',
  'audit_view',
  'page_image',
  'case_view',
  'session_view',
  'review_queue',
  'review_view',
  'flag_decide',
  'id_reveal',
  'queues_session',
  'other',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  actor: Actor | null;
  action: AuditAction;
  outcome: 'ok' | 'denied' | 'failed';
  status: number;
  caseId?: string | null;
  documentId?: string | null;
  batchId?: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  tokenId: string | null;
  role: string | null;
  tenant: string | null;
  action: AuditAction;
  outcome: AuditEvent['outcome'];
  status: number;
  caseId: string | null;
  documentId: string | null;
  batchId: string | null;
  /** What the action was about beyond its ids: a flag key and outcome (flag_decide), a field path (id_reveal). */
  subject: string | null;
}

/** The append-only audit trail (migrations/002_audit.sql forbids UPDATE, DELETE and TRUNCATE). */
export function createAuditRepo(pool: pg.Pool) {
  return {
    async record(e: AuditEvent): Promise<void> {
      await pool.query(
        `INSERT INTO audit_event (token_id, role, tenant, action, outcome, status, case_id, document_id, batch_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [e.actor?.tokenId ?? null, e.actor?.role ?? null, e.actor?.tenant ?? null, e.action, e.outcome, e.status, e.caseId ?? null, e.documentId ?? null, e.batchId ?? null],
      );
    },
    /** Newest first, after `afterId` when paging backwards. */
    async list(filter: { action?: AuditAction; caseId?: string; beforeId?: number; limit: number }): Promise<AuditRow[]> {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.action) where.push(`action = $${params.push(filter.action)}`);
      if (filter.caseId) where.push(`case_id = $${params.push(filter.caseId)}`);
      if (filter.beforeId) where.push(`id < $${params.push(filter.beforeId)}`);
      params.push(filter.limit);
      const { rows } = await pool.query(
        `SELECT * FROM audit_event ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map((r) => ({
        id: Number(r.id),
        at: r.at.toISOString(),
        tokenId: r.token_id,
        role: r.role,
        tenant: r.tenant,
        action: r.action,
        outcome: r.outcome,
        status: r.status,
        caseId: r.case_id,
        documentId: r.document_id,
        batchId: r.batch_id,
        subject: r.subject ?? null,
      }));
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
