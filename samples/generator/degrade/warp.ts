import { invert, type Mat3 } from './homography.ts';

export type Background = (x: number, y: number) => [number, number, number];

/**
 * Inverse-maps every output pixel through `m` (input → output) with bilinear sampling of an RGB
 * source; pixels that fall off the sheet take the background (scanner lid, desk, dark border).
 */
export function warpRgb(src: Uint8Array, sw: number, sh: number, m: Mat3, ow: number, oh: number, bg: Background): Uint8Array {
  const inv = invert(m);
  const out = new Uint8Array(ow * oh * 3);
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      const w = inv[6] * x + inv[7] * y + inv[8];
      const fx = (inv[0] * x + inv[1] * y + inv[2]) / w;
      const fy = (inv[3] * x + inv[4] * y + inv[5]) / w;
      const o = (y * ow + x) * 3;
      if (fx < 0 || fy < 0 || fx > sw - 1 || fy > sh - 1) {
        const c = bg(x, y);
        out[o] = c[0];
        out[o + 1] = c[1];
        out[o + 2] = c[2];
        continue;
      }
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      const tx = fx - x0;
      const ty = fy - y0;
      const x1 = Math.min(sw - 1, x0 + 1);
      const y1 = Math.min(sh - 1, y0 + 1);
      for (let k = 0; k < 3; k++) {
        const a = src[(y0 * sw + x0) * 3 + k];
        const b = src[(y0 * sw + x1) * 3 + k];
        const c = src[(y1 * sw + x0) * 3 + k];
        const d = src[(y1 * sw + x1) * 3 + k];
        out[o + k] = (a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty;
      }
    }
  }
  return out;
}
