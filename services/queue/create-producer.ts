import { FlowProducer, Queue, type ConnectionOptions, type FlowJob } from 'bullmq';
import { JOB_NAMES, QUEUES } from '../../workers/jobs/index.ts';
import { jobOptions } from './job-options.ts';
import type { Logger } from '../config/index.ts';
import { logRedisErrors } from './log-redis-errors.ts';

export interface ProducerOptions {
  connection: ConnectionOptions;
  prefix: string;
  /** Warned of Redis connection errors (rate-limited); without it they are only swallowed. */
  log?: Logger;
}

function documentNode(
  caseId: string,
  doc: { id: string; pageCount: number | null },
  batchId: string | null,
  force: boolean,
  rerun?: string,
): FlowJob {
  const pages = Array.from({ length: doc.pageCount ?? 0 }, (_, i) => i + 1);
  return {
    name: JOB_NAMES.assembleDocument,
    queueName: QUEUES.document,
    data: { caseId, documentId: doc.id, force },
    opts: jobOptions(JOB_NAMES.assembleDocument, { caseId, documentId: doc.id, batchId, rerun }),
    children: pages.map((page) => ({
      name: JOB_NAMES.analysePage,
      queueName: QUEUES.page,
      data: { caseId, documentId: doc.id, page, force, batchId },
      opts: jobOptions(JOB_NAMES.analysePage, { caseId, documentId: doc.id, page, batchId, rerun }),
    })),
  };
}

/** Adds work: flows of case ← document ← page jobs, and batch jobs. Payloads are ids only. */
export function createProducer(opts: ProducerOptions) {
  const flows = new FlowProducer({ connection: opts.connection, prefix: opts.prefix });
  const batches = new Queue(QUEUES.batch, { connection: opts.connection, prefix: opts.prefix });
  const documents = new Queue(QUEUES.document, { connection: opts.connection, prefix: opts.prefix });
  if (opts.log) logRedisErrors(opts.log, { flows, batches, documents });
  else {
    flows.on('error', () => undefined);
    batches.on('error', () => undefined);
    documents.on('error', () => undefined);
  }
  return {
    /**
     * After an upload: a case job over this document's job over its page jobs. `rerun` (the
     * reconciler's) gives the jobs fresh ids, for a document whose first jobs failed for good.
     */
    async enqueueDocumentFlow(input: {
      caseId: string;
      documentId: string;
      pageCount: number | null;
      rerun?: string;
    }): Promise<void> {
      await flows.add({
        name: JOB_NAMES.buildCaseReport,
        queueName: QUEUES.case,
        data: { caseId: input.caseId, batchId: null },
        opts: jobOptions(JOB_NAMES.buildCaseReport, { caseId: input.caseId, documentId: input.documentId, rerun: input.rerun }),
        children: [
          documentNode(input.caseId, { id: input.documentId, pageCount: input.pageCount }, null, false, input.rerun),
        ],
      });
    },
    /** A whole case again (full re-verification): one case job over every document. */
    async enqueueCaseFlow(input: {
      caseId: string;
      documents: { id: string; pageCount: number | null }[];
      batchId: string;
      force: boolean;
    }): Promise<void> {
      await flows.add({
        name: JOB_NAMES.buildCaseReport,
        queueName: QUEUES.case,
        data: { caseId: input.caseId, batchId: input.batchId },
        opts: jobOptions(JOB_NAMES.buildCaseReport, { caseId: input.caseId, batchId: input.batchId }),
        children: input.documents.map((d) => documentNode(input.caseId, d, input.batchId, input.force)),
      });
    },
    async enqueueBatch(batchId: string, mode: 'rules' | 'full'): Promise<void> {
      await batches.add(
        JOB_NAMES.runBatch,
        { batchId, mode },
        jobOptions(JOB_NAMES.runBatch, { caseId: '', batchId }),
      );
    },
    /** Whether the upload's document job is still waiting, delayed or running (not lost, not finished). */
    async documentJobLive(documentId: string): Promise<boolean> {
      const job = await documents.getJob(jobOptions(JOB_NAMES.assembleDocument, { caseId: '', documentId }).jobId!);
      if (!job) return false;
      const state = await job.getState();
      return !['completed', 'failed', 'unknown'].includes(state);
    },
    async close(): Promise<void> {
      await Promise.all([flows.close(), batches.close(), documents.close()]);
    },
  };
}
export type Producer = ReturnType<typeof createProducer>;
