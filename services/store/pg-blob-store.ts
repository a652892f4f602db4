import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { blobKeyId, decryptBlob, encryptBlob, isEncryptedBlob, type BlobKey } from './blob-cipher.ts';
import { SHA256, hashFile, type BlobStore } from './blob-store-types.ts';
import { withTransaction } from './with-transaction.ts';

/** 1 MiB a row: a 30 MB upload is 30 rows, each well inside what one bytea parameter carries. */
export const BLOB_CHUNK_BYTES = 1 << 20;

async function writeChunks(client: pg.PoolClient, sha256: string, sealed: Uint8Array, keyId: string | null): Promise<void> {
  const chunks = Math.max(1, Math.ceil(sealed.length / BLOB_CHUNK_BYTES));
  await client.query('DELETE FROM blob_chunk WHERE sha256 = $1', [sha256]);
  await client.query(
    `INSERT INTO blob (sha256, byte_size, chunks, key_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256) DO UPDATE SET byte_size = EXCLUDED.byte_size, chunks = EXCLUDED.chunks, key_id = EXCLUDED.key_id`,
    [sha256, sealed.length, chunks, keyId],
  );
  for (let i = 0; i < chunks; i++) {
    const part = Buffer.from(sealed.buffer, sealed.byteOffset + i * BLOB_CHUNK_BYTES, Math.min(BLOB_CHUNK_BYTES, sealed.length - i * BLOB_CHUNK_BYTES));
    await client.query('INSERT INTO blob_chunk (sha256, seq, bytes) VALUES ($1, $2, $3)', [sha256, i, part]);
  }
}

/**
 * Blobs in PostgreSQL (`BLOB_STORE=pg`): every worker on every machine that reaches the database
 * reads them, with no shared file system. Same addressing and encryption as the directory store
 * (blob-cipher.ts: the stored bytes are the sealed file, cut into chunks); a blob's row and its
 * chunks are written in one transaction, so it is whole or absent, and the same bytes stored twice
 * (two uploads racing) are one blob. `dir` holds only uploads while they stream in.
 */
export function createPgBlobStore(pool: pg.Pool, dir: string, keys: BlobKey[] = []): BlobStore {
  const current = keys[0];
  const check = (sha256: string) => {
    if (!SHA256.test(sha256)) throw new Error('invalid sha256');
  };
  return {
    async tempPath(): Promise<string> {
      await mkdir(join(dir, 'incoming'), { recursive: true });
      return join(dir, 'incoming', randomUUID());
    },
    hashFile,
    async adopt(tempPath: string, sha256: string, plain?: Uint8Array): Promise<string> {
      check(sha256);
      const exists = await pool.query('SELECT 1 FROM blob WHERE sha256 = $1', [sha256]);
      if (!exists.rows[0]) {
        const bytes = plain ?? new Uint8Array(await readFile(tempPath));
        const sealed = current ? encryptBlob(bytes, current) : bytes;
        await withTransaction(pool, async (client) => {
          // Serialises two uploads of the same bytes: the second finds the first's blob and stops.
          await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [sha256]);
          const again = await client.query('SELECT 1 FROM blob WHERE sha256 = $1', [sha256]);
          if (!again.rows[0]) await writeChunks(client, sha256, sealed, current?.id ?? null);
        });
      }
      await rm(tempPath, { force: true });
      return `pg:${sha256}`;
    },
    async read(sha256: string): Promise<Uint8Array> {
      check(sha256);
      const { rows } = await pool.query<{ chunks: number; bytes: Buffer | null; seq: number | null }>(
        `SELECT b.chunks, c.seq, c.bytes FROM blob b LEFT JOIN blob_chunk c ON c.sha256 = b.sha256
          WHERE b.sha256 = $1 ORDER BY c.seq`,
        [sha256],
      );
      if (!rows[0]) throw Object.assign(new Error('blob not found'), { code: 'ENOENT' });
      if (rows.length !== rows[0].chunks || rows.some((r, i) => r.seq !== i)) throw new Error('blob incomplete');
      const bytes = new Uint8Array(Buffer.concat(rows.map((r) => r.bytes!)));
      return isEncryptedBlob(bytes) ? decryptBlob(bytes, keys) : bytes;
    },
    async rekey(): Promise<number> {
      if (!current) return 0;
      let rewritten = 0;
      const { rows } = await pool.query<{ sha256: string }>('SELECT sha256 FROM blob WHERE key_id IS DISTINCT FROM $1', [current.id]);
      for (const { sha256 } of rows) {
        await withTransaction(pool, async (client) => {
          await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [sha256]);
          const parts = await client.query<{ bytes: Buffer }>('SELECT bytes FROM blob_chunk WHERE sha256 = $1 ORDER BY seq', [sha256]);
          const stored = new Uint8Array(Buffer.concat(parts.rows.map((r) => r.bytes)));
          if (isEncryptedBlob(stored) && blobKeyId(stored) === current.id) return;
          const plain = isEncryptedBlob(stored) ? decryptBlob(stored, keys) : stored;
          await writeChunks(client, sha256, encryptBlob(plain, current), current.id);
          rewritten++;
        });
      }
      return rewritten;
    },
  };
}
