import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../rules/document-checks.ts';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { deflateSync } from 'node:zlib';
import {
  jbig2GenericRegion,
  jbig2PageInfo,
  jbig2PatternDictionary,
  jbig2Segments,
  makeImagePdf,
  makePdf,
  paperJpeg,
} from '../integration/support/make-invalid-pdfs.ts';

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

  // B13/B14: an image bomb inside the PDF, by what its dictionary claims or by what its own stream
  // makes the decoder allocate (1-bit JBIG2 and CCITT scans included). Every row is refused at open,
  // from headers, before pdf.js decodes anything; the small images beside them still open.
  const page = (w: number, h: number) => ({ type: 48, data: jbig2PageInfo(w, h) });
  const region = (w: number, h: number) => ({ type: 39, data: jbig2GenericRegion(w, h) });
  it.each([
    ['a Flate-coded RGB image whose dictionary claims 20000 × 20000', 'image_too_large', () => makeImagePdf(deflateSync(Buffer.alloc(3000)), { width: 20_000, height: 20_000, filter: 'FlateDecode', bits: 8, colorSpace: 'DeviceRGB' })],
    ['a JBIG2 page of 100000 × 100000 under a dictionary claiming 1000²', 'image_too_large', () => makeImagePdf(jbig2Segments([page(100_000, 100_000), region(1000, 1000)]), { width: 1000, height: 1000, filter: 'JBIG2Decode' })],
    ['a JBIG2 generic region of 60000 × 60000 on a 1000² page', 'image_too_large', () => makeImagePdf(jbig2Segments([page(1000, 1000), region(60_000, 60_000)]), { width: 1000, height: 1000, filter: 'JBIG2Decode' })],
    ['a JBIG2 pattern dictionary of 2³² − 1 patterns in its globals', 'image_too_large', () => makeImagePdf(jbig2Segments([page(1000, 1000), region(1000, 1000)]), { width: 1000, height: 1000, filter: 'JBIG2Decode', globals: jbig2Segments([{ type: 16, data: jbig2PatternDictionary(16, 16, 0xfffffffe) }]) })],
    ['a JBIG2 stream cut inside a segment header', 'image_corrupt', () => makeImagePdf(jbig2Segments([page(1000, 1000)]).slice(0, 8), { width: 1000, height: 1000, filter: 'JBIG2Decode' })],
    ['a CCITT image whose /Columns is 2³⁰ under a 1000² dictionary', 'image_too_large', () => makeImagePdf(new Uint8Array(64), { width: 1000, height: 1000, filter: 'CCITTFaxDecode', decodeParms: { K: -1, Columns: 2 ** 30 } })],
    ['a CCITT image whose /Rows is 10⁸', 'image_too_large', () => makeImagePdf(new Uint8Array(64), { width: 1000, height: 1000, filter: 'CCITTFaxDecode', decodeParms: { K: -1, Columns: 1000, Rows: 100_000_000 } })],
    ['a JBIG2 page of 1000² with one region of its size', 'ok', () => makeImagePdf(jbig2Segments([page(1000, 1000), region(1000, 1000)]), { width: 1000, height: 1000, filter: 'JBIG2Decode' })],
    ['a CCITT image of 1000² with /Columns 1000', 'ok', () => makeImagePdf(new Uint8Array(64), { width: 1000, height: 1000, filter: 'CCITTFaxDecode', decodeParms: { K: -1, Columns: 1000, Rows: 1000 } })],
  ] as const)('when the file holds %s (B13/B14), then %s', async (_what, reason, make) => {
    expect(await open(await make())).toBe(reason);
  });

  it('when a scan JPEG is cut short (B15), then image_corrupt (not half a page judged as a whole one)', async () => {
    const jpeg = await paperJpeg(800, 1100, 3);
    const cut = jpeg.slice(0, Math.floor(jpeg.length * 0.6));
    expect(await open(await makePdf([{ jpeg: cut, declared: { width: 800, height: 1100 } }]))).toBe('image_corrupt');
    expect(await open(await makePdf([{ jpeg, declared: { width: 800, height: 1100 } }]))).toBe('ok');
  });

  it('when a PDF carries JavaScript in an OpenAction (B9), then nothing runs, the page is read as any other, and a reviewer is told (FILE_ACTIVE_CONTENT)', async () => {
    const d = await PDFDocument.create();
    d.addPage([595, 842]).drawText('hello');
    d.catalog.set(PDFName.of('OpenAction'), d.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('globalThis.__precheckPwned = 1;') }));
    const bytes = await d.save();
    expect(await open(bytes)).toBe('ok');
    expect((globalThis as { __precheckPwned?: number }).__precheckPwned).toBeUndefined();
    // The reviewer is told: the page's analysis, then the document, carry what the file holds.
    const page = await pipeline.analysePage(bytes, 1, { employerName: null });
    expect(page.activeContent).toEqual(['javascript']);
    const doc = pipeline.analyseDocument({ file: 'a.pdf', sha256: null, declaredKind: null, pages: [page] });
    expect(doc.activeContent).toEqual(['javascript']);
    expect(checkDocument(doc).map((f) => [f.code, f.severity])).toContainEqual(['FILE_ACTIVE_CONTENT', 'review']);
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
