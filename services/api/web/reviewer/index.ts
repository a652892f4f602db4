import { join } from 'node:path';
import express from 'express';
import { sendPage } from '../index.ts';
import { reviewerPages } from './pages.ts';

/**
 * GET /reviewer/cases (the queue), /reviewer/cases/:id (one case, its flags with their evidence
 * and decisions), /admin (the operator's links) and their scripts under /assets/reviewer/, sent with the shell's security headers.
 */
export function reviewerRoutes(): express.Router {
  const pages = reviewerPages(Date.now().toString(36));
  const router = express.Router();
  router.use(
    '/assets/reviewer',
    express.static(join(import.meta.dirname, 'assets'), {
      maxAge: '7d',
      immutable: true,
      index: false,
      setHeaders: (res) => res.set('x-content-type-options', 'nosniff'),
    }),
  );
  router.get('/reviewer', (_req, res) => res.redirect(302, '/reviewer/cases'));
  router.get('/reviewer/cases', (_req, res) => sendPage(res, pages.queue));
  router.get('/reviewer/cases/:id', (_req, res) => sendPage(res, pages.case));
  router.get('/admin', (_req, res) => sendPage(res, pages.admin));
  return router;
}
