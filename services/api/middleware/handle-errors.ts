import type { NextFunction, Request, Response } from 'express';
import { errorForLog, type Logger } from '../../config/index.ts';
import { HttpError } from '../http-error.ts';
import { isUnavailable, RETRY_AFTER_S } from './is-unavailable.ts';

/** Maps errors to `{error: code}` (503 with Retry-After when PostgreSQL or Redis is unavailable); logs an unexpected error's class and stack, never its message (it may quote input). */
export function handleErrors(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return;
    if (err instanceof HttpError) {
      res.status(err.status).json({ error: err.code, ...err.extra });
      return;
    }
    const e = err as { type?: string; status?: number; name?: string };
    if (e?.type === 'entity.parse.failed') return void res.status(400).json({ error: 'invalid_json' });
    if (e?.type === 'entity.too.large') return void res.status(413).json({ error: 'body_too_large' });
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      return void res.status(e.status).json({ error: 'bad_request' });
    }
    if (isUnavailable(err)) {
      // PostgreSQL or Redis is down or too slow (statement or lock timeout): nothing was half-written
      // (each write is one transaction) and the same request can simply be sent again.
      log.warn({ err: errorForLog(err), method: req.method, route: req.route?.path }, 'backing service unavailable');
      res.set('Retry-After', String(RETRY_AFTER_S));
      return void res.status(503).json({ error: 'unavailable' });
    }
    log.error({ err: errorForLog(err), method: req.method, route: req.route?.path }, 'request failed');
    res.status(500).json({ error: 'internal' });
  };
}
