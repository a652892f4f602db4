import type { Logger } from '../config/index.ts';
import { errorForLog } from '../config/index.ts';
import type { Store } from '../store/index.ts';
import type { Producer } from './create-producer.ts';

export interface Reconciler {
  /** One pass (the timer calls it; tests call it directly). Returns the ids enqueued again. */
  runOnce(): Promise<string[]>;
  stop(): void;
}

/**
 * PostgreSQL is the record of truth: an upload's row is written before its job reaches Redis, so a
 * crash or a Redis outage between the two leaves a document `queued` with no job, and a job that
 * failed for good leaves it there too. Every `idleMs / 2` (at most a minute) this claims documents
 * idle that long (documents.claimStuck: one reconciler per document even with many workers) and
 * enqueues each again, unless its upload's job is still alive in Redis (merely waiting its turn).
 * A fresh run id keeps a failed job's id from swallowing the new one; page analyses already stored
 * are reused by the page jobs, so a re-run costs only what was lost.
 */
export function startReconciler(deps: { store: Store; producer: Producer; log: Logger }, idleMs: number): Reconciler {
  let running = false;
  const runOnce = async (): Promise<string[]> => {
    if (running) return [];
    running = true;
    try {
      const enqueued: string[] = [];
      for (const doc of await deps.store.documents.claimStuck(idleMs)) {
        if (await deps.producer.documentJobLive(doc.id)) continue;
        await deps.producer.enqueueDocumentFlow({ caseId: doc.caseId, documentId: doc.id, pageCount: doc.pageCount, rerun: String(Date.now()) });
        enqueued.push(doc.id);
      }
      if (enqueued.length) deps.log.warn({ documents: enqueued }, 'stuck documents enqueued again');
      return enqueued;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => {
    runOnce().catch((err: unknown) => deps.log.warn({ err: errorForLog(err) }, 'reconciler pass failed'));
  }, Math.min(idleMs / 2, 60_000));
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
