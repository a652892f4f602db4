import type { Request, Response } from 'express';
import { createQuickCache, loadCaseView } from '../case-view/index.ts';
import { actorOf } from '../middleware/authenticate.ts';
import { notFound } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

/** GET /api/cases/:id — the case page's data (case-view/load-case-view.ts); foreign or unknown: 404. */
export function getCase(deps: ApiDeps) {
  const quick = createQuickCache(deps.redis, deps.queuePrefix);
  return async (req: Request, res: Response) => {
    const c = await deps.store.cases.findVisible(actorOf(req), String(req.params.id), 'read');
    if (!c) throw notFound();
    res.set('cache-control', 'no-store').json(await loadCaseView(deps.store, quick, c));
  };
}
