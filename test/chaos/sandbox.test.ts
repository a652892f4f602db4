import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxedPipeline, type SandboxedPipeline } from '../../workers/sandbox/index.ts';
import { makeContentBomb } from '../integration/support/make-invalid-pdfs.ts';
import { makeScanPdf } from '../integration/support/make-pdfs.ts';

/** Largest delay of a 20 ms timer while `work` runs: how long this process's event loop was held. */
async function maxLoopLag<T>(work: Promise<T>): Promise<{ value: T | Error; lagMs: number }> {
  let lag = 0;
  let last = performance.now();
  const iv = setInterval(() => {
    const now = performance.now();
    lag = Math.max(lag, now - last - 20);
    last = now;
  }, 20);
  const value = await work.catch((e: Error) => e);
  clearInterval(iv);
  return { value, lagMs: lag };
}

describe('the sandbox (child processes with memory and time limits)', () => {
  let pipeline: SandboxedPipeline;
  beforeAll(async () => {
    pipeline = createSandboxedPipeline({
      processes: 1,
      ocrWorkers: 1,
      regionReader: false,
      limits: {},
      sandbox: { maxRssMb: 900, heapMb: 256, callTimeoutMs: 8_000 },
    });
    await pipeline.warm();
  });
  afterAll(async () => {
    await pipeline?.close();
  });

  it('when a page is a content-stream bomb (a few KB, 64 MB of operators), then its child is killed with resource_limit, this process never stalls, and the next file is checked in a fresh child', async () => {
    const bomb = await makeContentBomb(64);
    expect(bomb.length).toBeLessThan(10_000);
    const before = pipeline.pids()[0];
    const { value, lagMs } = await maxLoopLag(pipeline.quickCheckPage(bomb, 1));
    expect(value).toMatchObject({ name: 'SandboxCrashError', reason: 'resource_limit' });
    expect(lagMs).toBeLessThan(200);

    const clean = await pipeline.quickCheckPage(await makeScanPdf(1), 1);
    expect(clean.page).toBe(1);
    expect(pipeline.pids()[0]).not.toBe(before);
  }, 60_000);

  it('when a file is refused by the pipeline inside the child, then the error keeps its class and reason code (not its message)', async () => {
    const err = await pipeline.inspectDocument(new TextEncoder().encode('%PDF-1.7\nnot really')).then(
      (v) => v,
      (e: unknown) => e,
    );
    // Either answer is the pipeline's own: an invalid reason, or an InvalidDocumentError rebuilt with it.
    if ('invalid' in (err as object)) expect((err as { invalid: string }).invalid).toBe('pdf_malformed');
    else expect(err).toMatchObject({ name: 'InvalidDocumentError', reason: 'pdf_malformed' });
  });
});
