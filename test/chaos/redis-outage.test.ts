import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { makeScanPdf } from '../integration/support/make-pdfs.ts';
import { startStack } from '../integration/support/start-stack.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../integration/support/test-env.ts';
import { waitForReport } from '../integration/support/wait-for-report.ts';

/** A free TCP port on this machine (for a Redis of the test's own, which it can stop and start). */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

/** A real redis-server child on `port`, keeping its data in AOF under `dir` so a restart keeps the queue. */
async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const p = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', dir, '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  for (const end = Date.now() + 10_000; Date.now() < end; ) {
    const up = await new Promise<boolean>((resolve) => {
      const s = createConnection(port, '127.0.0.1', () => (s.end(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (up) return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server did not start');
}


describe('Redis stopped mid-load and restarted (a Redis of the test\'s own, with AOF)', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let redis: ChildProcess;
  let port = 0;
  let dataDir = '';

  beforeAll(async () => {
    port = await freePort();
    dataDir = await mkdtemp(join(tmpdir(), 'precheck-redis-'));
    redis = await startRedis(port, dataDir);
    env = await createTestEnv({ REDIS_URL: `redis://127.0.0.1:${port}`, STUCK_DOCUMENT_MS: '1000' });
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    stack = await startStack(env.config, pipeline);
  });
  afterAll(async () => {
    await stack?.stop();
    await pipeline?.close();
    redis?.kill('SIGKILL');
    await env?.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when an upload arrives during the outage, then it is refused with 503, and after the restart both a retry and the reconciler bring every document to a report', async () => {
    const token = await addToken(env.config, 'employer', 'tenant-a');
    const api = client(stack.api.url, token);
    const caseId = (await api.json('POST', '/api/cases', { id: 'case-redis-outage' })).body.id as string;
    const first = await makeScanPdf(1);
    const second = await makeScanPdf(2);

    redis.kill('SIGKILL');
    await new Promise((r) => redis.once('exit', r));
    const t0 = Date.now();
    const refusedA = await api.upload(caseId, first, 'a.pdf');
    const refusedB = await api.upload(caseId, second, 'b.pdf');
    expect([refusedA.status, refusedB.status]).toEqual([503, 503]);
    expect(Date.now() - t0).toBeLessThan(20_000);

    redis = await startRedis(port, dataDir);
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
