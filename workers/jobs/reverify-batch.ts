import type { Job } from 'bullmq';
import { analysePageJob } from './analyse-page-job.ts';
import { assembleDocumentJob } from './assemble-document-job.ts';
import { judgeCases, type Judged, type StoredCase } from './judge-cases.ts';
import { caseContextKey } from './context-key.ts';
import { badInputReason } from './errors.ts';
import type { JobDeps } from './types.ts';

export interface ReverifyOptions {
  /**
   * How a full run brings out-of-date pages up to date: `inline` analyses them in this process
   * (the CLI, with its own pipeline); `enqueue` queues the case's flow for the workers at batch
   * priority (the batch job), and that flow's case job marks the case done.
   */
  refresh: 'inline' | 'enqueue';
  /** Cases judged per transaction. @default 500 */
  chunk?: number;
  /** Judges a chunk of stored cases (e.g. on threads, rules-threads.ts). @default judgeCases with deps.buildReport, in this thread */
  judge?: (rows: StoredCase[]) => Judged[] | Promise<Judged[]>;
  /** Chunks in flight at once (one is read and judged while another is written). @default 1 */
  parallel?: number;
  /** After every chunk (progress bars). */
  onChunk?: () => void | Promise<void>;
}

const FIRST = '00000000-0000-0000-0000-000000000000';

/** A full run's first step for these cases: analyse what is out of date. Returns the cases left to the workers. */
async function refreshPages(batchId: string, caseIds: string[], deps: JobDeps, opts: ReverifyOptions): Promise<Set<string>> {
  const stale = await deps.store.batches.staleDocuments(caseIds, deps.pipelineVersion, caseContextKey);
  const queued = new Set<string>();
  if (opts.refresh === 'enqueue') {
    for (const caseId of new Set(stale.map((s) => s.caseId))) {
      const docs = stale.filter((s) => s.caseId === caseId);
      await deps.store.batches.handOff(batchId, caseId);
      for (const d of docs) await deps.store.documents.requeue(d.documentId);
      await deps.enqueueCaseFlow({ caseId, documents: docs.map((d) => ({ id: d.documentId, pageCount: d.pageCount })), batchId, force: false });
      queued.add(caseId);
    }
    return queued;
  }
  for (const d of stale) {
    for (const page of d.missingPages) {
      try {
        await analysePageJob({ caseId: d.caseId, documentId: d.documentId, page, force: false, batchId }, deps, undefined as unknown as Job);
      } catch (err) {
        // A bad page is recorded as such; the document report below says FILE_INVALID.
        if (!badInputReason(err)) throw err;
      }
    }
    await assembleDocumentJob({ caseId: d.caseId, documentId: d.documentId, force: true }, deps, undefined as unknown as Job);
  }
  return queued;
}

/**
 * Re-verification of a batch's cases not yet done, in case-id order, a chunk per transaction.
 * `rules` re-applies the rules to the stored document reports (no OCR, no pixels); `full` first
 * re-analyses only pages with no result of the current page version and re-assembles only the
 * documents built from older results, then judges like `rules`. Every chunk marks its cases done
 * as it stores them, so a run killed midway and started again does the rest, and a case already
 * current is left untouched (a second run changes nothing).
 */
export async function reverifyBatch(batchId: string, mode: 'rules' | 'full', deps: JobDeps, opts: ReverifyOptions): Promise<void> {
  await deps.store.batches.start(batchId);
  const judge = opts.judge ?? ((rows: StoredCase[]) => judgeCases(rows, deps.buildReport));
  const inflight = new Set<Promise<void>>();
  for (let after = FIRST; ; ) {
    const ids = await deps.store.batches.nextCases(batchId, after, opts.chunk ?? 500);
    if (!ids.length) break;
    after = ids.at(-1)!;
    const chunk = (async () => {
      const queued = mode === 'full' ? await refreshPages(batchId, ids, deps, opts) : new Set<string>();
      await deps.store.batches.applyRules(batchId, ids.filter((id) => !queued.has(id)), judge);
      await opts.onChunk?.();
    })();
    inflight.add(chunk);
    void chunk.then(() => inflight.delete(chunk), () => undefined);
    if (inflight.size >= (opts.parallel ?? 1)) await Promise.race(inflight);
    // Lets the process's other queues (uploads' pages) be served between chunks.
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(inflight);
}
