import type { Request, Response } from 'express';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError, notFound } from '../http-error.ts';
import { RevealRequest, revealableId } from '../review/index.ts';
import type { ApiDeps } from '../types.ts';

/**
 * POST /api/cases/:id/reveal — one ID number in full, for a reviewer who asks for it. The audit
 * row (who, when, which case, which field) is written before the number leaves the service.
 */
export function revealId(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const actor = requireRole(req, ['reviewer']);
    const c = await deps.store.cases.findVisible(actor, String(req.params.id), 'read');
    if (!c) throw notFound();
    const body = RevealRequest.safeParse(req.body);
    if (!body.success) throw new HttpError(400, 'invalid_body');
    const found = revealableId(c.fields, c.report, body.data);
    if (!found) throw notFound();
    const value = await deps.store.decisions.audited(
      { actor, action: 'id_reveal', caseId: c.id, subject: found.subject, status: 200 },
      () => found.value,
    );
    res.locals.audited = true;
    res.set('cache-control', 'no-store').json({ field: found.subject, value });
  };
}
