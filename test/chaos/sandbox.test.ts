import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../services/config/index.ts';
import { createSandboxedPipeline, type SandboxedPipeline } from '../../workers/sandbox/index.ts';
import { makeContentBomb, makePdf } from '../integration/support/make-invalid-pdfs.ts';
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
      // Time enough for a clean file's first check in a fresh child on a loaded machine; the bomb is stopped by its memory.
      sandbox: { maxRssMb: 900, heapMb: 256, callTimeoutMs: 30_000 },
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

describe('a very large but legitimate scan (B17: a 4000 × 6000 phone photo of a page)', () => {
  const budgetMb = ConfigSchema.shape.SANDBOX_MAX_RSS_MB.parse(undefined);
  let pipeline: SandboxedPipeline;
  beforeAll(async () => {
    // The worker's own budget for the child that opens, renders and reads a page (both OCR engines).
    pipeline = createSandboxedPipeline({
      processes: 1,
      ocrWorkers: 1,
      regionReader: true,
      limits: {},
      sandbox: { maxRssMb: budgetMb, heapMb: 1024, callTimeoutMs: 240_000 },
    });
    await pipeline.warm();
  });
  afterAll(async () => {
    await pipeline?.close();
  });

  it("then it is resampled to 400 dpi as it is decoded, read like the same page at scanner size, and its child stays within the worker's sandbox budget", async () => {
    const scan = new Uint8Array(readFileSync(new URL('../../samples/demo/tax-record.pdf', import.meta.url)));
    const photo = await sharp(await pipeline.pageImage(scan, 1, 1240)).resize({ width: 4000, height: 6000, fit: 'fill' }).jpeg({ quality: 85 }).toBuffer();
    const big = await makePdf([{ jpeg: new Uint8Array(photo) }]);
    const ctx = { employerName: null };

    let peakMb = 0;
    const pid = pipeline.pids()[0]!;
    const poll = setInterval(() => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peakMb = Math.max(peakMb, Number(m[1]) / 1024);
    }, 100);
    const large = await pipeline.analysePage(big, 1, ctx).finally(() => clearInterval(poll));
    const normal = await pipeline.analysePage(scan, 1, ctx);

    expect(large.report.clarity.ok).toBe(true);
    expect(large.report.dpi).toBeLessThanOrEqual(400); // 4000 px over 8.27 in is 484 dpi as sent
    expect(large.text.source).toBe('ocr');
    // What the checks and fields need is read as at scanner size: most of the characters agree.
    const chars = (a: typeof normal) => new Set([...a.text.lines.map((l) => l.text).join('')].filter((c) => /\p{Script=Han}|\d/u.test(c)));
    const read = chars(normal);
    const shared = [...chars(large)].filter((c) => read.has(c)).length;
    expect(read.size).toBeGreaterThan(50);
    expect(shared / read.size).toBeGreaterThan(0.8);
    expect(peakMb).toBeLessThan(budgetMb);
    console.info(`B17: 4000×6000 page read in a child peaking at ${Math.round(peakMb)} MB`);
  }, 600_000);
});
