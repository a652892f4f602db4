import type { JobsOptions } from 'bullmq';
import { JOB_NAMES } from '../../workers/jobs/index.ts';

/** `rerun`: a reconciler's fresh run of work whose first jobs were lost or failed for good. */
type Ids = { caseId: string; documentId?: string; page?: number; batchId?: string | null; rerun?: string };

/** Completed jobs are dropped soon (results live in PostgreSQL); failed ones are kept to inspect. */
const RETENTION: JobsOptions = {
  removeOnComplete: { age: 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Every job's id, retries and failure behaviour decided in one place. Ids are deterministic
 * (a re-enqueue of the same work is ignored by BullMQ while the first is known) and never hold ':'.
 * Every child states what its failure does to its parent (BullMQ's default leaves it waiting forever).
 */
export function jobOptions(name: string, ids: Ids): JobsOptions {
  const opts = optionsOf(name, ids);
  return ids.batchId ? { ...opts, priority: BATCH_PRIORITY } : opts;
}

/**
 * Fair queues: a re-verification's page, document and case jobs carry a priority and an upload's
 * carry none, and BullMQ hands out jobs without a priority before any prioritised one. So an upload
 * never waits behind a batch, only for the page jobs already running when it came.
 */
export const BATCH_PRIORITY = 10;

function optionsOf(name: string, ids: Ids): JobsOptions {
  const run = (ids.batchId ? `-b${ids.batchId}` : '') + (ids.rerun ? `-r${ids.rerun}` : '');
  switch (name) {
    case JOB_NAMES.analysePage:
      return {
        ...RETENTION,
        jobId: `page-${ids.documentId}-${ids.page}${run}`,
        attempts: 3,
        backoff: { type: 'exponential', delay: 2000 },
        // A bad page makes its document FILE_INVALID; the document job still runs and says so.
        ignoreDependencyOnFailure: true,
      };
    case JOB_NAMES.assembleDocument:
      return {
        ...RETENTION,
        jobId: `doc-${ids.documentId}${run}`,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        // The case report waits for every document anyway (checked in PostgreSQL under a lock).
        ignoreDependencyOnFailure: true,
      };
    case JOB_NAMES.buildCaseReport:
      return {
        ...RETENTION,
        // One case job per upload (or per batch run): the last one to run sees every document.
        jobId: `case-${ids.caseId}${ids.documentId ? `-${ids.documentId}` : ''}${run}`,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
      };
    case JOB_NAMES.runBatch:
      return {
        ...RETENTION,
        jobId: `batch-${ids.batchId}`,
        attempts: 3,
        backoff: { type: 'exponential', delay: 5000 },
      };
    default:
      throw new Error(`no job options for ${name}`);
  }
}
