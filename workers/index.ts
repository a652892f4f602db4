export * from './pipeline/index.ts';
export type { PageAnalysis, PageLog, PageStage, QuickPageChecks, RasterPage, StageClock } from './page/index.ts';
export { secondReadingFailures } from './page/index.ts';
export { InvalidDocumentError, INPUT_LIMITS, checkPdfBytes, type InputLimits, type InvalidReason } from './page/index.ts';
