import type { RasterPage } from '../types.ts';
import { effectiveDpi } from './effective-dpi.ts';
import type { GreyImage } from './types.ts';

/**
 * Every pixel measure runs at this resolution so a 150-dpi and a 300-dpi scan of the same sheet
 * score alike, and a 300-dpi page costs a quarter of the work. 150 dpi keeps 10.5-pt CJK strokes
 * about 2 px wide, enough to see their edges.
 */
export const NORMALISED_DPI = 150;
/** Pages of unknown size are brought to this long side (≈ A4 at 150 dpi). */
const UNKNOWN_SIZE_LONG_SIDE = 1754;

const cache = new WeakMap<RasterPage, GreyImage>();

/** Luma grey image at about 150 dpi (never upsampled). Cached per page so clarity and edges share it. */
export function normalisedGrey(page: RasterPage): GreyImage {
  const hit = cache.get(page);
  if (hit) return hit;
  const { dpi } = effectiveDpi(page);
  let scale = dpi ? NORMALISED_DPI / dpi : UNKNOWN_SIZE_LONG_SIDE / Math.max(page.width, page.height);
  if (scale > 1) scale = 1;
  const grey = resampleGrey(page, scale);
  const out: GreyImage = { ...grey, dpi: dpi ? dpi * scale : null };
  cache.set(page, out);
  return out;
}

/** Full-resolution luma (BT.601 integer weights). */
export function toGrey(page: RasterPage): Uint8Array {
  const { data, width, height } = page;
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 3) {
    out[i] = (data[j] * 77 + data[j + 1] * 150 + data[j + 2] * 29) >> 8;
  }
  return out;
}

/** Area-average downsampling (box filter with fractional edge weights), separable: rows first. */
function resampleGrey(page: RasterPage, scale: number): { width: number; height: number; data: Uint8Array } {
  const { data, width, height } = page;
  if (scale >= 0.999) return { width, height, data: toGrey(page) };
  // 300 → 150 dpi (the common case) is an exact 2× box: integer sums, no per-tap weights.
  const k = Math.round(1 / scale);
  if (k >= 2 && Math.abs(1 / scale - k) < 0.02) return boxDownsample(page, k);
  const ow = Math.max(1, Math.round(width * scale));
  const oh = Math.max(1, Math.round(height * scale));
  const xs = coverage(width, ow);
  const ys = coverage(height, oh);
  // Horizontal pass into a float buffer of ow × height.
  const tmp = new Float32Array(ow * height);
  for (let y = 0; y < height; y++) {
    const rowIn = y * width * 3;
    const rowOut = y * ow;
    for (let ox = 0; ox < ow; ox++) {
      const { start, weights, norm } = xs[ox];
      let acc = 0;
      let j = rowIn + start * 3;
      for (let k = 0; k < weights.length; k++, j += 3) {
        acc += weights[k] * (data[j] * 0.299 + data[j + 1] * 0.587 + data[j + 2] * 0.114);
      }
      tmp[rowOut + ox] = acc * norm;
    }
  }
  const out = new Uint8Array(ow * oh);
  const acc = new Float32Array(ow);
  for (let oy = 0; oy < oh; oy++) {
    const { start, weights, norm } = ys[oy];
    acc.fill(0);
    for (let k = 0; k < weights.length; k++) {
      const w = weights[k];
      const row = (start + k) * ow;
      for (let ox = 0; ox < ow; ox++) acc[ox] += w * tmp[row + ox];
    }
    const row = oy * ow;
    for (let ox = 0; ox < ow; ox++) out[row + ox] = Math.round(acc[ox] * norm);
  }
  return { width: ow, height: oh, data: out };
}

function boxDownsample(page: RasterPage, k: number): { width: number; height: number; data: Uint8Array } {
  const { data, width, height } = page;
  const ow = Math.floor(width / k), oh = Math.floor(height / k);
  const out = new Uint8Array(ow * oh);
  const acc = new Uint32Array(ow);
  const div = k * k * 256;
  for (let oy = 0; oy < oh; oy++) {
    acc.fill(0);
    for (let dy = 0; dy < k; dy++) {
      let j = (oy * k + dy) * width * 3;
      for (let ox = 0; ox < ow; ox++) {
        let s = 0;
        for (let dx = 0; dx < k; dx++, j += 3) s += data[j] * 77 + data[j + 1] * 150 + data[j + 2] * 29;
        acc[ox] += s;
      }
    }
    const row = oy * ow;
    for (let ox = 0; ox < ow; ox++) out[row + ox] = (acc[ox] / div) | 0;
  }
  return { width: ow, height: oh, data: out };
}

interface Span {
  start: number;
  weights: Float32Array;
  norm: number;
}

function coverage(n: number, m: number): Span[] {
  const step = n / m;
  const spans: Span[] = [];
  for (let o = 0; o < m; o++) {
    const a = o * step;
    const b = Math.min(n, (o + 1) * step);
    const start = Math.floor(a);
    const end = Math.ceil(b);
    const weights = new Float32Array(end - start);
    let sum = 0;
    for (let i = start; i < end; i++) {
      const w = Math.min(b, i + 1) - Math.max(a, i);
      weights[i - start] = w;
      sum += w;
    }
    spans.push({ start, weights, norm: 1 / sum });
  }
  return spans;
}
