export { createDb, type DbOptions } from './create-db.ts';
export { migrate, quoteIdent } from './migrate.ts';
export { createStore, type Store } from './create-store.ts';
export { createBlobStore, type BlobStore } from './blob-store.ts';
export { hashToken, type Actor, type Role } from './tokens-repo.ts';
export type { CaseRow, CaseStatus, CaseProgress } from './cases-repo.ts';
export type { DocumentRow } from './documents-repo.ts';
export type { PageKey, PageOutcome } from './page-results-repo.ts';
export type { BatchRow } from './batches-repo.ts';
