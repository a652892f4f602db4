import type { Job } from 'bullmq';
import type { CaseFields, DocumentKind, DocumentReport, Report } from '../../rules/contract/index.ts';
import type { QuickPageChecks } from '../page/index.ts';
import type { Pipeline } from '../pipeline/index.ts';
import type { Judged, StoredCase } from './judge-cases.ts';

/** The part of the pipeline (workers/index.ts) the processors call. */
export type JobPipeline = Pick<Pipeline, 'analysePage' | 'analyseDocument' | 'invalidDocument'>;

export interface JobDocument {
  id: string;
  caseId: string;
  file: string;
  sha256: string;
  declaredKind: DocumentKind | null;
  pageCount: number | null;
  status: 'queued' | 'done' | 'invalid';
}

export interface PageKey {
  sha256: string;
  page: number;
  pipelineVersion: string;
  contextKey: string;
}
export type PageOutcome =
  { analysis: unknown; invalidReason: null } | { analysis: null; invalidReason: string };

/**
 * What the processors need from the outside world, passed in (side effects at the edges). The
 * service wires PostgreSQL, the blob store and Redis into it; nothing here imports services/.
 */
export interface JobDeps {
  pipeline: JobPipeline;
  buildReport(caseFields: CaseFields | null, documents: DocumentReport[]): Report;
  /** Part of every page result's key: a new pipeline version re-analyses pages. */
  pipelineVersion: string;
  store: {
    cases: {
      get(id: string): Promise<{ id: string; tenant: string; fields: CaseFields } | null>;
      storeReportIfComplete(
        id: string,
        build: (fields: CaseFields, documents: DocumentReport[]) => Report,
      ): Promise<{ stored: boolean }>;
    };
    documents: {
      get(id: string): Promise<JobDocument | null>;
      listForCase(caseId: string): Promise<JobDocument[]>;
      storeReport(id: string, report: DocumentReport, pageVersion?: string | null): Promise<void>;
      requeue(id: string): Promise<void>;
      markPageDone(id: string, page: number): Promise<void>;
    };
    pageResults: {
      get(key: PageKey): Promise<PageOutcome | null>;
      put(key: PageKey, outcome: PageOutcome): Promise<void>;
    };
    batches: BatchStore;
  };
  blobs: { read(sha256: string): Promise<Uint8Array> };
  /** The upload's quick checks of a page (services/queue/quick-checks-store.ts); null when absent. @default none */
  quickChecks?: { get(sha256: string, page: number, pipelineVersion: string): Promise<QuickPageChecks | null> };
  /** Progress for the case's SSE stream; ids and page numbers only. */
  events: { publish(caseId: string, event: CaseEvent): Promise<void> };
  /** Enqueues a case's whole flow again (full re-verification). */
  enqueueCaseFlow(input: {
    caseId: string;
    documents: { id: string; pageCount: number | null }[];
    batchId: string;
    force: boolean;
  }): Promise<void>;
  log: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}

/** What a re-verification run needs of PostgreSQL (services/store's batches and reverify repos). */
export interface BatchStore {
  start(id: string): Promise<void>;
  nextCases(id: string, after: string, limit: number): Promise<string[]>;
  applyRules(id: string, caseIds: string[], judge: (rows: StoredCase[]) => Judged[] | Promise<Judged[]>): Promise<{ done: number; changed: number }>;
  staleDocuments(
    caseIds: string[],
    pageVersion: string,
    contextKeyOf: (tenant: string, fields: CaseFields) => string,
  ): Promise<{ caseId: string; documentId: string; pageCount: number; missingPages: number[] }[]>;
  handOff(id: string, caseId: string): Promise<void>;
  addPagesAnalysed(id: string, n: number): Promise<void>;
  markCaseDone(id: string, caseId: string): Promise<void>;
}

export type CaseEvent =
  | { type: 'page'; documentId: string; page: number }
  | { type: 'document'; documentId: string; invalid: string | null }
  | { type: 'report' };

export type JobHandler<P> = (payload: P, deps: JobDeps, job: Job) => Promise<unknown>;
