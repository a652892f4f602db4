import type pg from 'pg';
import type { FlagDecision } from '../../rules/contract/index.ts';
import type { Actor } from './tokens-repo.ts';
import { Rollback, withTransaction } from './with-transaction.ts';

/** One row of the audit trail written inside the transaction of what it records (ids, codes, a key or field path; no values). */
export interface AuditedAct {
  actor: Actor;
  action: 'flag_decide' | 'id_reveal';
  caseId: string;
  subject: string;
  status: number;
}

async function recordAct(client: pg.PoolClient, a: AuditedAct): Promise<void> {
  await client.query(
    `INSERT INTO audit_event (token_id, role, tenant, action, outcome, status, case_id, subject)
     VALUES ($1, $2, $3, $4, 'ok', $5, $6, $7)`,
    [a.actor.tokenId, a.actor.role, a.actor.tenant, a.action, a.status, a.caseId, a.subject],
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg rows are untyped; this is where they get a type
const toDecision = (r: Record<string, any>): FlagDecision => ({
  outcome: r.outcome,
  comment: r.comment,
  by: r.token_id,
  at: r.decided_at.toISOString(),
});

/**
 * Reviewers' decisions on flags. A decision and its audit row are one transaction: no decision is
 * stored that the trail does not show, and the trail never shows one that was not stored.
 */
export function createDecisionsRepo(pool: pg.Pool) {
  return {
    /** Confirms or dismisses the case's flag `key` of its current report; null when it has no such flag. */
    async decide(actor: Actor, caseId: string, key: string, outcome: FlagDecision['outcome'], comment: string): Promise<FlagDecision | null> {
      return withTransaction<FlagDecision | null>(pool, async (client) => {
        const flag = await client.query('SELECT 1 FROM flag WHERE case_id = $1 AND flag_key = $2 LIMIT 1', [caseId, key]);
        if (!flag.rowCount) return new Rollback(null);
        const { rows } = await client.query(
          `INSERT INTO flag_decision (case_id, flag_key, outcome, comment, token_id) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (case_id, flag_key) DO UPDATE
             SET outcome = EXCLUDED.outcome, comment = EXCLUDED.comment, token_id = EXCLUDED.token_id, decided_at = now()
           RETURNING *`,
          [caseId, key, outcome, comment, actor.tokenId],
        );
        await recordAct(client, { actor, action: 'flag_decide', caseId, subject: `${key}:${outcome}`, status: 200 });
        return toDecision(rows[0]);
      });
    },

    /** The case's decisions by flag key. */
    async forCase(caseId: string): Promise<Map<string, FlagDecision>> {
      const { rows } = await pool.query('SELECT * FROM flag_decision WHERE case_id = $1', [caseId]);
      return new Map(rows.map((r) => [r.flag_key as string, toDecision(r)]));
    },

    /** Records an act in the audit trail, then runs `reveal`; nothing is revealed unless the row is written. */
    async audited<T>(act: AuditedAct, reveal: () => T): Promise<T> {
      return withTransaction(pool, async (client) => {
        await recordAct(client, act);
        return reveal();
      });
    },
  };
}
export type DecisionsRepo = ReturnType<typeof createDecisionsRepo>;
