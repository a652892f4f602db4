export { OcrPool, type OcrPoolOptions } from './ocr-pool.ts';
export { ensureLangFolder } from './lang-data.ts';
export { tidyCjkSpacing } from './to-ocr-result.ts';
