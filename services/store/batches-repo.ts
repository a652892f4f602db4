import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Actor } from './tokens-repo.ts';
import { isUuid } from './uuid.ts';
import { withTransaction } from './with-transaction.ts';

export interface BatchRow {
  id: string;
  mode: 'rules' | 'full';
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  createdAt: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg rows are untyped; this is where they get a type
function toRow(r: Record<string, any>): BatchRow {
  return {
    id: r.id,
    mode: r.mode,
    status: r.status,
    total: r.total,
    done: r.done,
    createdAt: r.created_at.toISOString(),
  };
}

export function createBatchesRepo(pool: pg.Pool) {
  return {
    async create(actor: Actor, mode: 'rules' | 'full', filter: unknown, caseIds: string[]): Promise<string> {
      const id = randomUUID();
      await withTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO batch (id, tenant, mode, filter, total, status) VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            id,
            actor.tenant,
            mode,
            JSON.stringify(filter),
            caseIds.length,
            caseIds.length ? 'queued' : 'done',
          ],
        );
        if (caseIds.length) {
          await client.query('INSERT INTO batch_case (batch_id, case_id) SELECT $1, unnest($2::uuid[])', [
            id,
            caseIds,
          ]);
        }
      });
      return id;
    },
    /** A batch is visible to admins and reviewers, and to the employer tenant that created it. */
    async findVisible(actor: Actor, id: string): Promise<BatchRow | null> {
      if (!isUuid(id)) return null;
      const { rows } = await pool.query('SELECT * FROM batch WHERE id = $1', [id]);
      const r = rows[0];
      if (!r) return null;
      if (actor.role === 'employer' && r.tenant !== actor.tenant) return null;
      return toRow(r);
    },
    async caseIds(id: string): Promise<string[]> {
      const { rows } = await pool.query('SELECT case_id FROM batch_case WHERE batch_id = $1', [id]);
      return rows.map((r) => r.case_id);
    },
    /** Counts a case once however often its job is re-delivered. */
    async markCaseDone(id: string, caseId: string): Promise<void> {
      await pool.query(
        `WITH u AS (UPDATE batch_case SET done = true WHERE batch_id = $1 AND case_id = $2 AND NOT done RETURNING 1)
         UPDATE batch SET done = done + (SELECT count(*) FROM u),
                status = CASE WHEN done + (SELECT count(*) FROM u) >= total THEN 'done' ELSE 'running' END,
                updated_at = now()
          WHERE id = $1`,
        [id, caseId],
      );
    },
  };
}
export type BatchesRepo = ReturnType<typeof createBatchesRepo>;
