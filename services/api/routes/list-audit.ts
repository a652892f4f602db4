import type { Request, Response } from 'express';
import { z } from 'zod';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';
import { AUDIT_ACTIONS } from '../../store/index.ts';

export const AuditQuery = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  caseId: z.string().uuid().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** GET /api/audit?action=&caseId=&before=&limit= — the audit trail, newest first (admins only). */
export function listAudit(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    requireRole(req, ['admin']);
    const q = AuditQuery.safeParse(req.query);
    if (!q.success) throw new HttpError(400, 'invalid_query');
    const events = await deps.store.audit.list({ action: q.data.action, caseId: q.data.caseId, beforeId: q.data.before, limit: q.data.limit });
    res.json({ events });
  };
}
