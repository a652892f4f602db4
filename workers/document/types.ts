import type { OcrLine } from '../page/types.ts';

/** The text of one page as the document stage sees it: no pixels, just lines with boxes. */
export interface PageText {
  page: number;
  source: 'ocr' | 'text-layer' | 'none';
  lines: OcrLine[];
  widthPx: number;
  heightPx: number;
}
