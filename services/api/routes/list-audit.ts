import type { Request, Response } from 'express';
import { z } from 'zod';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';

const Query = z.strictObject({
  action: z.enum(['authenticate', 'case_create', 'case_list', 'upload', 'report_view', 'events_open', 'batch_create', 'batch_view', 'audit_view', 'other']).optional(),
  caseId: z.string().uuid().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** GET /api/audit?action=&caseId=&before=&limit= — the audit trail, newest first (admins only). */
export function listAudit(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    requireRole(req, ['admin']);
    const q = Query.safeParse(req.query);
    if (!q.success) throw new HttpError(400, 'invalid_query');
    const events = await deps.store.audit.list({ action: q.data.action, caseId: q.data.caseId, beforeId: q.data.before, limit: q.data.limit });
    res.json({ events });
  };
}
