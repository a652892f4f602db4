import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { flagDelta, outcomeOf } from '../../workers/jobs/flag-delta.ts';
import { filterSql, type BatchFilter, type BatchMode } from './batch-filter.ts';
import type { Actor } from './tokens-repo.ts';
import { isUuid } from './uuid.ts';
import { withTransaction } from './with-transaction.ts';

export interface BatchSummary {
  /** Cases re-judged whose flags changed. */
  casesChanged: number;
  /** Cases left alone because a document of theirs was still being analysed. */
  casesSkipped: number;
  flagsAdded: Record<string, number>;
  flagsRemoved: Record<string, number>;
  /** `from->to` (e.g. `review->pass`) → cases. */
  outcomeMoves: Record<string, number>;
  /** The first cases whose outcome moved: their ids and the employer's own case reference. */
  movedCases: { id: string; ref: string | null; from: string; to: string }[];
}

export interface BatchRow {
  id: string;
  mode: BatchMode;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  pagesAnalysed: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Cases a second at the pace so far, and the seconds left at that pace (null before any case is done). */
  casesPerSecond: number | null;
  etaSeconds: number | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg rows are untyped; this is where they get a type
function toRow(r: Record<string, any>): BatchRow {
  const started = r.started_at ? new Date(r.started_at).getTime() : null;
  const end = r.finished_at ? new Date(r.finished_at).getTime() : Date.now();
  const rate = started && r.done > 0 && end > started ? r.done / ((end - started) / 1000) : null;
  return {
    id: r.id,
    mode: r.mode,
    status: r.status,
    total: r.total,
    done: r.done,
    pagesAnalysed: r.pages_analysed,
    createdAt: r.created_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
    casesPerSecond: rate === null ? null : Math.round(rate * 10) / 10,
    etaSeconds: rate === null ? null : Math.round((r.total - r.done) / rate),
  };
}

/**
 * Adds `n` done cases; the batch is done when every case is. Times are the clock's, not now():
 * this runs at the end of a chunk's transaction, whose start now() would give.
 */
export const COUNT_DONE = `UPDATE batch SET done = done + $2,
    status = CASE WHEN done + $2 >= total THEN 'done' ELSE 'running' END,
    finished_at = CASE WHEN done + $2 >= total THEN clock_timestamp() ELSE finished_at END,
    started_at = coalesce(started_at, clock_timestamp()), updated_at = clock_timestamp()
  WHERE id = $1`;

export function createBatchesRepo(pool: pg.Pool) {
  return {
    /** A batch over the cases the filter selects now (selected in PostgreSQL: 10,000 cases are one statement). */
    async create(actor: Actor | null, mode: BatchMode, filter: BatchFilter, pipelineVersion: string): Promise<{ id: string; total: number }> {
      const id = randomUUID();
      const total = await withTransaction(pool, async (client) => {
        await client.query(`INSERT INTO batch (id, tenant, mode, filter, origin) VALUES ($1, $2, $3, $4, $5)`, [
          id,
          actor?.tenant ?? null,
          mode,
          JSON.stringify(filter),
          actor ? 'api' : 'cli',
        ]);
        const where = filterSql(filter, 2, pipelineVersion);
        const ins = await client.query(`INSERT INTO batch_case (batch_id, case_id) SELECT $1, c.id FROM case_file c WHERE ${where.sql}`, [
          id,
          ...where.params,
        ]);
        const n = ins.rowCount ?? 0;
        await client.query(`UPDATE batch SET total = $2, status = CASE WHEN $2 = 0 THEN 'done' ELSE 'queued' END,
          finished_at = CASE WHEN $2 = 0 THEN now() END WHERE id = $1`, [id, n]);
        return n;
      });
      return { id, total };
    },
    /** An unfinished batch the CLI started with the same mode and filter: run again, it finishes the rest. */
    async findUnfinished(mode: BatchMode, filter: BatchFilter): Promise<BatchRow | null> {
      const { rows } = await pool.query(
        `SELECT * FROM batch WHERE origin = 'cli' AND mode = $1 AND filter = $2::jsonb AND status IN ('queued', 'running')
          ORDER BY created_at DESC LIMIT 1`,
        [mode, JSON.stringify(filter)],
      );
      return rows[0] ? toRow(rows[0]) : null;
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
    async get(id: string): Promise<BatchRow | null> {
      const { rows } = await pool.query('SELECT * FROM batch WHERE id = $1', [id]);
      return rows[0] ? toRow(rows[0]) : null;
    },
    async start(id: string): Promise<void> {
      await pool.query(
        "UPDATE batch SET status = 'running', started_at = coalesce(started_at, now()), updated_at = now() WHERE id = $1 AND status = 'queued'",
        [id],
      );
    },
    /** The batch's cases not done yet after `after` (case id order: a run walks them once). */
    async nextCases(id: string, after: string, limit: number): Promise<string[]> {
      const { rows } = await pool.query(
        'SELECT case_id FROM batch_case WHERE batch_id = $1 AND NOT done AND case_id > $2 ORDER BY case_id LIMIT $3',
        [id, after, limit],
      );
      return rows.map((r) => r.case_id);
    },
    /** Before a case's pages are queued again: remembers its flags, to compare with when its new report lands. */
    async handOff(id: string, caseId: string): Promise<void> {
      await pool.query(
        `UPDATE batch_case bc SET codes_before = coalesce((SELECT c.report -> 'flags' FROM case_file c WHERE c.id = bc.case_id), 'null'::jsonb)
          WHERE batch_id = $1 AND case_id = $2 AND codes_before IS NULL AND NOT done`,
        [id, caseId],
      );
    },
    async addPagesAnalysed(id: string, n: number): Promise<void> {
      await pool.query('UPDATE batch SET pages_analysed = pages_analysed + $2, updated_at = now() WHERE id = $1', [id, n]);
    },
    /** A handed-off case's new report is stored: counted once however often its job is re-delivered. */
    async markCaseDone(id: string, caseId: string): Promise<void> {
      await withTransaction(pool, async (client) => {
        const { rows } = await client.query(
          `SELECT bc.codes_before IS NOT NULL AS handed, bc.codes_before, c.report -> 'flags' AS flags FROM batch_case bc JOIN case_file c ON c.id = bc.case_id
            WHERE bc.batch_id = $1 AND bc.case_id = $2 AND NOT bc.done FOR UPDATE OF bc`,
          [id, caseId],
        );
        const r = rows[0];
        if (!r) return;
        // Handed off: its flags then (JSON null: it had no report); else it was re-judged as it stood.
        const before = r.handed ? r.codes_before : r.flags;
        const d = flagDelta(before ?? [], r.flags ?? []);
        await client.query(
          `UPDATE batch_case SET done = true, outcome_before = $3, outcome_after = $4, added = $5, removed = $6
            WHERE batch_id = $1 AND case_id = $2`,
          [id, caseId, outcomeOf(before), outcomeOf(r.flags), d.added, d.removed],
        );
        await client.query(COUNT_DONE, [id, 1]);
      });
    },
    /** What the batch changed so far: flags added and removed per code, cases whose outcome moved. */
    async summary(id: string, movedLimit = 20): Promise<BatchSummary> {
      const q = async (sql: string) => (await pool.query(sql, [id])).rows;
      const sums = async (col: 'added' | 'removed') =>
        Object.fromEntries(
          (await q(`SELECT e.key, sum(e.value::int)::int AS n FROM batch_case bc, jsonb_each_text(bc.${col}) e
                     WHERE bc.batch_id = $1 GROUP BY e.key ORDER BY e.key`)).map((r) => [r.key, r.n]),
        );
      const [counts] = await q(`SELECT count(*) FILTER (WHERE added IS NOT NULL OR removed IS NOT NULL)::int AS changed,
          count(*) FILTER (WHERE done AND outcome_after IS NULL)::int AS skipped FROM batch_case WHERE batch_id = $1`);
      const moves = await q(`SELECT outcome_before || '->' || outcome_after AS move, count(*)::int AS n FROM batch_case
          WHERE batch_id = $1 AND outcome_after IS NOT NULL AND outcome_before <> outcome_after GROUP BY 1 ORDER BY 1`);
      const moved = (
        await pool.query(
          `SELECT bc.case_id, c.fields ->> 'id' AS ref, bc.outcome_before, bc.outcome_after FROM batch_case bc JOIN case_file c ON c.id = bc.case_id
            WHERE bc.batch_id = $1 AND bc.outcome_after IS NOT NULL AND bc.outcome_before <> bc.outcome_after ORDER BY bc.case_id LIMIT $2`,
          [id, movedLimit],
        )
      ).rows;
      return {
        casesChanged: counts.changed,
        casesSkipped: counts.skipped,
        flagsAdded: await sums('added'),
        flagsRemoved: await sums('removed'),
        outcomeMoves: Object.fromEntries(moves.map((m) => [m.move, m.n])),
        movedCases: moved.map((m) => ({ id: m.case_id, ref: m.ref, from: m.outcome_before, to: m.outcome_after })),
      };
    },
  };
}
export type BatchesRepo = ReturnType<typeof createBatchesRepo>;
