import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { makePdf, paperJpeg } from '../integration/support/make-invalid-pdfs.ts';

/**
 * Rows of the bad-input catalogue that the pipeline itself answers (in process, no services):
 * each with its exact outcome. The upload-level rows are in bad-uploads.test.ts, the bombs that
 * need a sandbox in test/chaos/.
 */
describe('hostile PDFs, as the pipeline answers them', () => {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
  });
  afterAll(async () => {
    await pipeline?.close();
  });

  const open = async (bytes: Uint8Array) => {
    const inspected = await pipeline.inspectDocument(bytes);
    if ('invalid' in inspected) return inspected.invalid;
    return pipeline.quickCheckPage(bytes, 1).then(
      () => 'ok',
      (e: { name?: string; reason?: string }) => e.reason ?? e.name,
    );
  };

  it('when a file has 10 000 pages (B11), then too_many_pages before any page is rendered', async () => {
    const d = await PDFDocument.create();
    for (let i = 0; i < 10_000; i++) d.addPage([100, 100]);
    expect(await open(await d.save())).toBe('too_many_pages');
  });

  it('when a page is 200 × 200 inches (B12), then page_too_large', async () => {
    const d = await PDFDocument.create();
    d.addPage([14_400, 14_400]);
    expect(await open(await d.save())).toBe('page_too_large');
  });

  it('when a scan JPEG is cut short (B15), then image_corrupt (not half a page judged as a whole one)', async () => {
    const jpeg = await paperJpeg(800, 1100, 3);
    const cut = jpeg.slice(0, Math.floor(jpeg.length * 0.6));
    expect(await open(await makePdf([{ jpeg: cut, declared: { width: 800, height: 1100 } }]))).toBe('image_corrupt');
    expect(await open(await makePdf([{ jpeg, declared: { width: 800, height: 1100 } }]))).toBe('ok');
  });

  it('when a PDF carries JavaScript in an OpenAction (B9), then nothing runs and the page is read as any other', async () => {
    const d = await PDFDocument.create();
    d.addPage([595, 842]).drawText('hello');
    d.catalog.set(PDFName.of('OpenAction'), d.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('globalThis.__precheckPwned = 1;') }));
    expect(await open(await d.save())).toBe('ok');
    expect((globalThis as { __precheckPwned?: number }).__precheckPwned).toBeUndefined();
  });

  it('when a font could carry code (B8, CVE-2024-4367), then pdf.js is a fixed version and never compiles font programs', () => {
    const version = JSON.parse(readFileSync(new URL('../../node_modules/pdfjs-dist/package.json', import.meta.url), 'utf8')).version as string;
    const [major, minor] = version.split('.').map(Number) as [number, number];
    expect(major > 4 || (major === 4 && minor >= 2)).toBe(true); // fixed in 4.2.67
    const opener = readFileSync(new URL('../../workers/page/render/open-pdf.ts', import.meta.url), 'utf8');
    expect(opener).toMatch(/isEvalSupported: false/);
    expect(opener).toMatch(/enableXfa: false/);
  });
});
