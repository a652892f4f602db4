import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jbig2GenericRegion, jbig2PageInfo, jbig2Segments, makeContentBomb, makeImagePdf, makePdf, paperJpeg, withFrameSize } from '../integration/support/make-invalid-pdfs.ts';
import { waitForReport } from '../integration/support/wait-for-report.ts';
import { makeScanPdf } from '../integration/support/make-pdfs.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../integration/support/test-env.ts';
import { startServe, type ServeProcess } from './support/serve-process.ts';

/** Polls /healthz every 50 ms while `work` runs; the slowest answer, in ms. */
async function slowestHealthz<T>(url: string, work: Promise<T>): Promise<{ value: T; slowestMs: number }> {
  let slowest = 0;
  let done = false;
  const poll = (async () => {
    while (!done) {
      const t0 = performance.now();
      await fetch(`${url}/healthz`).then((r) => r.text());
      slowest = Math.max(slowest, performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const value = await work;
  done = true;
  await poll;
  return { value, slowestMs: slowest };
}

describe('hostile uploads against a real `precheck serve` (files opened in sandbox children)', () => {
  let env: TestEnv;
  let serve: ServeProcess;
  let http: ReturnType<typeof client>;
  let caseId = '';
  let peakRssMb = 0;
  let sampler: NodeJS.Timeout;

  beforeAll(async () => {
    env = await createTestEnv();
    const token = await addToken(env.config, 'employer', 'tenant-a');
    serve = await startServe(env.config, { API_SANDBOX_TIMEOUT_MS: '8000' });
    sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, serve.rssMb())), 50);
    http = client(serve.url, token);
    caseId = (await http.json('POST', '/api/cases', { id: 'case-hostile' })).body.id;
  });
  afterAll(async () => {
    clearInterval(sampler);
    serve?.stop();
    await env?.cleanup();
  });

  it('when a content-stream bomb is uploaded (B10), then the answer comes within the budget with its pages pending, /healthz never waits, and the API stays small', async () => {
    const { value: up, slowestMs } = await slowestHealthz(serve.url, http.upload(caseId, await makeContentBomb(64), 'bomb.pdf'));
    expect(up.status).toBe(202);
    expect(up.body.pages).toEqual([{ page: 1, pending: true }]);
    expect(slowestMs).toBeLessThan(200);
    // The next upload is checked normally (a fresh sandbox child if the last one was killed).
    const clean = await http.upload(caseId, await makeScanPdf(1, 7), 'clean.pdf');
    expect(clean.status).toBe(202);
    expect(peakRssMb).toBeLessThan(600);
  }, 60_000);

  it('when a JPEG claims a small size but holds a large one, then 202 image_too_large at once', async () => {
    const jpeg = withFrameSize(await paperJpeg(64, 64), 20_000, 20_000);
    const up = await http.upload(caseId, await makePdf([{ jpeg, declared: { width: 1000, height: 1000 } }]), 'liar.pdf');
    expect(up.status).toBe(202);
    expect(up.body.invalid).toBe('image_too_large');
    expect(peakRssMb).toBeLessThan(600);
  });

  it.each([
    ['a JBIG2 page of 100000² under a 1000² dictionary', () => makeImagePdf(jbig2Segments([{ type: 48, data: jbig2PageInfo(100_000, 100_000) }, { type: 39, data: jbig2GenericRegion(1000, 1000) }]), { width: 1000, height: 1000, filter: 'JBIG2Decode' })],
    ['a CCITT image of 2³⁰ columns under a 1000² dictionary', () => makeImagePdf(new Uint8Array(64), { width: 1000, height: 1000, filter: 'CCITTFaxDecode', decodeParms: { K: -1, Columns: 2 ** 30 } })],
  ])('when %s is uploaded (B13), then 202 image_too_large at once', async (_what, make) => {
    const { value: up, slowestMs } = await slowestHealthz(serve.url, http.upload(caseId, await make(), 'bilevel.pdf'));
    expect(up.status).toBe(202);
    expect(up.body.invalid).toBe('image_too_large');
    expect(slowestMs).toBeLessThan(200);
    expect(peakRssMb).toBeLessThan(600);
  });
});

describe('a bomb that passes the upload, against a real `precheck worker` process', () => {
  let env: TestEnv;
  let serve: ServeProcess;
  let worker: ChildProcess;
  let http: ReturnType<typeof client>;
  let workerPeakRssMb = 0;
  let sampler: NodeJS.Timeout;

  beforeAll(async () => {
    env = await createTestEnv();
    serve = await startServe(env.config);
    http = client(serve.url, await addToken(env.config, 'employer', 'tenant-a'));
    // Its sandbox child is capped lower than in production, so the bomb is killed in seconds, not minutes.
    const vars = Object.fromEntries(Object.entries(env.config).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    worker = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'precheck.js'), 'worker'], {
      env: { ...process.env, ...vars, LOG_LEVEL: 'warn', SANDBOX_MAX_RSS_MB: '1200', SANDBOX_PAGE_TIMEOUT_MS: '30000' },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    sampler = setInterval(() => {
      const status = worker.exitCode === null && worker.pid ? readFileSync(`/proc/${worker.pid}/status`, 'utf8') : '';
      workerPeakRssMb = Math.max(workerPeakRssMb, Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
    }, 50);
  });
  afterAll(async () => {
    clearInterval(sampler);
    worker?.kill('SIGTERM');
    serve?.stop();
    await env?.cleanup();
  });

  it('when the content-stream bomb reaches the worker (B10), then its sandbox child is killed, the document ends FILE_INVALID resource_limit, and the worker lives and stays under 1 GB', async () => {
    const bombCase = (await http.json('POST', '/api/cases', { id: 'case-hostile-worker' })).body.id as string;
    expect((await http.upload(bombCase, await makeContentBomb(64), 'bomb.pdf')).status).toBe(202);
    const report = await waitForReport(http, bombCase, 240_000);
    expect(report.status).toBe(200);
    const invalid = (report.body.flags as { code: string; evidence?: { value?: unknown } }[]).filter((f) => f.code === 'FILE_INVALID');
    expect(invalid.map((f) => f.evidence?.value)).toEqual(['resource_limit']);
    expect(worker.exitCode).toBeNull();
    expect(workerPeakRssMb).toBeGreaterThan(0);
    expect(workerPeakRssMb).toBeLessThan(1024);
  }, 300_000);
});
