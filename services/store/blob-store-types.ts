import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

export const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Content-addressed blobs (uploaded PDFs) by the sha256 of their plain bytes, encrypted at rest
 * under BLOB_KEYS when set. Two stores keep them: a local directory (`BLOB_STORE=dir`) and
 * PostgreSQL (`BLOB_STORE=pg`, reachable from every machine that reaches the database).
 */
export interface BlobStore {
  /** A fresh local path for an incoming upload (always on this machine's BLOB_DIR). */
  tempPath(): Promise<string>;
  hashFile(path: string): Promise<string>;
  /** Stores a hashed temp file under its address and removes the temp file. `plain`: its bytes when the caller holds them. */
  adopt(tempPath: string, sha256: string, plain?: Uint8Array): Promise<string>;
  read(sha256: string): Promise<Uint8Array>;
  /** Rewrites every blob not under the first key under it; returns how many. */
  rekey(): Promise<number>;
}

export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
