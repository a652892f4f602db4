import type { Request, Response } from 'express';
import { z } from 'zod';
import { PIPELINE_VERSION } from '../../../workers/index.ts';
import { BatchFilter, BatchMode } from '../../store/index.ts';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

const Body = z.strictObject({ mode: BatchMode, filter: BatchFilter.default({}) });

/**
 * POST /api/batches — re-verification over a filter (the same as `precheck reverify`'s options):
 * `rules` re-applies the rules to stored facts, `full` re-analyses out-of-date pages first.
 * Progress and, at the end, what changed: GET /api/batches/:id.
 */
export function createBatch(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const actor = requireRole(req, ['admin', 'reviewer']);
    const body = Body.safeParse(req.body);
    if (!body.success) {
      const unknown = body.error.issues.some((i) => i.code === 'unrecognized_keys');
      throw new HttpError(400, unknown ? 'unknown_field' : 'invalid_batch');
    }
    const batch = await deps.store.batches.create(actor, body.data.mode, body.data.filter, PIPELINE_VERSION);
    res.locals.batchId = batch.id;
    if (batch.total) await deps.producer.enqueueBatch(batch.id, body.data.mode);
    res.status(202).json({ batchId: batch.id, cases: batch.total });
  };
}
