import type { z } from 'zod';
import { analysePageJob } from './analyse-page-job.ts';
import { assembleDocumentJob } from './assemble-document-job.ts';
import { buildCaseReportJob } from './build-case-report-job.ts';
import { runBatchJob } from './run-batch-job.ts';
import {
  AnalysePagePayload,
  AssembleDocumentPayload,
  BuildCaseReportPayload,
  QUEUES,
  RunBatchPayload,
  type QueueName,
} from './payloads.ts';
import type { JobHandler } from './types.ts';

/** A job is a value: its name, its queue, its payload schema and its handler. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  queue: QueueName;
  schema: S;
  handler: JobHandler<z.infer<S>>;
}

const define = <S extends z.ZodType>(d: JobDefinition<S>): JobDefinition => d as unknown as JobDefinition;

export const JOB_NAMES = {
  analysePage: 'analyse-page',
  assembleDocument: 'assemble-document',
  buildCaseReport: 'build-case-report',
  runBatch: 'run-batch',
} as const;

export const JOBS: readonly JobDefinition[] = [
  define({
    name: JOB_NAMES.analysePage,
    queue: QUEUES.page,
    schema: AnalysePagePayload,
    handler: analysePageJob,
  }),
  define({
    name: JOB_NAMES.assembleDocument,
    queue: QUEUES.document,
    schema: AssembleDocumentPayload,
    handler: assembleDocumentJob,
  }),
  define({
    name: JOB_NAMES.buildCaseReport,
    queue: QUEUES.case,
    schema: BuildCaseReportPayload,
    handler: buildCaseReportJob,
  }),
  define({ name: JOB_NAMES.runBatch, queue: QUEUES.batch, schema: RunBatchPayload, handler: runBatchJob }),
];

/** Start-up fails on a duplicate name or a queue nobody handles, not at the first job. */
export function createRegistry(jobs: readonly JobDefinition[] = JOBS): Map<string, JobDefinition> {
  const byName = new Map<string, JobDefinition>();
  for (const j of jobs) {
    if (byName.has(j.name)) throw new Error(`duplicate job handler: ${j.name}`);
    byName.set(j.name, j);
  }
  for (const q of Object.values(QUEUES)) {
    if (![...byName.values()].some((j) => j.queue === q)) throw new Error(`no job handler for queue: ${q}`);
  }
  return byName;
}
