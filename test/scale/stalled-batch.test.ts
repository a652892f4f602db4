import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createDb, createStore, migrate, type Store } from '../../services/store/index.ts';
import { createTestEnv, type TestEnv } from '../integration/support/test-env.ts';

/** A full batch hands documents to the workers; if those jobs are lost, the reconciler must get them back. */
describe('a re-verification whose queued work was lost', () => {
  let env: TestEnv;
  let pool: pg.Pool;
  let store: Store;

  beforeAll(async () => {
    env = await createTestEnv();
    pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 2 });
    await migrate(pool, env.config.PG_SCHEMA);
    store = createStore(pool);
  });
  afterAll(async () => {
    await pool?.end();
    await env?.cleanup();
  });

  it('when its batch still moves, then its waiting documents are left to it; when the batch stopped moving, then the reconciler claims them', async () => {
    const caseId = randomUUID();
    const docId = randomUUID();
    await pool.query("INSERT INTO case_file (id, tenant, fields, status) VALUES ($1, 'acme', '{\"id\":\"x\"}', 'ready')", [caseId]);
    await pool.query(
      "INSERT INTO document (id, case_id, file, sha256, byte_size, page_count, status, updated_at) VALUES ($1, $2, 'a.pdf', $3, 1, 1, 'queued', now() - interval '10 minutes')",
      [docId, caseId, 'a'.repeat(64)],
    );
    const batch = await store.batches.create(null, 'full', {}, 'v');
    await store.batches.start(batch.id);
    await store.batches.handOff(batch.id, caseId);
    expect(await store.documents.claimStuck(60_000)).toEqual([]);
    await pool.query("UPDATE batch SET updated_at = now() - interval '5 minutes' WHERE id = $1", [batch.id]);
    expect((await store.documents.claimStuck(60_000)).map((d) => d.id)).toEqual([docId]);
  });
});
