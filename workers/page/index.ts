export { analysePage, type PageAnalysis, type PageContext, type PageEngines } from './analyse-page.ts';
export { secondReadingFailures, type PageLog, type SecondReadingKind } from './second-reading-failures.ts';
export { quickCheckPage, quickFeedbackPage, type QuickPageChecks, type QuickPageFeedback } from './quick-check-page.ts';
export { encodePageImage, PAGE_IMAGE_WIDTH } from './page-image.ts';
export { isBlankPage } from './quality/index.ts';
export { PdfDocument, checkPdfBytes, INPUT_LIMITS, InvalidDocumentError, type InputLimits, type InvalidReason } from './render/index.ts';
export { OcrPool, type OcrPoolOptions } from './ocr/index.ts';
export { createRegionReader } from './region-reader/index.ts';
export type { RasterPage, OcrEngine, OcrLine, RegionReader } from './types.ts';
