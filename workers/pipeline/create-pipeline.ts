import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Case, CaseFields, DocumentKind, DocumentReport, Report } from '../../rules/contract/index.ts';
import {
  analysePage,
  createRegionReader,
  INPUT_LIMITS,
  InvalidDocumentError,
  OcrPool,
  PdfDocument,
  quickFeedbackPage,
  encodePageImage,
  type InputLimits,
  type PageAnalysis,
  type PageContext,
  type PageLog,
  type QuickPageChecks,
  type QuickPageFeedback,
  NO_CLOCK,
  type RegionReader,
  type StageClock,
} from '../page/index.ts';
import { assembleDocument, invalidDocument, type DocumentInput } from './assemble-document.ts';
import { buildReport, caseFactsOrNull } from './build-report.ts';
import { PAGE_PIPELINE_VERSION } from './pipeline-version.ts';
import { createLimiter } from './limit-concurrency.ts';
import { createOpenDocuments } from './open-documents.ts';

export interface PipelineOptions {
  /** tesseract workers. @default the number of cores */
  ocrWorkers?: number;
  /** Load the second OCR engine (PP-OCR) for handwriting and seal text. @default true */
  regionReader?: boolean;
  /**
   * Page analyses keyed by (file sha256, page, page pipeline version, employer name): a page seen
   * before is not analysed again (benchmarks verify the same documents in many cases). @default none
   */
  pageCache?: PageCache;
  /** Bounds on each input file (bytes, pages). @default INPUT_LIMITS (workers/page/render/limits.ts) */
  limits?: Partial<Pick<InputLimits, 'maxBytes' | 'maxPages'>>;
  /** Where the page stage logs a failed second reading. @default one JSON line on stderr */
  log?: PageLog;
  /** Times each page's stages, opening and rendering included (a profile). @default none */
  stageClock?: StageClock;
}

export interface PageCache {
  get(key: string): PageAnalysis | undefined;
  set(key: string, value: PageAnalysis): void;
}

export type ProgressEvent =
  | { type: 'document'; file: string; pageCount: number }
  | { type: 'page'; file: string; page: number; pageCount: number; ms: number }
  | { type: 'invalid'; file: string; reason: string };

export interface Pipeline {
  verify(c: Case, baseDir: string, opts?: { onProgress?: (e: ProgressEvent) => void; today?: string }): Promise<Report>;
  inspectDocument(bytes: Uint8Array): Promise<{ pageCount: number } | { invalid: string }>;
  /** The upload's quick feedback: pixel checks and the handwriting estimate (no OCR). */
  quickCheckPage(bytes: Uint8Array, page: number): Promise<QuickPageFeedback>;
  /** The page as a JPEG `width` px wide (thumbnails, the reviewer's view). */
  pageImage(bytes: Uint8Array, page: number, width: number): Promise<Uint8Array>;
  /** `quick`: the upload's quick checks of this page, used instead of running them again (same pixels, same result). */
  analysePage(bytes: Uint8Array, page: number, ctx: PageContext, quick?: QuickPageChecks): Promise<PageAnalysis>;
  analyseDocument(input: DocumentInput): DocumentReport;
  invalidDocument(file: string, sha256: string | null, declaredKind: DocumentKind | null, reason: string): DocumentReport;
  close(): Promise<void>;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function createPipeline(opts: PipelineOptions = {}): Promise<Pipeline> {
  const ocr = new OcrPool({ size: opts.ocrWorkers });
  const reader: RegionReader | null = opts.regionReader === false ? null : await createRegionReader();
  const clock = opts.stageClock ?? NO_CLOCK;
  const engines = { ocr, reader, log: opts.log, clock };
  const limits: InputLimits = { ...INPUT_LIMITS, ...opts.limits };

  async function withDocument<T>(bytes: Uint8Array, fn: (doc: PdfDocument) => Promise<T>): Promise<T> {
    const doc = await clock.time('open', () => PdfDocument.open(bytes, limits));
    try {
      return await fn(doc);
    } finally {
      await doc.close();
    }
  }
  // The calls that come with a file's bytes (a page job, the upload's checks) share its opening.
  const opened = createOpenDocuments(limits, (bytes) => clock.time('open', () => PdfDocument.open(bytes, limits)));

  async function analyseOpenPage(
    doc: PdfDocument,
    page: number,
    ctx: PageContext,
    hash?: string,
    quick?: QuickPageChecks,
  ): Promise<PageAnalysis> {
    const key = hash && opts.pageCache ? [hash, page, PAGE_PIPELINE_VERSION, ctx.employerName ?? '', ctx.employerCreditCode ?? ''].join('|') : null;
    const cached = key ? opts.pageCache!.get(key) : undefined;
    if (cached) return structuredClone(cached);
    const raster = await clock.time('render', () => doc.raster(page));
    const textLayer = await clock.time('textLayer', () => doc.textLayer(page, raster));
    const analysis = await analysePage(raster, textLayer, engines, ctx, quick);
    if (doc.activeContent.length) analysis.activeContent = doc.activeContent;
    if (key) opts.pageCache!.set(key, structuredClone(analysis));
    return analysis;
  }

  async function verifyDocument(
    file: string,
    declaredKind: DocumentKind | null,
    baseDir: string,
    caseFields: CaseFields | null,
    limit: ReturnType<typeof createLimiter>,
    onProgress?: (e: ProgressEvent) => void,
  ): Promise<DocumentReport> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path.resolve(baseDir, file));
    } catch {
      onProgress?.({ type: 'invalid', file, reason: 'file_missing' });
      return invalidDocument(file, null, declaredKind, 'file_missing');
    }
    const hash = sha256(bytes);
    try {
      return await withDocument(bytes, async (doc) => {
        onProgress?.({ type: 'document', file, pageCount: doc.pageCount });
        const pageNos = Array.from({ length: doc.pageCount }, (_, i) => i + 1);
        const pages = await Promise.all(
          pageNos.map((n) =>
            limit(async () => {
              const t0 = performance.now();
              const result = await analyseOpenPage(doc, n, { employerName: caseFields?.employer?.name ?? null, employerCreditCode: caseFields?.employer?.creditCode ?? null }, hash);
              onProgress?.({ type: 'page', file, page: n, pageCount: doc.pageCount, ms: performance.now() - t0 });
              return result;
            }),
          ),
        );
        return assembleDocument({ file, sha256: hash, declaredKind, pages });
      });
    } catch (err) {
      if (err instanceof InvalidDocumentError) {
        onProgress?.({ type: 'invalid', file, reason: err.reason });
        return invalidDocument(file, hash, declaredKind, err.reason);
      }
      throw err;
    }
  }

  return {
    async verify(c, baseDir, vopts = {}) {
      const t0 = performance.now();
      const { documents: docs, ...caseFields } = c;
      const fields = caseFactsOrNull(caseFields);
      // Pages of all documents share one limit: one page ahead of the OCR workers, so decoding
      // and pixel checks overlap OCR and no worker idles between small documents.
      const limit = createLimiter(ocr.size + 1);
      const documents = await Promise.all(
        docs.map((d) => verifyDocument(d.file, d.kind ?? null, baseDir, fields, limit, vopts.onProgress)),
      );
      const report = buildReport(fields, documents, { today: vopts.today, totalMs: performance.now() - t0 });
      return { ...report, caseId: c.id };
    },
    async inspectDocument(bytes) {
      try {
        return await opened.with(bytes, async (doc) => ({ pageCount: doc.pageCount }));
      } catch (err) {
        if (err instanceof InvalidDocumentError) return { invalid: err.reason };
        throw err;
      }
    },
    quickCheckPage: (bytes, page) => opened.with(bytes, async (doc) => quickFeedbackPage(await doc.raster(page))),
    pageImage: (bytes, page, width) => opened.with(bytes, async (doc) => encodePageImage(await doc.raster(page), width)),
    analysePage: (bytes, page, ctx, quick) => opened.with(bytes, (doc) => analyseOpenPage(doc, page, ctx, undefined, quick)),
    analyseDocument: assembleDocument,
    invalidDocument,
    async close() {
      await opened.close();
      await ocr.close();
      await reader?.close?.();
    },
  };
}
