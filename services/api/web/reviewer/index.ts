import express from 'express';
import { sendPage } from '../index.ts';
import { reviewerPages } from './pages.ts';

/**
 * GET /reviewer/cases (the queue), /reviewer/cases/:id (one case, its flags with their evidence
 * and decisions), /admin (the operator's links), sent with the shell's security headers; their
 * scripts and stylesheet are in ../assets/reviewer/, served with the shell's assets.
 */
export function reviewerRoutes(): express.Router {
  const pages = reviewerPages(Date.now().toString(36));
  const router = express.Router();
  router.get('/reviewer', (_req, res) => res.redirect(302, '/reviewer/cases'));
  router.get('/reviewer/cases', (_req, res) => sendPage(res, pages.queue));
  router.get('/reviewer/cases/:id', (_req, res) => sendPage(res, pages.case));
  router.get('/admin', (_req, res) => sendPage(res, pages.admin));
  return router;
}
