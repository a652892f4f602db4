import type pg from 'pg';
import { createAuditRepo } from './audit-repo.ts';
import { createBatchesRepo } from './batches-repo.ts';
import { createCasesRepo } from './cases-repo.ts';
import { createDecisionsRepo } from './decisions-repo.ts';
import { createDocumentsRepo } from './documents-repo.ts';
import { createPageResultsRepo } from './page-results-repo.ts';
import { createReverifyRepo } from './reverify-repo.ts';
import { createReviewQueueRepo } from './review-queue-repo.ts';
import { createTokensRepo } from './tokens-repo.ts';

/** Every repository over one pool. */
export function createStore(pool: pg.Pool) {
  return {
    pool,
    tokens: createTokensRepo(pool),
    cases: createCasesRepo(pool),
    documents: createDocumentsRepo(pool),
    pageResults: createPageResultsRepo(pool),
    batches: { ...createBatchesRepo(pool), ...createReverifyRepo(pool) },
    audit: createAuditRepo(pool),
    decisions: createDecisionsRepo(pool),
    reviewQueue: createReviewQueueRepo(pool),
  };
}
export type Store = ReturnType<typeof createStore>;
