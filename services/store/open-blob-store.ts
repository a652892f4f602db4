import type pg from 'pg';
import { parseBlobKeys } from './blob-cipher.ts';
import { createBlobStore } from './blob-store.ts';
import type { BlobStore } from './blob-store-types.ts';
import { createPgBlobStore } from './pg-blob-store.ts';

/** The blob store the settings name: `pg` (PostgreSQL, any number of machines) or `dir` (BLOB_DIR). */
export function openBlobStore(
  config: { BLOB_STORE: 'dir' | 'pg'; BLOB_DIR: string; BLOB_KEYS?: string | undefined },
  pool: pg.Pool,
): BlobStore {
  const keys = parseBlobKeys(config.BLOB_KEYS);
  return config.BLOB_STORE === 'pg' ? createPgBlobStore(pool, config.BLOB_DIR, keys) : createBlobStore(config.BLOB_DIR, keys);
}
