export { OcrPool, type OcrPoolOptions } from './ocr-pool.ts';
export { ensureLangFolder } from './lang-data.ts';
export { tidyCjkSpacing } from './to-ocr-result.ts';
export { rereadWeakLines, type GreyPage, type RereadOptions } from './reread-weak-lines.ts';
export { looksLikeMoneyTable, tableReadingInDoubt } from './looks-like-money-table.ts';
export { rereadWithSecondEngine, type SecondEngineOptions } from './reread-with-second-engine.ts';
export { deblurMotion, estimateMotionBlur, type MotionBlur } from './deblur.ts';
