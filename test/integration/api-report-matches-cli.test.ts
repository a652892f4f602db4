import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, Report } from '../../rules/contract/index.ts';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { startStack } from './support/start-stack.ts';
import { addToken, client, createTestEnv, type TestEnv } from './support/test-env.ts';
import { waitForReport } from './support/wait-for-report.ts';
import { openEvents } from './support/read-events.ts';

/** Ids and timings differ by design between the two ways of running; nothing else may. */
function comparable(r: Report): Report {
  const rest: Partial<Report> = { ...r };
  delete rest.timings;
  delete rest.generatedAt;
  return rest as Report;
}

describe('the API and a worker against real Redis and PostgreSQL', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let dir: string;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

  beforeAll(async () => {
    env = await createTestEnv();
    pipeline = await createPipeline({ ocrWorkers: 1 });
    stack = await startStack(env.config, pipeline);
    dir = await mkdtemp(join(tmpdir(), 'precheck-case-'));
  });
  afterAll(async () => {
    clearInterval(sampler);
    console.log(`peak RSS of this process (API + worker + pipeline): ${Math.round(peakRss / 2 ** 20)} MB`);
    await stack?.stop();
    await pipeline?.close();
    await env?.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it('when a PDF is uploaded over HTTP, then the report equals the CLI report for the same file', async () => {
    // A real sample: a stamped, annotated, signed 申报收入查询 scan, so OCR, seal, note and the
    // income rows all take part in the comparison.
    const pdf = await readFile(join(import.meta.dirname, '../../samples/demo/income-query.pdf'));
    await writeFile(join(dir, 'income-query.pdf'), pdf);
    const fields = {
      id: 'case-it-1',
      applicationType: 'new',
      applicationDate: '2021-08-20',
      employer: { name: '北京中关村华信数据服务有限公司', category: 'high_tech' },
      condition: 'degree',
    } satisfies Omit<Case, 'documents'>;
    const caseObj: Case = { ...fields, documents: [{ file: 'income-query.pdf', kind: 'income_query' }] };

    const token = await addToken(env.config, 'employer', 'tenant-a');
    const api = client(stack.api.url, token);
    const created = await api.json('POST', '/api/cases', fields);
    expect(created.status).toBe(201);
    const events = await openEvents(stack.api.url, `/api/cases/${created.body.id}/events`, token);
    const up = await api.upload(created.body.id, pdf, 'income-query.pdf', { kind: 'income_query' });
    expect(up.status).toBe(202);
    expect(up.body.pageCount).toBe(1);
    expect(up.body.pages).toHaveLength(1);

    const got = await waitForReport(api, created.body.id, 90_000);
    expect(got.status).toBe(200);
    const cli = await pipeline.verify(caseObj, dir);
    expect(got.body.documents[0]).toMatchObject({ file: 'income-query.pdf', pageCount: 1, invalid: null, kind: 'income_query' });
    expect(got.body.documents[0].income.length).toBeGreaterThanOrEqual(10);
    expect(got.body.documents[0].pages[0].textSource).toBe('ocr');
    expect(comparable(got.body)).toEqual(comparable(cli));

    await events.waitFor((e) => e.name === 'report', 10_000);
    // The workers' events, in order (the upload's own `quick` event comes when its answer had no time for the page).
    expect(events.all().map((e) => e.name).filter((n) => n !== 'status' && n !== 'quick')).toEqual(['page', 'document', 'report']);
    events.close();

    const again = await api.upload(created.body.id, pdf, 'income-query.pdf', { kind: 'income_query' });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ documentId: up.body.documentId, duplicate: true });

    // Re-verification with the rules only: cheap, and the same report again.
    const reviewer = client(stack.api.url, await addToken(env.config, 'reviewer', null));
    const batch = await reviewer.json('POST', '/api/batches', {
      mode: 'rules',
      filter: { caseIds: [created.body.id] },
    });
    expect(batch).toMatchObject({ status: 202, body: { cases: 1 } });
    let progress = await reviewer.json('GET', `/api/batches/${batch.body.batchId}`);
    for (let i = 0; i < 100 && progress.body.status !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      progress = await reviewer.json('GET', `/api/batches/${batch.body.batchId}`);
    }
    expect(progress.body).toMatchObject({ status: 'done', total: 1, done: 1 });
    const after = await api.json('GET', `/api/cases/${created.body.id}/report`);
    expect(comparable(after.body)).toEqual(comparable(cli));
    // the page is analysed twice (worker, then the CLI pipeline): ~60 s on a busy 2-core machine
  }, 180_000);
});
