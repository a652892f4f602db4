import type { RasterPage } from '../types.ts';

export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: 1;
}

/**
 * A grey copy of the page for OCR with the seal's red ink faded out: the red channel as grey.
 * Red ink is bright in the red channel (≈ paper) while black print and blue pen stay dark.
 * ocr-measurements §5a: on a stamped 300 dpi page this took fields read from 62/71 to 71/71 and the
 * amounts under the seal from 1/8 to 8/8 — better than whitening red pixels (70/71, 7/8) and cheaper.
 * On the corpus it does not pay (seal-accuracy.ts --red-suppression, tune, 10 clean stamped table pages,
 * OcrPool as in analysePage): truth amounts read 92/99 on this image vs 96/99 on plain luminance,
 * lines 274 vs 273 — the drawn seals there sit mostly below the table, so little print is covered,
 * and the red channel gives black print slightly less contrast. Kept for real stamps over the table,
 * where §5a measured the gain; revisit with stamped-over-rows pages.
 */
export function suppressRedInk(page: Pick<RasterPage, 'data' | 'width' | 'height'>): GreyImage {
  const n = page.width * page.height;
  const out = new Uint8Array(n);
  const src = page.data;
  for (let i = 0, j = 0; i < n; i++, j += 3) out[i] = src[j]!;
  return { data: out, width: page.width, height: page.height, channels: 1 };
}
