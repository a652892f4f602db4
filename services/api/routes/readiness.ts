import type { Request, Response } from 'express';
import type { ApiDeps } from '../types.ts';
import { RETRY_AFTER_S } from '../middleware/is-unavailable.ts';

/** Each dependency must answer within this time for the API to be ready. */
export const READY_DEADLINE_MS = 1_000;

async function within(ms: number, probe: () => Promise<unknown>): Promise<'ok' | 'down' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([probe().then(() => 'ok' as const, () => 'down' as const), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET /readyz — readiness: PostgreSQL (`SELECT 1`) and Redis (`PING`) each answer within
 * READY_DEADLINE_MS, else 503 naming which one failed. `/healthz` stays a liveness probe (the
 * process and its event loop answer) so a database outage takes the API out of a load balancer's
 * rotation without having it restarted.
 */
export function readiness(deps: Pick<ApiDeps, 'store' | 'redis'>) {
  return async (_req: Request, res: Response) => {
    const [postgres, redis] = await Promise.all([
      within(READY_DEADLINE_MS, () => deps.store.pool.query('SELECT 1')),
      within(READY_DEADLINE_MS, () => deps.redis.ping()),
    ]);
    const ok = postgres === 'ok' && redis === 'ok';
    if (!ok) res.set('Retry-After', String(RETRY_AFTER_S));
    res.status(ok ? 200 : 503).json({ ok, postgres, redis });
  };
}
