/**
 * Bounds on untrusted input (DESIGN: "Bounded"). Past them: FILE_INVALID with a reason, never a
 * crash. The one source of these numbers: the CLI, the API and the workers all take these defaults
 * (the service's MAX_UPLOAD_BYTES and MAX_PAGES override bytes and pages for both API and workers).
 */
export interface InputLimits {
  /** Largest file accepted. */
  maxBytes: number;
  /** Most pages in one PDF. */
  maxPages: number;
  /** Most pixels in one decoded page image, and in any image the PDF holds. */
  maxPixels: number;
}

export const INPUT_LIMITS = {
  /** @default 30 MB — a 50-page 300 dpi scan at normal JPEG quality is well under this */
  maxBytes: 30 * 1024 * 1024,
  /** @default 60 pages — a labour contract bundle is rarely over 20 */
  maxPages: 60,
  /** @default 40 MP — A4 at 600 dpi is 35 MP; beyond that it is a decompression bomb or a poster */
  maxPixels: 40_000_000,
  /** Pages are rendered at this resolution when they are not one embedded scan. @default 300 */
  renderDpi: 300,
} as const;

export type InvalidReason =
  | 'empty_file'
  | 'not_a_pdf'
  | 'file_too_large'
  | 'pdf_encrypted'
  | 'pdf_malformed'
  | 'too_many_pages'
  | 'page_too_large'
  /** An image in the file over maxPixels, by its dictionary or by its own JPEG/JPEG 2000 header. */
  | 'image_too_large'
  | 'image_corrupt'
  | 'file_missing'
  /** Every page of the file is bare paper (workers/pipeline/blank-document.ts). */
  | 'blank_document'
  /** Opening or analysing the file exhausted its sandbox's memory or time (workers/sandbox), twice. */
  | 'resource_limit';

/** Bad input: never retried (the queue maps it to an unrecoverable job error). */
export class InvalidDocumentError extends Error {
  constructor(
    readonly reason: InvalidReason,
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'InvalidDocumentError';
  }
}
