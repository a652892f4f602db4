import type { Box } from '../../../rules/contract/index.ts';
import type { RasterPage } from '../types.ts';
import type { InkImage } from './unwrap-seal-ring.ts';

/**
 * The seal's ink as dark-on-white for one crop of the page. Red mode keeps only red ink (black print
 * under the seal turns white, so it cannot mix into the seal's letters); grey mode (colourless seal)
 * uses luminance. Contrast is stretched so that faint impressions read as firmly as strong ones.
 */
export function sealInkImage(page: RasterPage, box: Box, grey: boolean): InkImage {
  const { x: bx, y: by } = box;
  const w = Math.round(box.w), h = Math.round(box.h);
  const val = new Uint8Array(w * h);
  const hist = new Uint32Array(256);
  const src = page.data;
  for (let y = 0; y < h; y++) {
    let j = ((by + y) * page.width + bx) * 3;
    for (let x = 0; x < w; x++, j += 3) {
      const r = src[j]!, g = src[j + 1]!, b = src[j + 2]!;
      // redness r − max(g, b); in grey mode darkness 255 − luminance
      const v = grey ? 255 - ((r + 2 * g + b) >> 2) : Math.max(0, r - Math.max(g, b));
      val[y * w + x] = v;
      hist[v]!++;
    }
  }
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
