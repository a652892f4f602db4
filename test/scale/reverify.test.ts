import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { BEIJING_WAGE_TABLE } from '../../rules/index.ts';
import { createDb, createStore, migrate, type Store } from '../../services/store/index.ts';
import { buildReport, PAGE_PIPELINE_VERSION, PIPELINE_VERSION } from '../../workers/index.ts';
import { reverifyBatch, storedFactsDeps, type JobDeps } from '../../workers/jobs/index.ts';
import { seedStoredCases } from '../../samples/bench/seed-stored-cases.ts';
import { createTestEnv, type TestEnv } from '../integration/support/test-env.ts';

/** The rules-mode run as the CLI makes it (no pages: the pipeline is never called). */
const depsFor = (store: Store, build: JobDeps['buildReport'] = (f, d) => buildReport(f, d)) => storedFactsDeps(store, build, PAGE_PIPELINE_VERSION);

describe('re-verification from stored facts (rules mode, real PostgreSQL)', () => {
  let env: TestEnv;
  let pool: pg.Pool;
  let store: Store;
  const count = async (sql: string) => Number((await pool.query(sql)).rows[0].n);

  beforeAll(async () => {
    env = await createTestEnv();
    pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 4 });
    await migrate(pool, env.config.PG_SCHEMA);
    store = createStore(pool);
    // 120 real case shapes; every third applies in 2026, when the 2025 wage figure is not in the table.
    await seedStoredCases(pool, 120, {
      tenant: 'acme',
      fieldsOf: (s, i) => (i % 3 === 0 ? { ...s.fields, applicationDate: `2026-0${1 + (i % 6)}-15` } : s.fields),
    });
  });
  afterAll(async () => {
    await pool?.end();
    await env?.cleanup();
  });

  it('when a run is killed midway, then running it again finishes the rest, each case once; a second full run changes nothing', async () => {
    const batch = await store.batches.create(null, 'rules', {}, PIPELINE_VERSION);
    expect(batch.total).toBe(120);
    let chunks = 0;
    const crash = reverifyBatch(batch.id, 'rules', depsFor(store), {
      refresh: 'inline',
      chunk: 25,
      onChunk: () => {
        if (++chunks === 2) throw new Error('killed');
      },
    });
    await expect(crash).rejects.toThrow('killed');
    expect((await store.batches.get(batch.id))!).toMatchObject({ status: 'running', done: 50 });
    expect((await store.batches.findUnfinished('rules', {}))?.id).toBe(batch.id);

    await reverifyBatch(batch.id, 'rules', depsFor(store), { refresh: 'inline', chunk: 25 });
    expect((await store.batches.get(batch.id))!).toMatchObject({ status: 'done', done: 120, total: 120, pagesAnalysed: 0 });
    expect(await store.batches.findUnfinished('rules', {})).toBeNull();
    expect(await count(`SELECT count(*) AS n FROM batch_case WHERE batch_id = '${batch.id}' AND done`)).toBe(120);
    expect(await count('SELECT count(*) AS n FROM case_file WHERE report IS NULL')).toBe(0);
    // Every case went from no report to one: every flag is added, none removed.
    const first = await store.batches.summary(batch.id);
    expect(first.flagsRemoved).toEqual({});
    const flagRows = await count('SELECT count(*) AS n FROM flag');
    expect(Object.values(first.flagsAdded).reduce((a, b) => a + b, 0)).toBe(flagRows);
    expect(first.casesChanged).toBe(await count('SELECT count(DISTINCT case_id) AS n FROM flag'));
    expect(Object.entries(first.outcomeMoves).every(([m]) => m.startsWith('none->'))).toBe(true);
    expect(Object.values(first.outcomeMoves).reduce((a, b) => a + b, 0)).toBe(120);

    const stamp = await count("SELECT count(*) AS n FROM case_file WHERE updated_at < now() - interval '0 seconds'");
    const again = await store.batches.create(null, 'rules', {}, PIPELINE_VERSION);
    await reverifyBatch(again.id, 'rules', depsFor(store), { refresh: 'inline' });
    const second = await store.batches.summary(again.id);
    expect(second).toMatchObject({ casesChanged: 0, flagsAdded: {}, flagsRemoved: {}, outcomeMoves: {} });
    expect(await count('SELECT count(*) AS n FROM flag')).toBe(flagRows);
    expect(await count("SELECT count(*) AS n FROM case_file WHERE updated_at < now() - interval '0 seconds'")).toBe(stamp);
  });

  it('when reports were stored before digests were kept, then a re-run counts them unchanged, stores their digests and keeps every flag key', async () => {
    // Each flag row carries the key the report gives it, so a reviewer's decision follows its flag.
    const keyed = async () =>
      count(`SELECT count(*) AS n FROM flag f JOIN case_file c ON c.id = f.case_id
              WHERE f.flag_key IS NOT NULL AND f.flag_key = c.report -> 'flags' -> f.ord ->> 'key'`);
    const flags = await count('SELECT count(*) AS n FROM flag');
    expect(flags).toBeGreaterThan(0);
    expect(await keyed()).toBe(flags);
    await pool.query('UPDATE case_file SET report_digest = NULL');
    const run = await store.batches.create(null, 'rules', {}, PIPELINE_VERSION);
    await reverifyBatch(run.id, 'rules', depsFor(store), { refresh: 'inline' });
    expect(await store.batches.summary(run.id)).toMatchObject({ casesChanged: 0, flagsAdded: {}, flagsRemoved: {} });
    expect(await count('SELECT count(*) AS n FROM case_file WHERE report_digest IS NULL')).toBe(0);
    expect(await keyed()).toBe(flags);
  });

  it('when the 2025 wage figure is published, then --provisional-only re-judges exactly the cases judged on the provisional figure', async () => {
    const provisional = (await pool.query('SELECT id FROM case_file WHERE wage_provisional ORDER BY id')).rows.map((r) => r.id);
    expect(provisional.length).toBeGreaterThan(0);
    const untouched = await pool.query('SELECT id, updated_at FROM case_file WHERE NOT wage_provisional');
    // The figure is published: a month's wage far above every applicant's income.
    const published = [...BEIJING_WAGE_TABLE, { year: 2025, monthly: 60_000, source: 'test', confidence: 'guide' as const }];
    const deps = depsFor(store, (f, d) => buildReport(f, d, { wages: published }));

    const batch = await store.batches.create(null, 'rules', { provisionalOnly: true }, PIPELINE_VERSION);
    expect(batch.total).toBe(provisional.length);
    expect((await pool.query(`SELECT case_id FROM batch_case WHERE batch_id = $1 ORDER BY case_id`, [batch.id])).rows.map((r) => r.case_id)).toEqual(provisional);
    await reverifyBatch(batch.id, 'rules', deps, { refresh: 'inline' });
    const s = await store.batches.summary(batch.id);
    expect(s.flagsRemoved.WAGE_FIGURE_PROVISIONAL).toBe(provisional.length);
    expect(s.casesChanged).toBe(provisional.length);
    expect(Object.keys(s.outcomeMoves).length).toBeGreaterThan(0);
    expect(s.movedCases.every((m) => provisional.includes(m.id))).toBe(true);
    expect(await count('SELECT count(*) AS n FROM case_file WHERE wage_provisional')).toBe(0);
    const after = await pool.query('SELECT id, updated_at FROM case_file WHERE id = ANY($1::uuid[])', [untouched.rows.map((r) => r.id)]);
    expect(after.rows.map((r) => [r.id, r.updated_at.getTime()]).sort()).toEqual(untouched.rows.map((r) => [r.id, r.updated_at.getTime()]).sort());

    // Nothing is provisional any more: the same command selects no case.
    expect((await store.batches.create(null, 'rules', { provisionalOnly: true }, PIPELINE_VERSION)).total).toBe(0);
  });

  it('when filtered by creation days, tenant and pipeline version, then only those cases are taken', async () => {
    const days = await store.batches.create(null, 'rules', { since: '2026-01-05', until: '2026-01-06' }, PIPELINE_VERSION);
    expect(days.total).toBe(await count("SELECT count(*) AS n FROM case_file WHERE created_at >= '2026-01-05' AND created_at < '2026-01-07'"));
    expect(days.total).toBeGreaterThan(0);
    expect((await store.batches.create(null, 'rules', { tenant: 'other' }, PIPELINE_VERSION)).total).toBe(0);
    expect((await store.batches.create(null, 'rules', { olderPipeline: true }, PIPELINE_VERSION)).total).toBe(0);
    expect((await store.batches.create(null, 'rules', { olderPipeline: true }, 'a-newer-version')).total).toBe(120);
  });
});
