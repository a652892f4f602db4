import { RunBatchPayload } from './payloads.ts';
import { buildCaseReportJob } from './build-case-report-job.ts';
import type { JobHandler } from './types.ts';

/**
 * Re-verification over the batch's cases. `rules` re-runs buildReport on the stored document
 * reports in this job (seconds for thousands of cases); `full` re-enqueues every case's whole
 * flow with `force`, so pages are analysed again by the current pipeline.
 */
export const runBatchJob: JobHandler<RunBatchPayload> = async (p, deps, job) => {
  const caseIds = await deps.store.batches.caseIds(p.batchId);
  for (const caseId of caseIds) {
    if (p.mode === 'rules') {
      await buildCaseReportJob({ caseId, batchId: p.batchId }, deps, job);
      continue;
    }
    const docs = await deps.store.documents.listForCase(caseId);
    for (const d of docs) if (d.status === 'done') await deps.store.documents.requeue(d.id);
    await deps.enqueueCaseFlow({
      caseId,
      documents: docs.map((d) => ({ id: d.id, pageCount: d.status === 'invalid' ? null : d.pageCount })),
      batchId: p.batchId,
      force: true,
    });
  }
  return { cases: caseIds.length };
};
