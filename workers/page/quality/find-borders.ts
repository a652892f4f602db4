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
    depth: sorted[sorted.length >> 1],
    coverage: depths.filter((d) => d >= minDepth).length / depths.length,
    depthStart: medianOf(depths.slice(0, fifth)),
    depthEnd: medianOf(depths.slice(-fifth)),
  };
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
