import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { parseBlobKeys } from '../../services/store/blob-cipher.ts';
import { createDb, createPgBlobStore, migrate, type BlobStore } from '../../services/store/index.ts';
import { BLOB_CHUNK_BYTES } from '../../services/store/pg-blob-store.ts';
import { createTestEnv, type TestEnv } from '../integration/support/test-env.ts';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

describe('blobs in PostgreSQL (BLOB_STORE=pg)', () => {
  let env: TestEnv;
  let pool: pg.Pool;
  let dir: string;
  const put = async (blobs: BlobStore, bytes: Buffer) => {
    const temp = await blobs.tempPath();
    await writeFile(temp, bytes);
    const sha = await blobs.hashFile(temp);
    await blobs.adopt(temp, sha);
    return sha;
  };
  const stored = async (sha: string) =>
    Buffer.concat((await pool.query('SELECT bytes FROM blob_chunk WHERE sha256 = $1 ORDER BY seq', [sha])).rows.map((r) => r.bytes));

  beforeAll(async () => {
    env = await createTestEnv();
    pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 4 });
    await migrate(pool, env.config.PG_SCHEMA);
    dir = await mkdtemp(join(tmpdir(), 'precheck-pgblobs-'));
  });
  afterAll(async () => {
    await pool?.end();
    await env?.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it('when a 2.5 MB file is stored encrypted, then PostgreSQL holds no plain bytes, it spans chunks, reads back whole, and its temp file is gone', async () => {
    const blobs = createPgBlobStore(pool, dir, parseBlobKeys(key('k1')));
    const big = Buffer.concat([PDF, randomBytes(2.5 * 2 ** 20)]);
    const sha = await put(blobs, big);
    const rows = await pool.query('SELECT count(*)::int AS n FROM blob_chunk WHERE sha256 = $1', [sha]);
    expect(rows.rows[0].n).toBe(Math.ceil((big.length + 64) / BLOB_CHUNK_BYTES));
    const raw = await stored(sha);
    expect(raw.includes(Buffer.from('%PDF'))).toBe(false);
    expect(Buffer.from(await blobs.read(sha)).equals(big)).toBe(true);
    expect((await pool.query("SELECT count(*)::int AS n FROM blob")).rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('when the same bytes are stored by two uploads at once, then there is one blob', async () => {
    const blobs = createPgBlobStore(pool, dir, parseBlobKeys(key('k1')));
    const bytes = Buffer.concat([PDF, Buffer.from('% twice\n')]);
    const [a, b] = await Promise.all([put(blobs, bytes), put(blobs, bytes)]);
    expect(a).toBe(b);
    expect((await pool.query('SELECT count(*)::int AS n FROM blob WHERE sha256 = $1', [a])).rows[0].n).toBe(1);
    expect(Buffer.from(await blobs.read(a)).equals(bytes)).toBe(true);
  });

  it('when a stored byte is changed, then reading fails instead of returning other bytes; a missing blob is ENOENT', async () => {
    const blobs = createPgBlobStore(pool, dir, parseBlobKeys(key('k1')));
    const sha = await put(blobs, Buffer.concat([PDF, Buffer.from('% tamper\n')]));
    await pool.query("UPDATE blob_chunk SET bytes = overlay(bytes placing '\\x00'::bytea from length(bytes) - 2) WHERE sha256 = $1", [sha]);
    await expect(blobs.read(sha)).rejects.toThrow();
    await expect(blobs.read('0'.repeat(64))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('when the key is rotated, then rekey rewrites old and plain blobs under the new key, once, and the old key can go', async () => {
    await pool.query('DELETE FROM blob'); // the earlier tests' blobs are under keys gone with them
    const old = key('k7');
    const plainSha = await put(createPgBlobStore(pool, dir), Buffer.concat([PDF, Buffer.from('% plain\n')]));
    const oldSha = await put(createPgBlobStore(pool, dir, parseBlobKeys(old)), Buffer.concat([PDF, Buffer.from('% old\n')]));
    expect((await stored(plainSha)).subarray(0, 5).toString()).toBe('%PDF-');
    const fresh = key('k8');
    const rotated = createPgBlobStore(pool, dir, parseBlobKeys(`${fresh},${old}`));
    expect(await rotated.rekey()).toBe(2);
    expect(await rotated.rekey()).toBe(0);
    const newOnly = createPgBlobStore(pool, dir, parseBlobKeys(fresh));
    for (const sha of [plainSha, oldSha]) {
      expect((await stored(sha)).includes(Buffer.from('%PDF'))).toBe(false);
      expect(Buffer.from(await newOnly.read(sha)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
