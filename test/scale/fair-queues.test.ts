import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createDb, migrate, openBlobStore } from '../../services/store/index.ts';
import { createPipeline, sha256, type Pipeline } from '../../workers/index.ts';
import { realCaseShapes } from '../../samples/bench/seed-stored-cases.ts';
import { makeScanPdf } from '../integration/support/make-pdfs.ts';
import { startStack } from '../integration/support/start-stack.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../integration/support/test-env.ts';
import { waitForReport } from '../integration/support/wait-for-report.ts';

const BATCH_DOCS = 6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stored one-page documents from an earlier pipeline (their page results gone with its version),
 * their files in PostgreSQL: a full re-verification must analyse every page again.
 */
async function seedOldDocuments(pool: pg.Pool, env: TestEnv): Promise<string[]> {
  const blobs = openBlobStore(env.config, pool);
  const old = realCaseShapes()[0]!.documents.find((d) => d.kind === 'income_query')!;
  const shas: string[] = [];
  for (let i = 0; i < BATCH_DOCS; i++) {
    const pdf = await makeScanPdf(1, 100 + i);
    const temp = await blobs.tempPath();
    await writeFile(temp, pdf);
    const sha = sha256(pdf);
    await blobs.adopt(temp, sha, pdf);
    const caseId = randomUUID();
    await pool.query("INSERT INTO case_file (id, tenant, fields, status) VALUES ($1, 'archive', $2, 'ready')", [caseId, { id: `old-${i}` }]);
    await pool.query(
      `INSERT INTO document (id, case_id, file, sha256, byte_size, page_count, status, report)
       VALUES ($1, $2, $3, $4, $5, 1, 'done', $6)`,
      [randomUUID(), caseId, `old-${i}.pdf`, sha, pdf.length, { ...old, file: `old-${i}.pdf`, sha256: sha, pageCount: 1 }],
    );
    shas.push(sha);
  }
  return shas;
}

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
    const shas = await seedOldDocuments(pool, env);
    const reviewer = client(stack.api.url, await addToken(env.config, 'reviewer', null));
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
