import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig, type Config } from '../../../services/config/index.ts';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestEnv {
  config: Config;
  cleanup(): Promise<void>;
}

/**
 * Real PostgreSQL and Redis, isolated per run: a fresh `test_<random>` schema, a fresh BullMQ
 * prefix and a fresh blob directory, all removed at the end.
 */
export async function createTestEnv(overrides: Partial<Record<keyof Config, string>> = {}): Promise<TestEnv> {
  const id = randomBytes(5).toString('hex');
  const schema = `test_${id}`;
  const prefix = `t${id}`;
  const blobDir = await mkdtemp(join(tmpdir(), 'precheck-blobs-'));
  // A test precondition, not something the service does: BullMQ needs noeviction.
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 3 });
  const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
  if (policy !== 'noeviction') await redis.config('SET', 'maxmemory-policy', 'noeviction');
  await redis.quit();

  const config = loadConfig({
    DATABASE_URL,
    REDIS_URL,
    BLOB_DIR: blobDir,
    PORT: '0',
    QUEUE_PREFIX: prefix,
    PG_SCHEMA: schema,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    QUICK_CHECK_BUDGET_MS: '3000',
    // Blobs encrypted as in production (a fresh key per run).
    BLOB_KEYS: `t${id}:${randomBytes(32).toString('base64')}`,
    ...overrides,
  });
  return {
    config,
    async cleanup() {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
      const r = new Redis(REDIS_URL, { maxRetriesPerRequest: 3 });
      let cursor = '0';
      do {
        const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        if (keys.length) await r.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await r.quit();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

export async function addToken(
  config: Config,
  role: 'employer' | 'reviewer' | 'admin',
  tenant: string | null,
): Promise<string> {
  const { createDb, createStore, migrate } = await import('../../../services/store/index.ts');
  const pool = createDb({ url: config.DATABASE_URL, schema: config.PG_SCHEMA, max: 1 });
  try {
    await migrate(pool, config.PG_SCHEMA);
    return (await createStore(pool).tokens.add(role, tenant)).token;
  } finally {
    await pool.end();
  }
}

/** A small HTTP client bound to one token. */
export function client(baseUrl: string, token: string | null) {
  const headers = (extra: Record<string, string> = {}) => ({
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...extra,
  });
  return {
    async json(method: string, path: string, body?: unknown) {
      const send = () =>
        fetch(baseUrl + path, {
          method,
          headers: headers(body === undefined ? {} : { 'content-type': 'application/json' }),
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      // A GET on a kept-alive socket the server closed meanwhile is reset; like any HTTP client,
      // retry an idempotent request once (seen while a page job kept the shared event loop busy).
      const res = await send().catch((err: unknown) => {
        const code = (err as { cause?: { code?: string } }).cause?.code;
        if (method === 'GET' && (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')) return send();
        throw err;
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    async upload(caseId: string, bytes: Uint8Array, name: string, fields: Record<string, string> = {}) {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
      const res = await fetch(`${baseUrl}/api/cases/${caseId}/documents`, {
        method: 'POST',
        headers: headers(),
        body: form,
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
  };
}
