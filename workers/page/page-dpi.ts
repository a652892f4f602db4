import type { RasterPage } from './types.ts';

/** A4's short side in inches (210 mm). */
const A4_SHORT_IN = 210 / 25.4;

/**
 * The page's resolution: its own (pixels against the PDF page size) when known, else the guess that
 * the sheet is A4 — the short side is 210 mm. Every pixel check that works in millimetres asks here,
 * so a bare image is measured the same way by all of them.
 */
export function pageDpi(page: Pick<RasterPage, 'dpi' | 'width' | 'height'>): number {
  if (page.dpi && page.dpi > 0) return page.dpi;
  return Math.min(page.width, page.height) / A4_SHORT_IN;
}
