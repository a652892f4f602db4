import type { GreyImage } from './types.ts';

export interface StrokeEdgeWidth {
  /** Median edge width (px at the image's resolution) of strong horizontal-direction transitions. */
  alongX: number | null;
  alongY: number | null;
  /** The worse direction: motion blur widens edges one way only. */
  width: number | null;
  edges: number;
}

/** Below this many measured edges a page has too little text to judge. */
const MIN_EDGES = 200;

/**
 * Edge width of text strokes: for every monotonic ramp whose total rise is at least `minRise`
 * grey levels, width = rise / steepest single-pixel step. A sharp step is ~1–1.5 px wide; a
 * Gaussian blur of σ px gives √(2π)·σ ≈ 2.5σ. Independent of contrast, and noise between strokes
 * is ignored because it never makes a strong monotonic ramp.
 */
export function strokeEdgeWidth(img: GreyImage, minRise: number): StrokeEdgeWidth {
  const xs = rampWidths(img, minRise, true);
  const ys = rampWidths(img, minRise, false);
  const alongX = xs.length >= MIN_EDGES / 2 ? median(xs) : null;
  const alongY = ys.length >= MIN_EDGES / 2 ? median(ys) : null;
  const edges = xs.length + ys.length;
  const width = edges < MIN_EDGES || alongX === null || alongY === null ? null : Math.max(alongX, alongY);
  return { alongX, alongY, width, edges };
}

function rampWidths(img: GreyImage, minRise: number, horizontal: boolean): number[] {
  const { width: w, height: h, data } = img;
  const lines = horizontal ? h : w;
  const len = horizontal ? w : h;
  const stride = horizontal ? 1 : w;
  const out: number[] = [];
  // Every second line is plenty: strokes are several px long in both directions.
  for (let l = 1; l < lines - 1; l += 2) {
    let p = horizontal ? l * w : l;
    let sign = 0;
    let rise = 0;
    let steep = 0;
    let prev = data[p];
    for (let i = 1; i < len; i++) {
      p += stride;
      const v = data[p];
      const dv = v - prev;
      prev = v;
      const s = dv > 0 ? 1 : dv < 0 ? -1 : 0;
      if (s !== 0 && s === sign) {
        rise += dv * s;
        if (dv * s > steep) steep = dv * s;
        continue;
      }
      if (rise >= minRise) out.push(rise / steep);
      sign = s;
      rise = dv * s;
      steep = rise;
    }
    if (rise >= minRise) out.push(rise / steep);
  }
  return out;
}

export function median(values: number[]): number {
  const a = Float64Array.from(values).sort();
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}
