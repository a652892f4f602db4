import type { Box } from '../../../rules/contract/index.ts';
import { BLUE, DARK, RED, type InkMap } from './classify-ink.ts';
import type { InkKind } from './find-ink-regions.ts';

/** Shape of the ink inside one region: what tells a pen's strokes from printed glyphs. */
export interface StrokeFeatures {
  /**
   * Share of stroke edges running within ±12° of horizontal or vertical. Printed CJK is built of
   * straight horizontal and vertical strokes; a signature's strokes are curves at every angle.
   */
  axisShare: number;
  /**
   * Widest connected stroke, in region heights. A printed glyph is about as wide as it is tall
   * (≤ ~1.2); a signature's pen stays on the paper across several letters.
   */
  longestStroke: number;
  /** Ink pixels / box area. */
  fill: number;
}

const CLS: Record<InkKind, number> = { dark: DARK, blue: BLUE, red: RED };
/** Edges within this angle of an axis count as axis-aligned (pen slant and skew ≤ 5° stay inside). */
const AXIS_DEG = 12;
/** Breaks in a stroke up to 2 × this (mm) are bridged: JPEG and light pressure leave gaps in a fast pen line (0.15 and 0.3 gave the same signature/print split). */
const GAP_MM = 0.15;

export function strokeFeatures(map: InkMap, box: Box, ink: InkKind): StrokeFeatures {
  const cls = CLS[ink];
  const x0 = Math.max(0, Math.floor(box.x)), y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(map.width, Math.ceil(box.x + box.w)), y1 = Math.min(map.height, Math.ceil(box.y + box.h));
  const w = x1 - x0, h = y1 - y0;
  if (w < 3 || h < 3) return { axisShare: 1, longestStroke: 0, fill: 0 };
  const on = new Uint8Array(w * h);
  let inkCount = 0;
  for (let y = 0; y < h; y++) {
    const row = (y0 + y) * map.width + x0;
    for (let x = 0; x < w; x++) if (map.classes[row + x] === cls) { on[y * w + x] = 1; inkCount++; }
  }
  // Orientation of the ink's edges from a 3×3 Sobel on the binary mask.
  const tan = Math.tan((AXIS_DEG * Math.PI) / 180);
  let edges = 0, axis = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const gx = on[i - w + 1] + 2 * on[i + 1] + on[i + w + 1] - on[i - w - 1] - 2 * on[i - 1] - on[i + w - 1];
      const gy = on[i + w - 1] + 2 * on[i + w] + on[i + w + 1] - on[i - w - 1] - 2 * on[i - w] - on[i - w + 1];
      if (gx === 0 && gy === 0) continue;
      edges++;
      const ax = Math.abs(gx), ay = Math.abs(gy);
      if (Math.min(ax, ay) <= tan * Math.max(ax, ay)) axis++;
    }
  }
  return { axisShare: edges ? axis / edges : 1, longestStroke: widestComponent(on, w, h, Math.max(1, Math.round(GAP_MM * map.pxPerMm))) / h, fill: inkCount / (w * h) };
}

/** Width of the widest component of the mask, pixels within `r` of each other connected. */
function widestComponent(on: Uint8Array, w: number, h: number, r: number): number {
  const seen = new Uint8Array(on.length);
  const stack: number[] = [];
  let best = 0;
  for (let s = 0; s < on.length; s++) {
    if (!on[s] || seen[s]) continue;
    seen[s] = 1;
    stack.push(s);
    let minX = w, maxX = -1;
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % w, y = (p / w) | 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) {
        const nx = x + dx, ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
        const q = ny * w + nx;
        if (on[q] && !seen[q]) { seen[q] = 1; stack.push(q); }
      }
    }
    best = Math.max(best, maxX - minX + 1);
  }
  return best;
}
