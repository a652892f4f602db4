import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { startOwnRedis, type OwnRedis } from './support/own-redis.ts';
import { makeScanPdf } from '../integration/support/make-pdfs.ts';
import { startStack } from '../integration/support/start-stack.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../integration/support/test-env.ts';
import { waitForReport } from '../integration/support/wait-for-report.ts';

describe('Redis stopped mid-load and restarted (a Redis of the test\'s own, with AOF)', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let redis: OwnRedis;

  beforeAll(async () => {
    redis = await startOwnRedis();
    env = await createTestEnv({ REDIS_URL: redis.url, STUCK_DOCUMENT_MS: '1000' });
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    stack = await startStack(env.config, pipeline);
  });
  afterAll(async () => {
    await stack?.stop();
    await pipeline?.close();
    await redis?.stop();
    await env?.cleanup();
  });

  it('when an upload arrives during the outage, then it is refused with 503, and after the restart both a retry and the reconciler bring every document to a report', async () => {
    const token = await addToken(env.config, 'employer', 'tenant-a');
    const api = client(stack.api.url, token);
    const caseId = (await api.json('POST', '/api/cases', { id: 'case-redis-outage' })).body.id as string;
    const first = await makeScanPdf(1);
    const second = await makeScanPdf(2);

    await redis.kill();
    const t0 = Date.now();
    const refusedA = await api.upload(caseId, first, 'a.pdf');
    const refusedB = await api.upload(caseId, second, 'b.pdf');
    expect([refusedA.status, refusedB.status]).toEqual([503, 503]);
    expect(Date.now() - t0).toBeLessThan(20_000);

    await redis.restart();
    // The client retries the second upload with the same bytes: it is repaired at once.
    let retried = { status: 0, body: null as { duplicate?: boolean } | null };
    for (const end = Date.now() + 15_000; Date.now() < end && retried.status !== 202; ) {
      retried = await api.upload(caseId, second, 'b.pdf');
      if (retried.status !== 202) await new Promise((r) => setTimeout(r, 500));
    }
    expect(retried.status).toBe(202);
    expect(retried.body?.duplicate).toBe(true);
    // Nobody retries the first: the workers' reconciler (every 0.5 s here) finds it idle and enqueues it again.

    const report = await waitForReport(api, caseId, 90_000);
    expect(report.status).toBe(200);
    expect(report.body.documents.map((d: { file: string }) => d.file).sort()).toEqual(['a.pdf', 'b.pdf']);
    const db = new pg.Client({ connectionString: env.config.DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT status FROM "${env.config.PG_SCHEMA}".document`);
      expect(rows.map((r) => r.status).sort()).toEqual(['done', 'done']);
    } finally {
      await db.end();
    }
    // A second pass finds nothing to do.
    expect(await stack.worker!.reconciler.runOnce()).toEqual([]);
  }, 180_000);
});
