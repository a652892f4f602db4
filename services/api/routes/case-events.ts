import type { Request, Response } from 'express';
import { caseChannel } from '../../queue/index.ts';
import { actorOf } from '../middleware/authenticate.ts';
import { notFound } from '../http-error.ts';
import { enrich, type StreamEvent } from '../sse/enrich-event.ts';
import type { ApiDeps } from '../types.ts';

/** Keeps proxies from closing an idle stream. @default 15000 */
const HEARTBEAT_MS = 15_000;

/**
 * GET /api/cases/:id/events — server-sent events `quick` (from the upload), `page`, `document`,
 * `report` (from the workers; Redis pub/sub through the process's one subscriber,
 * sse/stream-hub.ts), with their results (sse/enrich-event.ts), preceded by a `status`
 * snapshot so a late subscriber misses nothing that matters. At most STREAM_LIMITS open (429 past them).
 */
export function caseEvents(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const c = await deps.store.cases.findVisible(actorOf(req), String(req.params.id), 'read');
    if (!c) throw notFound();
    const channel = caseChannel(deps.queuePrefix, c.id);
    let send: (event: string, data: unknown) => void = () => undefined;
    // Past the limits this throws 429 before anything is written; a failed subscribe leaves nothing open.
    // Events carry results, not ids only: a page's badges and advice, a document's state, with the
    // case's progress. Looked up one event at a time, so they leave in the order they came.
    let chain = Promise.resolve();
    const end = await deps.streams.open(channel, actorOf(req).tokenId, (message) => {
      let e: StreamEvent;
      try {
        e = JSON.parse(message) as StreamEvent;
      } catch {
        return; // Not ours; ignore.
      }
      chain = chain.then(() => enrich(deps, c, e).then((out) => void (out && send(out.type, out)), () => undefined));
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const cleanup = () => {
      clearInterval(heartbeat);
      end();
    };
    req.on('close', cleanup);
    res.on('error', cleanup);
    try {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      send = (event, data) => void res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const progress = await deps.store.cases.progress(c.id);
      const fresh = await deps.store.cases.findVisible(actorOf(req), c.id, 'read');
      send('status', { status: fresh?.status ?? c.status, progress });
      if (fresh?.status === 'ready') send('report', { type: 'report' });
    } catch {
      // The snapshot could not be read (PostgreSQL down): the stream ends; the client reconnects.
      cleanup();
      res.end();
    }
  };
}
