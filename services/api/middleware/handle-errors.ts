import type { NextFunction, Request, Response } from 'express';
import { errorForLog, type Logger } from '../../config/index.ts';
import { HttpError } from '../http-error.ts';

/** Maps errors to `{error: code}`; logs an unexpected error's class and stack, never its message (it may quote input). */
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
    log.error({ err: errorForLog(err), method: req.method, path: req.route?.path }, 'request failed');
    res.status(500).json({ error: 'internal' });
  };
}
