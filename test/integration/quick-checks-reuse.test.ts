import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import pg from 'pg';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuickChecksStore } from '../../services/queue/index.ts';
import { createPipeline, PAGE_PIPELINE_VERSION, type PageStage, type Pipeline } from '../../workers/index.ts';
import { startStack } from './support/start-stack.ts';
import { addToken, client, createTestEnv, type TestEnv } from './support/test-env.ts';
import { waitForReport } from './support/wait-for-report.ts';

const EMPLOYER = '北京领航信息技术有限责任公司';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two scanned pages of the sample corpus (a signed note beside a seal, a stamped page) as one file. */
async function twoPageScan(): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  for (const name of ['p001-full-hand', 'p002-full-stamp']) {
    const src = await PDFDocument.load(readFileSync(new URL(`../../samples/corpus/tune/pages/${name}.pdf`, import.meta.url)));
    const [page] = await out.copyPages(src, [0]);
    out.addPage(page!);
  }
  return out.save();
}

/**
 * The upload's quick checks (clarity, edges, seal finding) are kept in Redis by file, page and
 * pipeline version; the page job hands them to the analysis instead of making them again. The
 * worker's stage clock counts what it ran.
 */
describe('page jobs reuse the quick checks the upload made', () => {
  let env: TestEnv;
  let apiPipeline: Pipeline;
  let workerPipeline: Pipeline;
  let redis: Redis;
  let db: pg.Client;
  const stages = new Map<PageStage, number>();

  beforeAll(async () => {
    env = await createTestEnv({ QUICK_CHECK_BUDGET_MS: '60000' });
    apiPipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    workerPipeline = await createPipeline({
      ocrWorkers: 1,
      regionReader: false,
      stageClock: { time: async (stage, fn) => (stages.set(stage, (stages.get(stage) ?? 0) + 1), fn()) },
    });
    redis = new Redis(env.config.REDIS_URL);
    db = new pg.Client({ connectionString: env.config.DATABASE_URL });
    await db.connect();
    await db.query(`SET search_path TO "${env.config.PG_SCHEMA}"`);
  });
  afterAll(async () => {
    await db?.end();
    redis?.disconnect();
    await apiPipeline?.close();
    await workerPipeline?.close();
    await env?.cleanup();
  });

  it('when the upload checked page 1 but not page 2, then the worker makes the quick checks of page 2 only, opens the file once, and page 1 is analysed as without reuse', async () => {
    const bytes = await twoPageScan();
    // The API alone first: its upload checks both pages (the budget lets the answer wait for them).
    const front = await startStack(env.config, apiPipeline, { worker: false });
    const http = client(front.api.url, await addToken(env.config, 'employer', 'acme'));
    const caseId = (await http.json('POST', '/api/cases', { id: 'quick-reuse', employer: { name: EMPLOYER } })).body.id as string;
    const up = await http.upload(caseId, bytes, 'scan.pdf');
    expect(up.status).toBe(202);
    const sha256 = up.body.sha256 as string;
    const kept = createQuickChecksStore(redis, env.config.QUEUE_PREFIX);
    for (const end = Date.now() + 60_000; (await kept.kept(sha256, PAGE_PIPELINE_VERSION)) < 2 && Date.now() < end; ) await sleep(100);
    expect(await kept.kept(sha256, PAGE_PIPELINE_VERSION)).toBe(2);
    // Page 2's checks are gone, as when the upload's time ran out before they finished.
    await redis.hdel(`${env.config.QUEUE_PREFIX}:quick-checks:${PAGE_PIPELINE_VERSION}:${sha256}`, '2');

    const back = await startStack(env.config, workerPipeline, { worker: true });
    const report = await waitForReport(http, caseId, 240_000);
    await back.stop();
    await front.stop();
    expect(report.status).toBe(200);

    expect(stages.get('quick')).toBe(1);
    expect(stages.get('render')).toBe(2);
    expect(stages.get('open')).toBe(1);
    expect(await kept.counts()).toEqual({ reused: 1, computed: 1 });

    const stored = await db.query('SELECT page, analysis FROM page_result WHERE sha256 = $1 ORDER BY page', [sha256]);
    expect(stored.rows.map((r) => r.page)).toEqual([1, 2]);
    // Page 1 again, handed checks that do not match its rendering (another width): they are not
    // taken, the checks are made, and the analysis equals the one made with the upload's checks.
    const page1 = (await kept.get(sha256, 1, PAGE_PIPELINE_VERSION))!;
    const fresh = await workerPipeline.analysePage(bytes, 1, { employerName: EMPLOYER, employerCreditCode: null }, { ...page1, widthPx: page1.widthPx + 1 });
    expect(stages.get('quick')).toBe(2);
    expect(stored.rows[0].analysis).toEqual(JSON.parse(JSON.stringify(fresh)));
    // The checks were worth reusing: the page's seal finding came from them.
    expect(fresh.report.seal.present).not.toBeNull();
  }, 300_000);
});
