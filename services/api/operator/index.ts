import express from 'express';
import type { ApiDeps } from '../types.ts';
import { adminOnly, createAdminSession, BOARD_PATH } from './admin-session.ts';
import { metricsRoute } from './metrics.ts';
import { queueBoard } from './queue-board.ts';
import { operatorQueues } from './queues.ts';

export { ADMIN_COOKIE, BOARD_PATH } from './admin-session.ts';
export { PAGE_SECONDS_BUCKETS } from '../../queue/index.ts';

/**
 * The operator's surface: GET /metrics (Prometheus) and the queue dashboard at /admin/queues, both
 * for admins only; `session` is the /api route that opens a dashboard session.
 */
export function operatorRoutes(deps: ApiDeps): { router: express.Router; session: express.RequestHandler } {
  const queues = operatorQueues(deps.redis, deps.queuePrefix, deps.log);
  const admin = adminOnly(deps.store, deps.redis, deps.queuePrefix);
  const router = express.Router();
  router.get('/metrics', admin, metricsRoute(queues, deps.redis, deps.queuePrefix));
  router.use(BOARD_PATH, admin, queueBoard(queues));
  return { router, session: createAdminSession(deps.redis, deps.queuePrefix) };
}
