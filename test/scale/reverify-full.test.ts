import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createDb, createStore, migrate, openBlobStore, type Store } from '../../services/store/index.ts';
import { buildReport, createPipeline, PAGE_PIPELINE_VERSION, PIPELINE_VERSION, type Pipeline } from '../../workers/index.ts';
import { reverifyBatch, storedFactsDeps, type JobDeps } from '../../workers/jobs/index.ts';
import { createTestEnv, type TestEnv } from '../integration/support/test-env.ts';
import { seedOldDocuments } from './support/seed-old-documents.ts';

/** Full mode as `precheck reverify --mode full` runs it: pages analysed in this process, files from PostgreSQL. */
describe('full re-verification in one process (real PostgreSQL, real pipeline)', () => {
  let env: TestEnv;
  let pool: pg.Pool;
  let store: Store;
  let pipeline: Pipeline;
  let deps: JobDeps;

  beforeAll(async () => {
    env = await createTestEnv({ BLOB_STORE: 'pg' });
    pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 3 });
    await migrate(pool, env.config.PG_SCHEMA);
    store = createStore(pool);
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    deps = { ...storedFactsDeps(store, (f, d) => buildReport(f, d), PAGE_PIPELINE_VERSION), pipeline, blobs: openBlobStore(env.config, pool) };
  });
  afterAll(async () => {
    await pipeline?.close();
    await pool?.end();
    await env?.cleanup();
  });

  it('when documents were analysed by an older pipeline, then each page is analysed once, each document re-assembled, and a second run analyses nothing', async () => {
    const shas = await seedOldDocuments(pool, env, 2);
    const first = await store.batches.create(null, 'full', {}, PIPELINE_VERSION);
    await reverifyBatch(first.id, 'full', deps, { refresh: 'inline' });
    expect(await store.batches.get(first.id)).toMatchObject({ status: 'done', total: 2, done: 2, pagesAnalysed: 2 });
    const docs = (await pool.query('SELECT sha256, page_version, report FROM document ORDER BY sha256')).rows;
    expect(docs.map((d) => d.page_version)).toEqual([PAGE_PIPELINE_VERSION, PAGE_PIPELINE_VERSION]);
    // The document reports are the new analyses of these files, not the old reports they replaced.
    expect(docs.map((d) => d.report.sha256).sort()).toEqual([...shas].sort());
    expect(docs.every((d) => d.report.pages[0].widthPx === 1240)).toBe(true);
    expect(Number((await pool.query('SELECT count(*) AS n FROM page_result WHERE pipeline_version = $1', [PAGE_PIPELINE_VERSION])).rows[0].n)).toBe(2);
    expect(Number((await pool.query("SELECT count(*) AS n FROM case_file WHERE report ->> 'pipelineVersion' = $1", [PIPELINE_VERSION])).rows[0].n)).toBe(2);

    const second = await store.batches.create(null, 'full', {}, PIPELINE_VERSION);
    await reverifyBatch(second.id, 'full', deps, { refresh: 'inline' });
    expect(await store.batches.get(second.id)).toMatchObject({ status: 'done', done: 2, pagesAnalysed: 0 });
    expect(await store.batches.summary(second.id)).toMatchObject({ casesChanged: 0, outcomeMoves: {} });
  }, 120_000);
});
