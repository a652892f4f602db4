import type { NextFunction, Request, Response } from 'express';
import { errorForLog, type Logger } from '../../config/index.ts';
import { isUuid, type AuditAction, type Store } from '../../store/index.ts';

/** Route (as mounted under /api) → what it does, for the audit trail. */
const ACTIONS: Record<string, AuditAction> = {
  'POST /cases': 'case_create',
  'GET /cases': 'case_list',
  'POST /cases/:id/documents': 'upload',
  'GET /cases/:id': 'case_view',
  'GET /cases/:id/report': 'report_view',
  'GET /cases/:id/events': 'events_open',
  'GET /cases/:id/documents/:docId/pages/:page/image': 'page_image',
  'GET /session': 'session_view',
  'POST /batches': 'batch_create',
  'GET /batches/:id': 'batch_view',
  'GET /audit': 'audit_view',
  'GET /review/cases': 'review_queue',
  'GET /cases/:id/review': 'review_view',
  'PUT /cases/:id/flags/:key/decision': 'flag_decide',
  'POST /cases/:id/reveal': 'id_reveal',
  'POST /admin/queues-session': 'queues_session',
};

function outcomeOf(status: number): 'ok' | 'denied' | 'failed' {
  if (status < 400) return 'ok';
  // 404 on an id route is how a foreign object answers (never 403): recorded as a denial.
  return status === 401 || status === 403 || status === 404 ? 'denied' : 'failed';
}

/**
 * One audit row per /api request once it is answered: the token, role and tenant, the action, its
 * outcome and the ids it touched (a route sets `res.locals.documentId` / `res.locals.batchId` for
 * what it created). Ids and codes only. A failure to write is logged, never turned into an error
 * of a request already answered.
 */
export function auditTrail(store: Store, log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.on('finish', () => {
      // A route that wrote its own row in the transaction of what it did (a decision, a reveal) is not recorded twice.
      if (res.locals.audited === true) return;
      const route = req.route ? `${req.method} ${String(req.route.path)}` : null;
      const action: AuditAction = route ? (ACTIONS[route] ?? 'other') : req.actor ? 'other' : 'authenticate';
      const id = typeof res.locals.routeId === 'string' && isUuid(res.locals.routeId) ? res.locals.routeId : null;
      const onBatch = route?.includes('/batches') ?? false;
      store.audit
        .record({
          actor: req.actor ?? null,
          action,
          outcome: outcomeOf(res.statusCode),
          status: res.statusCode,
          caseId: onBatch ? null : id,
          documentId: typeof res.locals.documentId === 'string' ? res.locals.documentId : null,
          batchId: onBatch ? (id ?? (res.locals.batchId as string | undefined) ?? null) : null,
        })
        .catch((err: unknown) => log.warn({ err: errorForLog(err), action }, 'audit write failed'));
    });
    next();
  };
}
