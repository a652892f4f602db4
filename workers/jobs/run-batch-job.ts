import { RunBatchPayload } from './payloads.ts';
import { reverifyBatch } from './reverify-batch.ts';
import type { JobHandler } from './types.ts';

/**
 * A re-verification started over the API. `rules` runs here (thousands of cases a second);
 * `full` queues the out-of-date pages of each case at batch priority (an upload's jobs go first)
 * and judges the rest here. Re-delivered (a killed worker), it carries on with the cases not done.
 */
export const runBatchJob: JobHandler<RunBatchPayload> = async (p, deps) => {
  // Chunks of 100: judging holds this process's event loop, shared with the page jobs' lock renewals.
  await reverifyBatch(p.batchId, p.mode, deps, { refresh: 'enqueue', chunk: 100 });
  return { batchId: p.batchId };
};
