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
   * same pixel space as `lines`. Table rows are taken from both readings together. `restored`: read
   * from an image restored by deconvolution (a motion-blurred page), whose rows need the printed
   * totals to vouch for them.
   */
  secondReading?: { engine: 'pp-ocr'; lines: OcrLine[]; restored?: 'motion' };
  /**
   * Second readings the page stage started and lost to an error (workers/page/second-reading-failures.ts):
   * `tableReread` / `restoredRead` mean the money table was in doubt and has only its first reading.
   */
  readingFailures?: ('tableReread' | 'restoredRead' | 'weakLineReread')[];
}
