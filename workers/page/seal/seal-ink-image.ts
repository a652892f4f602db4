import type { Box } from '../../../rules/contract/index.ts';
import type { RasterPage } from '../types.ts';
import type { InkImage } from './unwrap-seal-ring.ts';

/**
 * How the seal's ink is measured: 'red' redness r − max(g, b) (print under the seal drops out), 'grey'
 * darkness 255 − luminance (colourless seals), 'shape' the darkness of pixels that have red ink within
 * `reach` pixels. Scans and PDF images store colour at half resolution or less (JPEG 4:2:0), so redness
 * is blurred by a pixel or two while luminance keeps the strokes sharp; on a 100 dpi or blurred seal
 * that is the difference between strokes and a smear. Black print far from red ink still drops out.
 * 'tinted' is 'shape' without the print that crosses the seal's strokes (TINT_SHARE).
 */
export type InkMode = 'red' | 'grey' | 'shape' | 'tinted';

/** Redness that marks a pixel as seal ink for the 'shape' mode (paper and JPEG fringes of black print stay below). */
const SHAPE_RED = 24;
/**
 * 'tinted' mode: the 'shape' darkness, but only where the pixel's own redness is at least this share of
 * its darkness. Seal ink (printed red, or red multiplied over paper) keeps 0.6–0.9 of it; black print
 * crossing a stroke, even with a JPEG's chroma smeared into it, stays under 0.35 — so print drops out
 * and leaves a gap in the stroke instead of adding one (a 5 crossed by print reads as 3).
 */
const TINT_SHARE = 0.35;

/**
 * The seal's ink as dark-on-white for one crop of the page. Red mode keeps only red ink (black print
 * under the seal turns white, so it cannot mix into the seal's letters); grey mode (colourless seal)
 * uses luminance. Contrast is stretched so that faint impressions read as firmly as strong ones.
 */
export function sealInkImage(page: RasterPage, box: Box, grey: boolean | InkMode): InkImage {
  const mode: InkMode = grey === true ? 'grey' : grey === false ? 'red' : grey;
  const { x: bx, y: by } = box;
  const w = Math.round(box.w), h = Math.round(box.h);
  const val = new Uint8Array(w * h);
  const hist = new Uint32Array(256);
  const src = page.data;
  const red = mode === 'shape' || mode === 'tinted' ? new Uint8Array(w * h) : null;
  const [lr, lg, lb] = whiteBalance(page, bx, by, w, h);
  for (let y = 0; y < h; y++) {
    let j = ((by + y) * page.width + bx) * 3;
    for (let x = 0; x < w; x++, j += 3) {
      const r = lr[src[j]!]!, g = lg[src[j + 1]!]!, b = lb[src[j + 2]!]!;
      // redness r − max(g, b); in grey mode darkness 255 − luminance
      const dark = 255 - ((r + 2 * g + b) >> 2);
      const v = mode === 'red' ? Math.max(0, r - Math.max(g, b)) : mode === 'tinted' && r - Math.max(g, b) < TINT_SHARE * dark ? 0 : dark;
      val[y * w + x] = v;
      if (red) red[y * w + x] = r - Math.max(g, b) >= SHAPE_RED ? 1 : 0;
    }
  }
  if (red) {
    // red within 2 px at 300 dpi (scaled to the page): keep the luminance there, drop it elsewhere
    const reach = Math.max(1, Math.round((2 * (page.dpi ?? 300)) / 300));
    const near = dilate(red, w, h, reach);
    for (let i = 0; i < w * h; i++) if (!near[i]) val[i] = 0;
  }
  for (let i = 0; i < w * h; i++) hist[val[i]!]!++;
  // stretch: 15 (paper / print noise) → white, the 97th percentile of inked pixels → black
  const floor = 15;
  let inked = 0;
  for (let v = floor; v < 256; v++) inked += hist[v]!;
  let acc = 0, top = 255;
  for (let v = 255; v >= floor; v--) {
    acc += hist[v]!;
    if (acc >= inked * 0.03) { top = v; break; }
  }
  const span = Math.max(20, top - floor);
  const out = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) {
    const t = (val[i]! - floor) / span;
    out[i] = t <= 0 ? 255 : t >= 1 ? 0 : Math.round(255 * (1 - t));
  }
  return { data: out, width: w, height: h };
}

/** White-balance gains are clamped (as for detection, red-ink-mask.ts): a crop that is mostly ink must not be stretched wildly. */
const GAIN_MIN = 0.85;
const GAIN_MAX = 1.6;

/**
 * Per-channel lookup tables that turn the crop's paper white: the mean colour of its brightest 30 %
 * of pixels (paper covers most of a seal's crop) scaled to 255. A tinted scan (source A's tune split: green paper
 * under a faint pink seal) otherwise leaves the seal's redness r − max(g, b) near zero, so the name
 * strip held specks only; detection already measures redness against the paper's colour.
 */
function whiteBalance(page: RasterPage, bx: number, by: number, w: number, h: number): [Uint8Array, Uint8Array, Uint8Array] {
  const src = page.data;
  const hist = new Uint32Array(256);
  for (let y = 0; y < h; y++) {
    let j = ((by + y) * page.width + bx) * 3;
    for (let x = 0; x < w; x++, j += 3) hist[(src[j]! + 2 * src[j + 1]! + src[j + 2]!) >> 2]!++;
  }
  let acc = 0, cut = 255;
  for (; cut > 0; cut--) { acc += hist[cut]!; if (acc >= w * h * 0.3) break; }
  let r = 0, g = 0, b = 0, k = 0;
  for (let y = 0; y < h; y++) {
    let j = ((by + y) * page.width + bx) * 3;
    for (let x = 0; x < w; x++, j += 3) {
      if ((src[j]! + 2 * src[j + 1]! + src[j + 2]!) >> 2 < cut) continue;
      r += src[j]!; g += src[j + 1]!; b += src[j + 2]!; k++;
    }
  }
  return (k ? [r / k, g / k, b / k] : [255, 255, 255]).map((c) => {
    const gain = Math.min(GAIN_MAX, Math.max(GAIN_MIN, 255 / Math.max(1, c)));
    const t = new Uint8Array(256);
    for (let v = 0; v < 256; v++) t[v] = Math.min(255, Math.round(v * gain));
    return t;
  }) as [Uint8Array, Uint8Array, Uint8Array];
}

/** Square dilation of a 0/1 mask by r pixels (separable). */
function dilate(m: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const tmp = new Uint8Array(w * h), out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    let last = -Infinity;
    for (let x = 0; x < w; x++) { if (m[y * w + x]) last = x; if (x - last <= r) tmp[y * w + x] = 1; }
    last = Infinity;
    for (let x = w - 1; x >= 0; x--) { if (m[y * w + x]) last = x; if (last - x <= r) tmp[y * w + x] = 1; }
  }
  for (let x = 0; x < w; x++) {
    let last = -Infinity;
    for (let y = 0; y < h; y++) { if (tmp[y * w + x]) last = y; if (y - last <= r) out[y * w + x] = 1; }
    last = Infinity;
    for (let y = h - 1; y >= 0; y--) { if (tmp[y * w + x]) last = y; if (last - y <= r) out[y * w + x] = 1; }
  }
  return out;
}
