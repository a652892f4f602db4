import { join } from 'node:path';
import express, { type Response } from 'express';
import { employerPages } from './pages.ts';

export { renderPage, type PageShell } from './layout.ts';

/**
 * Everyone's pages, with no data in them: scripts read it from /api with the bearer token kept in
 * sessionStorage. CSP: scripts, styles and fetches from this origin only; images also from blob:
 * URLs (page images are fetched with the token and shown from blobs, never from a bare URL).
 */
export const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

export function sendPage(res: Response, html: string): void {
  res.set(PAGE_HEADERS).type('html').send(html);
}

/**
 * GET / (sign-in), /employer/cases, /employer/cases/:id, /assets/*. Sign-in sends a reviewer or an
 * admin to /reviewer/cases: those pages are a router of their own, mounted in create-app.ts beside
 * this one, built with renderPage({ role: 'reviewer', … }) and sendPage, their scripts in assets/
 * using window.Precheck (common.js: api, image, events, el).
 */
export function webPages(): express.Router {
  const version = Date.now().toString(36);
  const pages = employerPages(version);
  const router = express.Router();
  router.use(
    '/assets',
    express.static(join(import.meta.dirname, 'assets'), {
      // Names carry ?v=<start time>: a new deploy is fetched anew, a page load on a slow line costs nothing.
      maxAge: '7d',
      immutable: true,
      index: false,
      setHeaders: (res) => res.set('x-content-type-options', 'nosniff'),
    }),
  );
  router.get('/favicon.ico', (_req, res) => void res.status(204).set('cache-control', 'max-age=604800').end());
  router.get('/', (_req, res) => sendPage(res, pages.signIn));
  router.get('/employer', (_req, res) => res.redirect(302, '/employer/cases'));
  router.get('/employer/cases', (_req, res) => sendPage(res, pages.cases));
  router.get('/employer/cases/:id', (_req, res) => sendPage(res, pages.case));
  return router;
}
