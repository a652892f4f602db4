import { readFile, rm } from 'node:fs/promises';
import type { Request, Response } from 'express';
import { DocumentKind } from '../../../rules/contract/index.ts';
import { PAGE_PIPELINE_VERSION, sha256 } from '../../../workers/index.ts';
import { requireRole } from '../middleware/authenticate.ts';
import { HttpError, notFound } from '../http-error.ts';
import { checkPdfHeader } from '../upload/check-pdf-header.ts';
import { receiveFile } from '../upload/receive-file.ts';
import { inspectInSandbox } from '../upload/inspect-in-sandbox.ts';
import { runQuickChecks, type QuickChecked, type QuickResult } from '../upload/run-quick-checks.ts';
import { imageKey, snapWidth, type ImageCache } from './image-cache.ts';
import { createQuickCache, quickFeedback } from '../case-view/index.ts';
import { createEventPublisher, createQuickChecksStore } from '../../queue/index.ts';
import type { ApiDeps } from '../types.ts';
import { PAGE_IMAGE_WIDTH } from '../../../workers/page/index.ts';

/**
 * POST /api/cases/:id/documents — stream to disk within limits, check the header, store by
 * sha256, one row in PostgreSQL, enqueue the flow; only then answer 202, with the quick checks
 * of the first page (of every page done by then; at most QUICK_CHECK_BUDGET_MS), as raw checks and
 * as badges; the other pages' follow as `quick` events on the case's stream.
 */
export function uploadDocument(deps: ApiDeps, images: ImageCache) {
  const receive = receiveFile(deps.blobs, deps.limits.maxUploadBytes);
  const events = createEventPublisher(deps.redis, deps.queuePrefix);
  const quick = createQuickCache(deps.redis, deps.queuePrefix);
  const checks = createQuickChecksStore(deps.redis, deps.queuePrefix);
  return async (req: Request, res: Response) => {
    const actor = requireRole(req, ['employer']);
    // Access first, so another tenant's case costs no upload bandwidth and answers like a missing one.
    const c = await deps.store.cases.findVisible(actor, String(req.params.id), 'write');
    if (!c) throw notFound();

    const file = await receive(req, res);
    let adopted = false;
    try {
      const extra = Object.keys(file.fields).filter((k) => k !== 'kind');
      if (extra.length) throw new HttpError(400, 'unknown_field', { fields: extra });
      const kind =
        file.fields.kind === undefined || file.fields.kind === ''
          ? null
          : DocumentKind.safeParse(file.fields.kind);
      if (kind && !kind.success) throw new HttpError(400, 'invalid_kind');
      const declaredKind = kind ? kind.data! : null;

      await checkPdfHeader(file.path, file.size);
      // Read once (within MAX_UPLOAD_BYTES): hashed, stored (encrypted) and opened from these bytes,
      // not read back from the store and decrypted.
      const bytes = new Uint8Array(await readFile(file.path));
      const hash = sha256(bytes);
      await deps.blobs.adopt(file.path, hash, bytes);
      adopted = true;

      // A file that kills its sandbox child while being opened is refused for that: `resource_limit`.
      const inspected = await inspectInSandbox(deps.pipeline, bytes);
      const invalid =
        'invalid' in inspected
          ? {
              reason: inspected.invalid,
              report: deps.pipeline.invalidDocument(file.name, hash, declaredKind, inspected.invalid),
            }
          : null;
      const pageCount = 'pageCount' in inspected ? inspected.pageCount : null;
      const { row, created } = await deps.store.documents.insert({
        caseId: c.id,
        file: file.name,
        sha256: hash,
        byteSize: file.size,
        declaredKind,
        pageCount,
        invalid,
      });
      // Also for a repeated upload still queued: the ids are deterministic, so a flow already
      // in Redis is not added twice, and one lost with Redis is added again.
      if (created || row.status === 'queued') {
        await deps.producer.enqueueDocumentFlow({
          caseId: c.id,
          documentId: row.id,
          pageCount: row.pageCount,
        });
      }
      res.locals.documentId = row.id;
      deps.log.info(
        { caseId: c.id, documentId: row.id, pages: row.pageCount, created, invalid: row.invalidReason },
        'upload',
      );

      let pages: QuickResult[] = [];
      if (row.pageCount && row.status !== 'invalid') {
        // The first page's checks answer; the others stream as `quick` events as they finish.
        pages = await runQuickChecks(deps.pipeline, bytes, row.pageCount, deps.limits.quickCheckBudgetMs, {
          onLate: async (q) => {
            const feedback = quickFeedback(row.id, row.declaredKind, q);
            await quick.put(feedback);
            await events.publish(c.id, { type: 'quick', documentId: row.id, page: q.page, feedback });
          },
          // The page card's thumbnail, made from the rendering the checks used: no second rendering.
          onThumbnail: (page, jpeg) => images.set(imageKey(row.sha256, page, snapWidth(PAGE_IMAGE_WIDTH.default)), jpeg),
          // Kept for the page job, which then does not make the same checks again.
          onChecked: (q) => checks.put(row.sha256, PAGE_PIPELINE_VERSION, q),
        });
      }
      const feedback = pages.filter((p): p is QuickChecked => !('pending' in p)).map((p) => quickFeedback(row.id, row.declaredKind, p));
      // Kept for a reload of the case page; a Redis hiccup here costs that only, never the answer.
      await Promise.all(feedback.map((f) => quick.put(f))).catch(() => undefined);
      res.status(202).json({
        documentId: row.id,
        sha256: row.sha256,
        pageCount: row.pageCount,
        duplicate: !created,
        invalid: row.invalidReason,
        pages,
        // The same checks as badges and plain sentences (case-view/page-feedback.ts), for the page.
        feedback,
      });

    } finally {
      if (!adopted) await rm(file.path, { force: true });
    }
  };
}
