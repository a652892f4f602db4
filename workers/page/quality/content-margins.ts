import type { Side } from './find-borders.ts';
import type { GreyImage } from './types.ts';

export interface Rect { x0: number; y0: number; x1: number; y1: number }

/**
 * A line (row or column) holds content when this fraction of it is ink: a table's vertical rules
 * (5 rules of 0.25 mm across an A4 width ≈ 0.8 %) count, isolated dust specks do not.
 */
const MIN_LINE_INK = 0.004;

/**
 * Blank margin (px) between each side of the sheet rectangle and the first row/column with
 * content. Printed documents keep ≥ 10 mm; content sliced by the edge of the scan leaves ~0.
 * Null for a side when the sheet has no content at all.
 */
export function contentMargins(mask: Uint8Array, img: GreyImage, r: Rect): Record<Side, number | null> {
  const w = img.width;
  const rowInk = (y: number) => { let n = 0; for (let x = r.x0, p = y * w + r.x0; x < r.x1; x++, p++) n += mask[p]; return n; };
  const colInk = (x: number) => { let n = 0; for (let y = r.y0, p = r.y0 * w + x; y < r.y1; y++, p += w) n += mask[p]; return n; };
  const minRow = Math.max(2, (r.x1 - r.x0) * MIN_LINE_INK);
  const minCol = Math.max(2, (r.y1 - r.y0) * MIN_LINE_INK);
  const first = (from: number, to: number, step: number, ink: (i: number) => number, min: number): number | null => {
    for (let i = from, d = 0; step > 0 ? i < to : i > to; i += step, d++) if (ink(i) >= min) return d;
    return null;
  };
  return {
    top: first(r.y0, r.y1, 1, rowInk, minRow),
    bottom: first(r.y1 - 1, r.y0 - 1, -1, rowInk, minRow),
    left: first(r.x0, r.x1, 1, colInk, minCol),
    right: first(r.x1 - 1, r.x0 - 1, -1, colInk, minCol),
  };
}
