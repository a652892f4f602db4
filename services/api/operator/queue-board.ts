import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type express from 'express';
import { BOARD_PATH } from './admin-session.ts';

/**
 * bull-board over every queue, read-only: operators see depth, running and failed jobs (payloads
 * are ids only); re-running work goes through batch re-verification, which keeps the report's
 * bookkeeping, not through retries clicked here.
 */
export function queueBoard(queues: Record<string, Queue>): express.Router {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(BOARD_PATH);
  createBullBoard({
    queues: Object.values(queues).map((q) => new BullMQAdapter(q, { readOnlyMode: true })),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'precheck 队列' } },
  });
  return adapter.getRouter() as express.Router;
}
