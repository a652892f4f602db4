export { PdfDocument } from './pdf-document.ts';
export { checkPdfBytes } from './open-pdf.ts';
export { INPUT_LIMITS, InvalidDocumentError, type InputLimits, type InvalidReason } from './limits.ts';
