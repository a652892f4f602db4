import type { Box } from '../../rules/contract/index.ts';

/**
 * One page as pixels: packed RGB, row-major, 3 channels. `dpi` is derived from the pixel width
 * against the PDF page width (null when the physical size is unknown, e.g. a bare image).
 */
export interface RasterPage {
  page: number;
  width: number;
  height: number;
  channels: 3;
  data: Uint8Array;
  dpi: number | null;
  /** Physical page size in inches from the PDF MediaBox, when known. */
  widthIn: number | null;
  heightIn: number | null;
  source: 'embedded-image' | 'rendered';
  /** The original JPEG bytes when the page is exactly one embedded JPEG (no re-encoding needed). */
  jpeg?: Uint8Array;
}

export interface OcrWord {
  text: string;
  confidence: number;
  box: Box;
}
export interface OcrLine {
  text: string;
  /** 0..100, tesseract's scale */
  confidence: number;
  box: Box;
  words?: OcrWord[];
}
export interface OcrResult {
  text: string;
  confidence: number;
  lines: OcrLine[];
}

/** What the pipeline hands to OCR-dependent checks. Engines are passed in (side effects at the edges). */
export interface OcrEngine {
  /** Page OCR (printed text). `image` is an encoded PNG/JPEG or a binary PGM; dpi is always set explicitly. */
  recognize(image: Uint8Array, opts: { dpi: number; psm?: 'column' | 'line' | 'block' | 'sparse' }): Promise<OcrResult>;
}

/**
 * Reads a small cropped region with an engine better at handwriting and stamped/curved text
 * (PP-OCR via ONNX). Optional: null when the engine is not available.
 */
export interface RegionReader {
  read(image: Uint8Array): Promise<{ text: string; confidence: number; lines: OcrLine[] }>;
  close?(): Promise<void>;
}
