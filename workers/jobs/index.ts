export { startWorkers, type StartWorkersOptions, type RunningWorkers } from './start-workers.ts';
export { JOBS, JOB_NAMES, createRegistry, type JobDefinition } from './registry.ts';
export * from './payloads.ts';
export { BadInputError, BadPayloadError, TransientJobError, badInputReason, errorForLog } from './errors.ts';
export { contextKey, caseContextKey } from './context-key.ts';
export type { JobDeps, JobPipeline, CaseEvent, JobDocument, PageKey, PageOutcome } from './types.ts';
export { caseReport } from './case-report.ts';
export { reverifyBatch, type ReverifyOptions } from './reverify-batch.ts';
export { outcomeOf, flagDelta, type Outcome } from './flag-delta.ts';
