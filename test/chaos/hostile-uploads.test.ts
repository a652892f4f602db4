import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContentBomb, makePdf, paperJpeg, withFrameSize } from '../integration/support/make-invalid-pdfs.ts';
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
});
