import type { Request, Response } from 'express';
import { PAGE_IMAGE_WIDTH } from '../../../workers/page/index.ts';
import { isUuid } from '../../store/index.ts';
import { actorOf } from '../middleware/authenticate.ts';
import { HttpError, notFound } from '../http-error.ts';
import type { ApiDeps } from '../types.ts';
import { imageKey, snapWidth, type ImageCache } from './image-cache.ts';

/**
 * GET /api/cases/:id/documents/:docId/pages/:page/image?width=N — the page as a JPEG, rendered in
 * an API sandbox child on demand, or made with the upload's quick checks (thumbnails), and kept in a
 * small in-memory cache keyed by the file's hash (read after the access check, so the cache never
 * answers for a case the token cannot see). Foreign or
 * unknown case, document or page: 404 alike. Widths are snapped up to a multiple of 80 px so that
 * thumbnails of every size a layout asks for share a few cache entries.
 */
export function pageImage(deps: ApiDeps, cache: ImageCache) {
  return async (req: Request, res: Response) => {
    const c = await deps.store.cases.findVisible(actorOf(req), String(req.params.id), 'read');
    if (!c) throw notFound();
    const docId = String(req.params.docId);
    const doc = isUuid(docId) ? await deps.store.documents.get(docId) : null;
    const page = Number(req.params.page);
    if (!doc || doc.caseId !== c.id || !Number.isInteger(page) || page < 1 || page > (doc.pageCount ?? 0)) throw notFound();
    res.locals.documentId = doc.id;
    const asked = req.query.width === undefined ? PAGE_IMAGE_WIDTH.default : Number(req.query.width);
    if (!Number.isFinite(asked) || asked <= 0) throw new HttpError(400, 'invalid_width');
    const width = snapWidth(asked);

    const key = imageKey(doc.sha256, page, width);
    let jpeg = cache.get(key);
    if (!jpeg) {
      const bytes = await deps.blobs.read(doc.sha256);
      const rendered = await deps.pipeline.pageImage(bytes, page, width).catch(() => null);
      if (!rendered) throw new HttpError(422, 'page_unrenderable');
      cache.set(key, rendered);
      jpeg = rendered;
    }
    res.set({ 'content-type': 'image/jpeg', 'cache-control': 'private, max-age=3600', 'x-content-type-options': 'nosniff' });
    res.end(Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength));
  };
}
