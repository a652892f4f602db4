import type { GreyImage } from './types.ts';

export type Side = 'top' | 'right' | 'bottom' | 'left';
export const SIDES: Side[] = ['top', 'right', 'bottom', 'left'];

export interface SideBorder {
  /** Median depth (px) of non-paper pixels running in from the image edge. */
  depth: number;
  /** Fraction of positions along the side where the run is at least `minDepth` px. */
  coverage: number;
  /** Depth at the two ends of the side (first and last fifth): a trapezoid sheet differs strongly. */
  depthStart: number;
  depthEnd: number;
  /**
   * Rotation (degrees, clockwise positive) of the sheet edge seen on this side, from a line fit
   * of the depths; null when the side has no border to fit. A rotated sheet shows the same angle
   * on every side; a photographed (perspective) sheet shows different ones.
   */
  angleDeg: number | null;
}

/**
 * For every side, how far a band darker than `cut` reaches in from the edge. A scanner lid
 * border, a shadow or the table around a photographed sheet all show up here; paper does not.
 */
export function findBorders(img: GreyImage, cut: number, minDepth: number): Record<Side, SideBorder> {
  const out = {} as Record<Side, SideBorder>;
  for (const side of SIDES) out[side] = measureSide(img, side, cut, minDepth);
  return out;
}

function measureSide(img: GreyImage, side: Side, cut: number, minDepth: number): SideBorder {
  const { width: w, height: h, data } = img;
  const along = side === 'top' || side === 'bottom' ? w : h;
  const across = side === 'top' || side === 'bottom' ? h : w;
  const maxDepth = Math.floor(across / 3);
  const depths: number[] = [];
  for (let a = 0; a < along; a += 2) {
    let d = 0;
    // Allow a short paper-coloured gap (scanner glare) of ≤ 1 px inside the band.
    while (d < maxDepth) {
      const v = data[index(side, a, d, w, h)];
      if (v >= cut) break;
      d++;
    }
    depths.push(d);
  }
  const sorted = Float64Array.from(depths).sort();
  const fifth = Math.max(1, Math.floor(depths.length / 5));
  return {
    angleDeg: edgeAngle(depths, side, minDepth, maxDepth),
    depth: sorted[sorted.length >> 1],
    coverage: depths.filter((d) => d >= minDepth).length / depths.length,
    depthStart: medianOf(depths.slice(0, fifth)),
    depthEnd: medianOf(depths.slice(-fifth)),
  };
}

/** Positions were sampled every 2 px; sign maps each side's slope onto one rotation convention. */
function edgeAngle(depths: number[], side: Side, minDepth: number, maxDepth: number): number | null {
  const pts: [number, number][] = [];
  depths.forEach((d, i) => { if (d >= minDepth && d < maxDepth) pts.push([i * 2, d]); });
  if (pts.length < depths.length * 0.5) return null;
  let fit = lineFit(pts);
  // One refit without positions far off the line (text touching the border, corners).
  const kept = pts.filter(([a, d]) => Math.abs(d - (fit.c + fit.m * a)) <= Math.max(3, minDepth));
  if (kept.length >= pts.length * 0.5) fit = lineFit(kept);
  const deg = (Math.atan(fit.m) * 180) / Math.PI;
  return side === 'top' || side === 'right' ? deg : -deg;
}

function lineFit(pts: [number, number][]): { m: number; c: number } {
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const [x, y] of pts) { sx += x; sy += y; sxx += x * x; sxy += x * y; }
  const n = pts.length;
  const den = n * sxx - sx * sx;
  const m = den === 0 ? 0 : (n * sxy - sx * sy) / den;
  return { m, c: (sy - m * sx) / n };
}

function index(side: Side, a: number, d: number, w: number, h: number): number {
  switch (side) {
    case 'top': return d * w + a;
    case 'bottom': return (h - 1 - d) * w + a;
    case 'left': return a * w + d;
    case 'right': return a * w + (w - 1 - d);
  }
}

function medianOf(v: number[]): number {
  const s = Float64Array.from(v).sort();
  return s[s.length >> 1] ?? 0;
}
