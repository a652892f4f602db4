import type { RasterPage } from '../types.ts';

const A4_SHORT_IN = 210 / 25.4;
const A4_LONG_IN = 297 / 25.4;
/** A4 is 1.414:1; scanners crop a few mm and phone exports vary a little, so allow ±4 %. */
const A4_ASPECT_TOLERANCE = 0.04;

export interface EffectiveDpi {
  /** Pixels per inch along the coarser axis; null when the physical size is unknown. */
  dpi: number | null;
  /** True when the size was not in the PDF and A4 was assumed from the aspect ratio. */
  assumedA4: boolean;
}

/**
 * Resolution against the page's physical size. The PDF MediaBox gives inches; a bare image
 * with an A4 aspect ratio is taken to be A4 (the common case for uploaded scans).
 */
export function effectiveDpi(page: RasterPage): EffectiveDpi {
  if (page.widthIn && page.heightIn && page.widthIn > 0 && page.heightIn > 0) {
    return { dpi: Math.min(page.width / page.widthIn, page.height / page.heightIn), assumedA4: false };
  }
  if (page.dpi && page.dpi > 0) return { dpi: page.dpi, assumedA4: false };
  const short = Math.min(page.width, page.height);
  const long = Math.max(page.width, page.height);
  const aspect = long / short;
  const a4 = A4_LONG_IN / A4_SHORT_IN;
  if (Math.abs(aspect / a4 - 1) <= A4_ASPECT_TOLERANCE) {
    return { dpi: Math.min(short / A4_SHORT_IN, long / A4_LONG_IN), assumedA4: true };
  }
  return { dpi: null, assumedA4: false };
}
