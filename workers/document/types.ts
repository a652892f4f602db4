import type { OcrLine } from '../page/types.ts';

/** The text of one page as the document stage sees it: no pixels, just lines with boxes. */
export interface PageText {
  page: number;
  source: 'ocr' | 'text-layer' | 'none';
  lines: OcrLine[];
  widthPx: number;
  heightPx: number;
  /**
   * The page's money table read again by a second engine (pages that look like one only), in the
   * same pixel space as `lines`. Table rows are taken from both readings together.
   */
  secondReading?: { engine: 'pp-ocr'; lines: OcrLine[] };
}
