import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createDb, migrate } from '../../services/store/index.ts';
import { createPipeline, sha256, type Pipeline } from '../../workers/index.ts';
import { seedOldDocuments } from './support/seed-old-documents.ts';
import { makeScanPdf } from '../integration/support/make-pdfs.ts';
import { startStack } from '../integration/support/start-stack.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../integration/support/test-env.ts';
import { waitForReport } from '../integration/support/wait-for-report.ts';

const BATCH_DOCS = 6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fair queues: an upload never waits behind a re-verification (real Redis, PostgreSQL and workers)', () => {
  let env: TestEnv;
  let pool: pg.Pool;
  let pipeline: Pipeline;
  let stack: Awaited<ReturnType<typeof startStack>>;

  beforeAll(async () => {
    env = await createTestEnv({ BLOB_STORE: 'pg', QUICK_CHECK_BUDGET_MS: '1', PAGE_CONCURRENCY: '1' });
    pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 2 });
    await migrate(pool, env.config.PG_SCHEMA);
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    stack = await startStack(env.config, pipeline);
  });
  afterAll(async () => {
    await stack?.stop();
    await pipeline?.close();
    await pool?.end();
    await env?.cleanup();
  });

  it('when a full batch is queued and then a file is uploaded, then the upload’s page is analysed before the batch’s waiting pages; the batch then re-analyses every page, and again none', async () => {
    const shas = await seedOldDocuments(pool, env, BATCH_DOCS);
    const reviewer = client(stack.api.url, await addToken(env.config, 'reviewer', null));
    // The filter is strict: a key it does not know is refused, never ignored.
    expect(await reviewer.json('POST', '/api/batches', { mode: 'full', filter: { tenant: 'archive', colour: 'red' } })).toMatchObject({ status: 400, body: { error: 'unknown_field' } });
    expect((await reviewer.json('POST', '/api/batches', { mode: 'rules', filter: { since: 'last week' } })).status).toBe(400);
    const started = await reviewer.json('POST', '/api/batches', { mode: 'full', filter: { tenant: 'archive' } });
    expect(started).toMatchObject({ status: 202, body: { cases: BATCH_DOCS } });
    const batchId = started.body.batchId as string;
    const progress = async () => (await reviewer.json('GET', `/api/batches/${batchId}`)).body;
    // The batch is under way: its first page is analysed, the others wait in the queue.
    for (const end = Date.now() + 120_000; (await progress()).pagesAnalysed < 1 && Date.now() < end; ) await sleep(100);

    const employer = client(stack.api.url, await addToken(env.config, 'employer', 'acme'));
    const caseId = (await employer.json('POST', '/api/cases', { id: 'interactive' })).body.id as string;
    const upload = await employer.upload(caseId, await makeScanPdf(1, 7), 'scan.pdf');
    expect(upload.status).toBe(202);
    const uploadedAt: Date = (await pool.query('SELECT now() AS t')).rows[0].t;
    expect((await waitForReport(employer, caseId, 120_000)).status).toBe(200);

    for (const end = Date.now() + 180_000; (await progress()).status !== 'done' && Date.now() < end; ) await sleep(250);
    const batch = await progress();
    expect(batch).toMatchObject({ status: 'done', total: BATCH_DOCS, done: BATCH_DOCS, pagesAnalysed: BATCH_DOCS });

    const at = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows.map((r) => r.updated_at as Date);
    const [uploadPage] = await at('SELECT updated_at FROM page_result WHERE sha256 = $1', [upload.body.sha256 ?? sha256(await makeScanPdf(1, 7))]);
    const batchPages = await at('SELECT updated_at FROM page_result WHERE sha256 = ANY($1::text[])', [shas]);
    expect(batchPages).toHaveLength(BATCH_DOCS);
    // Between the upload and its page: at most the one batch page already running when it came.
    expect(batchPages.filter((t) => t > uploadedAt && t < uploadPage!).length).toBeLessThanOrEqual(1);
    // And the batch still had pages waiting, which the upload went before.
    expect(batchPages.filter((t) => t > uploadPage!).length).toBeGreaterThanOrEqual(1);

    // Full mode over the corpus it just brought up to date: nothing to analyse.
    const again = await reviewer.json('POST', '/api/batches', { mode: 'full', filter: { tenant: 'archive' } });
    for (const end = Date.now() + 60_000; Date.now() < end; await sleep(100)) {
      const b = (await reviewer.json('GET', `/api/batches/${again.body.batchId}`)).body;
      if (b.status === 'done') {
        expect(b).toMatchObject({ done: BATCH_DOCS, pagesAnalysed: 0, summary: { casesChanged: 0 } });
        return;
      }
    }
    throw new Error('second batch did not finish');
  }, 300_000);
});
