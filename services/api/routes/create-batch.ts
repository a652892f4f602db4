import type { Request, Response } from 'express';
import { z } from 'zod';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

const Body = z.strictObject({
  mode: z.enum(['rules', 'full']),
  filter: z
    .strictObject({
      status: z.enum(['open', 'processing', 'ready']).optional(),
      caseIds: z.array(z.string()).max(10_000).optional(),
    })
    .default({}),
});

/** POST /api/batches — re-verification over a filter: `rules` (cheap) or `full` (pages again). */
export function createBatch(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const actor = requireRole(req, ['admin', 'reviewer']);
    const body = Body.safeParse(req.body);
    if (!body.success) {
      const unknown = body.error.issues.some((i) => i.code === 'unrecognized_keys');
      throw new HttpError(400, unknown ? 'unknown_field' : 'invalid_batch');
    }
    const caseIds = await deps.store.cases.idsForBatch(actor, body.data.filter);
    const batchId = await deps.store.batches.create(actor, body.data.mode, body.data.filter, caseIds);
    res.locals.batchId = batchId;
    if (caseIds.length) await deps.producer.enqueueBatch(batchId, body.data.mode);
    res.status(202).json({ batchId, cases: caseIds.length });
  };
}
