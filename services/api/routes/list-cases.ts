import type { Request, Response } from 'express';
import { z } from 'zod';
import { actorOf } from '../middleware/authenticate.ts';
import { HttpError } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

const Query = z.strictObject({
  status: z.enum(['open', 'processing', 'ready']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** GET /api/cases?status= — the caller's cases (an employer its own; a reviewer every case). */
export function listCases(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const q = Query.safeParse(req.query);
    if (!q.success) throw new HttpError(400, 'invalid_query');
    const cases = await deps.store.cases.list(actorOf(req), q.data);
    res.json({ cases });
  };
}
