import type { Request, Response } from 'express';
import { actorOf } from '../middleware/authenticate.ts';
import { notFound } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

/** GET /api/batches/:id — progress of a re-verification (cases done, pace, ETA) and what it changed so far. */
export function getBatch(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const b = await deps.store.batches.findVisible(actorOf(req), String(req.params.id));
    if (!b) throw notFound();
    res.json({ ...b, summary: await deps.store.batches.summary(b.id) });
  };
}
