import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProducer, queueConnection } from '../../services/queue/index.ts';
import { createDb, createStore } from '../../services/store/index.ts';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { makeScanPdf } from './support/make-pdfs.ts';
import { startStack } from './support/start-stack.ts';
import { addToken, client, createTestEnv, type TestEnv } from './support/test-env.ts';
import { waitForReport } from './support/wait-for-report.ts';

/** One sample's value in Prometheus text, or null. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line ? Number(line.slice(series.length + 1)) : null;
}

/**
 * The operator's surface on a real API and worker: /metrics (queue depth asked of Redis, page
 * counts, times and failures the worker recorded in Redis) and the queue dashboard, admins only.
 */
describe('operator routes: /metrics and /admin/queues', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let adminToken: string;
  /** Pages per second scraped just after the page's report: the rate covers the last 60 complete seconds only. */
  let rateAfterReport: number | null = null;
  let reviewerToken: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(stack.api.url + path, { headers });

  beforeAll(async () => {
    env = await createTestEnv();
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    stack = await startStack(env.config, pipeline);
    adminToken = await addToken(env.config, 'admin', null);
    reviewerToken = await addToken(env.config, 'reviewer', null);
    const emp = client(stack.api.url, await addToken(env.config, 'employer', 'tenant-a'));
    const id = (await emp.json('POST', '/api/cases', { id: 'metrics' })).body.id;
    expect((await emp.upload(id, await makeScanPdf(1), 'scan.pdf')).status).toBe(202);
    await waitForReport(emp, id, 240_000);
    await new Promise((r) => setTimeout(r, 1_100)); // the second the page finished in is complete
    rateAfterReport = sample(await (await get('/metrics', { authorization: `Bearer ${adminToken}` })).text(), 'precheck_pages_per_second');
    // A page job whose document does not exist fails for good with reason document_missing.
    const producer = createProducer({ connection: queueConnection(env.config.REDIS_URL, 'producer'), prefix: env.config.QUEUE_PREFIX });
    await producer.enqueueDocumentFlow({ caseId: randomUUID(), documentId: randomUUID(), pageCount: 1 });
    await producer.close();
    for (let i = 0; i < 100; i++) {
      const text = await (await get('/metrics', { authorization: `Bearer ${adminToken}` })).text();
      if (sample(text, 'precheck_job_failures_total{queue="page",reason="document_missing"}')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
    await pipeline?.close();
    await env?.cleanup();
  });

  it('when an admin scrapes /metrics, then queue depth, pages done, the page-time histogram, failures by reason and where quick checks came from are there', async () => {
    const res = await get('/metrics', { authorization: `Bearer ${adminToken}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    for (const q of ['page', 'document', 'case', 'batch']) expect(sample(text, `precheck_queue_jobs{queue="${q}",state="waiting"}`)).toBe(0);
    expect(sample(text, 'precheck_pages_total')).toBe(1);
    expect(sample(text, 'precheck_page_seconds_count')).toBe(1);
    expect(sample(text, 'precheck_page_seconds_bucket{le="+Inf"}')).toBe(1);
    expect(sample(text, 'precheck_page_seconds_sum')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE precheck_page_seconds histogram');
    expect(rateAfterReport).toBeGreaterThan(0);
    expect(sample(text, 'precheck_pages_per_second')).toBeGreaterThanOrEqual(0); // a minute may have passed on a slow machine
    expect(sample(text, 'precheck_job_failures_total{queue="page",reason="document_missing"}')).toBe(1);
    // The one page analysed took the upload's quick checks or (the worker came first) made its own.
    expect(sample(text, 'precheck_page_quick_checks_total{source="reused"}')! + sample(text, 'precheck_page_quick_checks_total{source="computed"}')!).toBe(1);
    expect(text).toMatch(/^precheck_api_process_resident_memory_bytes \d+/m);
  });

  it('when anyone but an admin asks for /metrics or the dashboard, then 401 or 403 and nothing of them', async () => {
    for (const path of ['/metrics', '/admin/queues', '/admin/queues/api/queues']) {
      expect((await get(path)).status).toBe(401);
      const r = await get(path, { authorization: `Bearer ${reviewerToken}` });
      expect(r.status).toBe(403);
      expect(await r.text()).not.toContain('precheck_');
    }
    expect((await client(stack.api.url, reviewerToken).json('POST', '/api/admin/queues-session')).status).toBe(403);
  });

  it('when an admin opens a dashboard session, then the cookie (not the token) opens /admin/queues until the token is revoked', async () => {
    const res = await fetch(stack.api.url + '/api/admin/queues-session', { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    expect(res.status).toBe(201);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^precheck_admin=[A-Za-z0-9_-]{43}; Max-Age=3600; Path=\/admin\/queues; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain(adminToken);
    const jar = { cookie: cookie.split(';')[0]! };
    const page = await get('/admin/queues', jar);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const queues = await get('/admin/queues/api/queues', jar);
    expect(queues.status).toBe(200);
    const names = ((await queues.json()) as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['batch', 'case', 'document', 'page']);
    expect((await get('/admin/queues/api/queues', { cookie: 'precheck_admin=' + 'x'.repeat(43) })).status).toBe(401);

    const pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 1 });
    const store = createStore(pool);
    const token = (await store.tokens.list()).find((t) => t.role === 'admin')!;
    await store.tokens.revoke(token.id);
    await pool.end();
    expect((await get('/admin/queues/api/queues', jar)).status).toBe(401);
  });
});
