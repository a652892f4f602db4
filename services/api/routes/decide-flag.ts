import type { Request, Response } from 'express';
import { z } from 'zod';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError, notFound } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

export const DecisionBody = z.strictObject({
  outcome: z.enum(['confirmed', 'dismissed']),
  /** Why; required, so a dismissal is never unexplained. */
  comment: z.string().trim().min(1).max(2000),
});

/**
 * PUT /api/cases/:id/flags/:key/decision — a reviewer confirms or dismisses a flag of the case's
 * current report, with a comment; the decision and its audit row (who, when, which flag) are one
 * transaction. Deciding again replaces the decision; the trail keeps every one.
 */
export function decideFlag(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const actor = requireRole(req, ['reviewer']);
    const c = await deps.store.cases.findVisible(actor, String(req.params.id), 'read');
    if (!c) throw notFound();
    const body = DecisionBody.safeParse(req.body);
    if (!body.success) throw new HttpError(400, 'invalid_body');
    const key = String(req.params.key);
    if (!/^[0-9a-f]{20}$/.test(key)) throw notFound();
    const decision = await deps.store.decisions.decide(actor, c.id, key, body.data.outcome, body.data.comment);
    if (!decision) throw notFound();
    res.locals.audited = true;
    res.json({ key, decision });
  };
}
