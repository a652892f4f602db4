import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind, Report } from '../../rules/contract/index.ts';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { makePdf, paperJpeg, withFrameSize, type PageSpec } from './support/make-invalid-pdfs.ts';
import { makeScanPdf } from './support/make-pdfs.ts';

const CONTRACT_TEXT = [
  'Labour contract between the employer and the employee.',
  'Term: three years from the first day of work.',
  'Monthly wage as agreed in the annex, paid on the tenth day.',
  'Signed by both parties on the date below.',
];

/** What each file shows, what it is declared as, and the reason it is FILE_INVALID (null: valid). */
interface Row {
  file: string;
  kind: DocumentKind;
  pages: () => Promise<PageSpec[]>;
  reason: string | null;
  /** What the upload answers at once (inspectDocument): a blank file is only known after its pages are read. */
  atUpload: string | null;
}

const tiny = () => paperJpeg(64, 48);
const ROWS: Row[] = [
  {
    file: 'poster-declared.pdf',
    kind: 'income_query',
    pages: async () => [{ jpeg: await tiny(), declared: { width: 20000, height: 20000 } }],
    reason: 'image_too_large',
    atUpload: 'image_too_large',
  },
  {
    file: 'poster-in-disguise.pdf',
    kind: 'tax_record',
    pages: async () => [{ jpeg: withFrameSize(await tiny(), 20000, 20000), declared: { width: 1000, height: 1000 } }],
    reason: 'image_too_large',
    atUpload: 'image_too_large',
  },
  {
    file: 'text-over-a-dropped-image.pdf',
    kind: 'labor_contract',
    pages: async () => [{ jpeg: withFrameSize(await tiny(), 20000, 20000), declared: { width: 1000, height: 1000 }, text: CONTRACT_TEXT }],
    reason: 'image_too_large',
    atUpload: 'image_too_large',
  },
  {
    file: 'white.pdf',
    kind: 'income_query',
    pages: async () => [{ jpeg: await paperJpeg(1240, 1754) }],
    reason: 'blank_document',
    atUpload: null,
  },
  {
    file: 'white-with-noise.pdf',
    kind: 'tax_record',
    pages: async () => [{ jpeg: await paperJpeg(1240, 1754, 20) }],
    reason: 'blank_document',
    atUpload: null,
  },
  {
    file: 'text-and-blank-back.pdf',
    kind: 'labor_contract',
    pages: async () => [{ text: CONTRACT_TEXT }, { jpeg: await paperJpeg(1240, 1754, 20, 7) }],
    reason: null,
    atUpload: null,
  },
];

describe('files that are not a material', () => {
  let pipeline: Pipeline;
  let dir: string;
  const bytes = new Map<string, Uint8Array>();
  let report: Report;

  beforeAll(async () => {
    pipeline = await createPipeline({ regionReader: false, ocrWorkers: 1 });
    dir = mkdtempSync(path.join(tmpdir(), 'precheck-invalid-'));
    for (const row of ROWS) {
      const pdf = await makePdf(await row.pages());
      bytes.set(row.file, pdf);
      writeFileSync(path.join(dir, row.file), pdf);
    }
    report = await pipeline.verify({ id: 'case-invalid-materials', documents: ROWS.map((r) => ({ file: r.file, kind: r.kind })) }, dir);
  }, 240_000);
  afterAll(async () => {
    await pipeline?.close();
  });

  it.each(ROWS.map((r) => [r.file, r.reason, r] as const))('when %s is verified, then its invalid reason is %s', (file, reason, row) => {
    const doc = report.documents.find((d) => d.file === file)!;
    expect(doc.invalid?.reason ?? null).toBe(reason);
    const flag = report.flags.find((f) => f.code === 'FILE_INVALID' && f.file === file);
    if (reason) expect(flag).toMatchObject({ severity: 'reject', evidence: { value: reason } });
    else expect(flag).toBeUndefined();
    // the file stays in its material slot: no MATERIAL_MISSING for the kind it was declared as
    expect(report.flags.filter((f) => f.code === 'MATERIAL_MISSING' && JSON.stringify(f.evidence).includes(row.kind))).toEqual([]);
  });

  it.each(ROWS.map((r) => [r.file, r.atUpload] as const))('when %s is uploaded, then inspectDocument says %s', async (file, reason) => {
    const inspected = await pipeline.inspectDocument(bytes.get(file)!);
    expect('invalid' in inspected ? inspected.invalid : null).toBe(reason);
  });

  it('when a file holds a 20000² JPEG claiming 1000², then it is refused in well under a second and without decoding it', async () => {
    await pipeline.inspectDocument(await makeScanPdf(1)); // pdf.js loaded and warm
    const pdf = bytes.get('poster-in-disguise.pdf')!;
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) expect(await pipeline.inspectDocument(pdf)).toEqual({ invalid: 'image_too_large' });
    const caseReport = await pipeline.verify({ id: 'case-poster', documents: [{ file: 'poster-in-disguise.pdf' }] }, dir);
    const ms = (performance.now() - t0) / 6;
    expect(caseReport.documents[0]!.invalid).toEqual({ reason: 'image_too_large' });
    expect(ms).toBeLessThan(300);
    // decoding it would take 20000² × 3 bytes = 1.2 GB
    expect(process.memoryUsage().rss - rss0).toBeLessThan(100 * 1024 * 1024);
  });
});
