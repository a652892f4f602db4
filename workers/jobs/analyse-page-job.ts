import { AnalysePagePayload } from './payloads.ts';
import { caseContextKey } from './context-key.ts';
import { BadInputError, badInputReason } from './errors.ts';
import type { JobHandler } from './types.ts';
import { sandboxCrashReason } from '../sandbox/index.ts';

/**
 * A page that killed its sandbox child (memory or time limit) is tried once more in a fresh child
 * (the machine may have been short of memory); killing it again makes it the page's own fault:
 * `resource_limit`, final. A child that died any other way stays a transient failure.
 */
function sandboxLimitReason(err: unknown, attemptsMade: number): string | null {
  return sandboxCrashReason(err) === 'resource_limit' && attemptsMade >= 1 ? 'resource_limit' : null;
}

/**
 * One page: render, quality, seal, OCR, annotation, signature (clarity, edges and the seal finding
 * taken from the upload's quick checks when they are kept for this file, page and pipeline version).
 * The result is stored under (sha256, page, pipeline version, context) with UPSERT, so a
 * re-delivered job changes nothing.
 */
export const analysePageJob: JobHandler<AnalysePagePayload> = async (p, deps, job) => {
  const doc = await deps.store.documents.get(p.documentId);
  const c = await deps.store.cases.get(p.caseId);
  if (!doc || !c || doc.caseId !== c.id) throw new BadInputError('document_missing');
  const employerName = c.fields.employer?.name ?? null;
  const employerCreditCode = c.fields.employer?.creditCode ?? null;
  const key = {
    sha256: doc.sha256,
    page: p.page,
    pipelineVersion: deps.pipelineVersion,
    contextKey: caseContextKey(c.tenant, c.fields),
  };
  const stored = p.force ? null : await deps.store.pageResults.get(key);
  if (!stored) {
    const bytes = await deps.blobs.read(doc.sha256);
    // The upload's quick checks of this page, when they are still kept: not made a second time.
    const quick = (await deps.quickChecks?.get(doc.sha256, p.page, deps.pipelineVersion)) ?? undefined;
    try {
      const analysis = await deps.pipeline.analysePage(bytes, p.page, { employerName, employerCreditCode }, quick);
      await deps.store.pageResults.put(key, { analysis, invalidReason: null });
      if (p.batchId) await deps.store.batches.addPagesAnalysed(p.batchId, 1);
    } catch (err) {
      const reason = badInputReason(err) ?? sandboxLimitReason(err, job?.attemptsMade ?? 0);
      if (!reason) throw err;
      // Recorded before failing, so the document job turns it into FILE_INVALID.
      await deps.store.pageResults.put(key, { analysis: null, invalidReason: reason });
      throw new BadInputError(reason);
    }
  }
  await deps.store.documents.markPageDone(doc.id, p.page);
  await deps.events.publish(c.id, { type: 'page', documentId: doc.id, page: p.page });
  return { page: p.page };
};
