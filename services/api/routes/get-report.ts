import type { Request, Response } from 'express';
import { actorOf } from '../middleware/authenticate.ts';
import { notFound } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';
import { reviewerReport } from '../review/index.ts';

/** GET /api/cases/:id/report — 200 with the report once it covers every document, else 202 with progress. */
export function getReport(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const actor = actorOf(req);
    const c = await deps.store.cases.findVisible(actor, String(req.params.id), 'read');
    if (!c) throw notFound();
    // A reviewer's report carries each flag's decision and masks ID numbers (revealing one is audited).
    if (c.status === 'ready' && c.report && actor.role === 'reviewer') return void res.status(200).json(await reviewerReport(deps.store, { ...c, report: c.report }));
    if (c.status === 'ready' && c.report) return void res.status(200).json(c.report);
    const progress = await deps.store.cases.progress(c.id);
    res.status(202).json({ status: c.status, progress });
  };
}
