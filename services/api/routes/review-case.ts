import type { Request, Response } from 'express';
import { kindName } from '../../../rules/index.ts';
import { requireRole } from '../middleware/authenticate.ts';
import { notFound } from '../http-error.ts';
import { maskIdNumbers, reviewerReport } from '../review/index.ts';
import type { ApiDeps } from '../types.ts';

/**
 * GET /api/cases/:id/review — what a reviewer needs to decide a case: its fields (ID numbers
 * masked), its documents with their ids (for the page images), and the report with each flag's
 * decision (null while work is pending). Reviewers only.
 */
export function reviewCase(deps: ApiDeps) {
  return async (req: Request, res: Response) => {
    const actor = requireRole(req, ['reviewer']);
    const c = await deps.store.cases.findVisible(actor, String(req.params.id), 'read');
    if (!c) throw notFound();
    const rows = await deps.store.documents.listForCase(c.id);
    const report = c.status === 'ready' && c.report ? await reviewerReport(deps.store, { ...c, report: c.report }) : null;
    // The report's documents in its own order, each with the stored document's id (same bytes, same case).
    const documents = (report?.documents ?? []).map((d, index) => ({
      index,
      id: rows.find((r) => r.sha256 === d.sha256)?.id ?? null,
      file: d.file,
      kind: d.kind,
      kindName: kindName(d.kind),
      pageCount: d.pageCount,
    }));
    res.set('cache-control', 'no-store').json({
      case: { id: c.id, tenant: c.tenant, status: c.status, createdAt: c.createdAt, fields: maskIdNumbers(c.fields) },
      documents,
      report,
    });
  };
}
