import type { Request, Response } from 'express';
import { z } from 'zod';
import { FlagCode } from '../../../rules/contract/index.ts';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

export const ReviewQueueQuery = z.strictObject({
  code: FlagCode.optional(),
  status: z.enum(['open', 'processing', 'ready']).optional(),
  /** Part of the employer's name. */
  employer: z.string().min(1).max(128).optional(),
  tenant: z.string().min(1).max(128).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** GET /api/review/cases?code=&status=&employer=&tenant=&limit= — the reviewer queue over every tenant (reviewers only). */
export function reviewQueue(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    requireRole(req, ['reviewer']);
    const q = ReviewQueueQuery.safeParse(req.query);
    if (!q.success) throw new HttpError(400, 'invalid_query');
    res.set('cache-control', 'no-store').json({ cases: await deps.store.reviewQueue.list(q.data) });
  };
}
