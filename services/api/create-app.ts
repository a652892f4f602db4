import express, { type NextFunction, type Request, type Response } from 'express';
import { authenticate } from './middleware/authenticate.ts';
import { handleErrors } from './middleware/handle-errors.ts';
import { caseEvents } from './routes/case-events.ts';
import { createBatch } from './routes/create-batch.ts';
import { createCase } from './routes/create-case.ts';
import { getBatch } from './routes/get-batch.ts';
import { getReport } from './routes/get-report.ts';
import { listCases } from './routes/list-cases.ts';
import { uploadDocument } from './routes/upload-document.ts';
import { HttpError } from './http-error.ts';
import type { ApiDeps } from './types.ts';

/** The Express app of the API (routes below, report schema in rules/contract); thin routes, every one behind bearer auth. */
export function createApp(deps: ApiDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const json = express.json({ limit: '64kb', type: 'application/json' });

  // One line per request: method, path as requested (ids only, no query), status, time. Never
  // bodies or headers. `originalUrl`: a mounted router rewrites `req.path` while it runs.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = Date.now();
    const path = req.originalUrl.split('?')[0];
    res.on('finish', () => deps.log.info({ method: req.method, path, status: res.statusCode, ms: Date.now() - started }, 'http'));
    next();
  });
  app.get('/healthz', (_req, res) => void res.json({ ok: true }));

  const api = express.Router();
  api.use(authenticate(deps.store));
  api.post('/cases', json, createCase(deps));
  api.get('/cases', listCases(deps));
  api.post('/cases/:id/documents', uploadDocument(deps));
  api.get('/cases/:id/report', getReport(deps));
  api.get('/cases/:id/events', caseEvents(deps));
  api.post('/batches', json, createBatch(deps));
  api.get('/batches/:id', getBatch(deps));
  api.use((_req, _res, next) => next(new HttpError(404, 'not_found')));
  app.use('/api', api);
  app.use((_req, _res, next) => next(new HttpError(404, 'not_found')));
  app.use(handleErrors(deps.log));
  return app;
}
