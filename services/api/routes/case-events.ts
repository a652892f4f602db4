import type { Request, Response } from 'express';
import { caseChannel } from '../../queue/index.ts';
import { actorOf } from '../middleware/authenticate.ts';
import { notFound } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

/** Keeps proxies from closing an idle stream. @default 15000 */
const HEARTBEAT_MS = 15_000;

/**
 * GET /api/cases/:id/events — server-sent events `page`, `document`, `report` from the workers
 * (Redis pub/sub), preceded by a `status` snapshot so a late subscriber misses nothing that matters.
 */
export function caseEvents(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const c = await deps.store.cases.findVisible(actorOf(req), String(req.params.id), 'read');
    if (!c) throw notFound();
    const sub = deps.redis.duplicate();
    const channel = caseChannel(deps.queuePrefix, c.id);
    await sub.subscribe(channel);

    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (event: string, data: unknown) =>
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    sub.on('message', (_ch: string, message: string) => {
      try {
        const e = JSON.parse(message) as { type: string };
        send(e.type, e);
      } catch {
        // Not ours; ignore.
      }
    });
    const progress = await deps.store.cases.progress(c.id);
    const fresh = await deps.store.cases.findVisible(actorOf(req), c.id, 'read');
    send('status', { status: fresh?.status ?? c.status, progress });
    if (fresh?.status === 'ready') send('report', { type: 'report' });

    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      sub.disconnect();
    });
  };
}
