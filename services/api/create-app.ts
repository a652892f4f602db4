import express, { type NextFunction, type Request, type Response } from 'express';
import { auditTrail } from './middleware/audit-trail.ts';
import { authenticate } from './middleware/authenticate.ts';
import { handleErrors } from './middleware/handle-errors.ts';
import { caseEvents } from './routes/case-events.ts';
import { createBatch } from './routes/create-batch.ts';
import { createCase } from './routes/create-case.ts';
import { getBatch } from './routes/get-batch.ts';
import { getReport } from './routes/get-report.ts';
import { listAudit } from './routes/list-audit.ts';
import { listCases } from './routes/list-cases.ts';
import { readiness } from './routes/readiness.ts';
import { uploadDocument } from './routes/upload-document.ts';
import { getSession } from './routes/get-session.ts';
import { getCase } from './routes/get-case.ts';
import { pageImage } from './routes/page-image.ts';
import { createImageCache } from './routes/image-cache.ts';
import { webPages } from './web/index.ts';
import { reviewerRoutes } from './web/reviewer/index.ts';
import { operatorRoutes } from './operator/index.ts';
import { openApiRoute } from './openapi/index.ts';
import { PIPELINE_VERSION } from '../../workers/index.ts';
import { decideFlag } from './routes/decide-flag.ts';
import { revealId } from './routes/reveal-id.ts';
import { reviewCase } from './routes/review-case.ts';
import { reviewQueue } from './routes/review-queue.ts';
import { HttpError } from './http-error.ts';
import type { ApiDeps } from './types.ts';
import { isUuid } from '../store/index.ts';

/** The Express app of the API (routes below, report schema in rules/contract); thin routes, every one behind bearer auth. */
export function createApp(deps: ApiDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const json = express.json({ limit: '64kb', type: 'application/json' });

  // One line per request: method, the route it matched (a pattern such as /api/cases/:id/report,
  // never the path as sent: a client can put anything in a path), the id when it is a UUID, status,
  // time. Never bodies, headers or query strings. An unmatched request logs route null.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = Date.now();
    res.on('finish', () => {
      const route = req.route ? `${String(res.locals.mount ?? '')}${String(req.route.path)}` : null;
      const id = typeof res.locals.routeId === 'string' && isUuid(res.locals.routeId) ? res.locals.routeId : undefined;
      deps.log.info({ method: req.method, route, id, status: res.statusCode, ms: Date.now() - started }, 'http');
    });
    next();
  });
  app.get('/healthz', (_req, res) => void res.json({ ok: true }));
  app.get('/readyz', readiness(deps));
  // The web interface (services/api/web): pages without data, which their scripts read from /api.
  app.use(webPages());
  app.use(reviewerRoutes());
  // The operator's surface (services/api/operator): /metrics and the queue dashboard, admins only.
  const operator = operatorRoutes(deps);
  app.use(operator.router);
  app.get('/api/openapi.json', openApiRoute(PIPELINE_VERSION));

  const api = express.Router();
  // Where the router is mounted, for the access log (req.baseUrl is reset once an error leaves it).
  api.use((req, res, next) => ((res.locals.mount = req.baseUrl), next()));
  // The :id a route matched, kept for the access log and the audit trail (req.params is reset once an error leaves the router).
  api.param('id', (_req, res, next, id: string) => ((res.locals.routeId = id), next()));
  api.use(auditTrail(deps.store, deps.log));
  api.use(authenticate(deps.store));
  api.post('/cases', json, createCase(deps));
  api.get('/cases', listCases(deps));
  // Page images: the upload's thumbnails go in, the image route reads them (32 MB, least recently used out).
  const images = createImageCache(32 * 1024 * 1024);
  api.post('/cases/:id/documents', uploadDocument(deps, images));
  api.get('/cases/:id', getCase(deps));
  api.get('/cases/:id/report', getReport(deps));
  api.get('/cases/:id/events', caseEvents(deps));
  api.get('/cases/:id/documents/:docId/pages/:page/image', pageImage(deps, images));
  api.get('/session', getSession());
  api.post('/batches', json, createBatch(deps));
  api.get('/batches/:id', getBatch(deps));
  api.get('/audit', listAudit(deps));
  api.get('/review/cases', reviewQueue(deps));
  api.get('/cases/:id/review', reviewCase(deps));
  api.put('/cases/:id/flags/:key/decision', json, decideFlag(deps));
  api.post('/cases/:id/reveal', json, revealId(deps));
  api.post('/admin/queues-session', operator.session);
  api.use((_req, _res, next) => next(new HttpError(404, 'not_found')));
  app.use('/api', api);
  app.use((_req, _res, next) => next(new HttpError(404, 'not_found')));
  app.use(handleErrors(deps.log));
  return app;
}
