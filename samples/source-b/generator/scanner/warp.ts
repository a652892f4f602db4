import type { Homography } from './homography.ts';
import { SHEET_H_MM, SHEET_W_MM } from './layout.ts';
import { newRaster, type Raster } from './raster.ts';

/** How the sheet's edge meets what lies around it (lid, bed, desk). */
export interface EdgeLook {
  /** Darkening of the surround next to the sheet (0–1) and how fast it fades (mm). */
  shadow: number;
  shadowMm: number;
  /** Where the light comes from: the shadow is offset this far (mm, sheet axes). */
  shadowOffsetMm: [number, number];
  /** Light spilling from the sheet onto a dark bed: levels added at the edge, fading (mm). */
  glow: number;
  glowMm: number;
  /** Darkening of the sheet's own rim (a sheet lifting off the glass) and its width (mm). */
  rim: number;
  rimMm: number;
}

export interface WarpInput {
  /** The sheet at the working resolution (RGB). */
  sheet: Raster;
  /** Final image pixels → sheet millimetres. */
  fromPx: Homography;
  width: number;
  height: number;
  /** Final pixels per sheet mm, for anti-aliasing the sheet's edge. */
  pxPerMm: number;
  /** What shows where there is no sheet (RGB, width × height). */
  background: Raster;
  /** Printed content moved against the paper (a photocopy's misregistration), mm. */
  contentShiftMm: [number, number];
  /** Scanner's tone response for the sheet: 3 × 256 lookup (paper white and black levels). */
  tone: Uint8Array;
  edge: EdgeLook;
}

/**
 * Inverse mapping: every final pixel asks where it falls on the sheet and samples it bilinearly;
 * outside the sheet it takes the background with the edge's shadow or glow. The sheet's border is
 * blended over one pixel so it is not a jagged staircase.
 */
export function warpSheet(input: WarpInput): Raster {
  const { sheet, fromPx: m, width, height, background, tone, edge } = input;
  const out = newRaster(width, height, 3);
  const o = out.data;
  const bg = background.data;
  const sd = sheet.data;
  const sw = sheet.w;
  const sh = sheet.h;
  const kx = sw / SHEET_W_MM;
  const ky = sh / SHEET_H_MM;
  const [shiftX, shiftY] = input.contentShiftMm;
  const [offX, offY] = edge.shadowOffsetMm;
  const aa = input.pxPerMm;
  const invShadow = 1 / edge.shadowMm;
  const invGlow = 1 / edge.glowMm;
  const invRim = 1 / edge.rimMm;
  const shadowReach = 6 * edge.shadowMm;
  const glowReach = 6 * edge.glowMm;
  const rimReach = 6 * edge.rimMm;
  for (let y = 0; y < height; y++) {
    const py = y + 0.5;
    for (let x = 0; x < width; x++) {
      const px = x + 0.5;
      const w = m[6] * px + m[7] * py + m[8];
      const u = (m[0] * px + m[1] * py + m[2]) / w;
      const v = (m[3] * px + m[4] * py + m[5]) / w;
      const i = (y * width + x) * 3;
      // Signed distance to the sheet's border, mm (positive inside).
      const inside = Math.min(u, SHEET_W_MM - u, v, SHEET_H_MM - v);
      const alpha = inside * aa + 0.5;
      let r = 0;
      let g = 0;
      let b = 0;
      if (alpha > 0) {
        // Bilinear sample of the (possibly shifted) content; beyond it, bare paper.
        const sx = (u - shiftX) * kx - 0.5;
        const sy = (v - shiftY) * ky - 0.5;
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        if (x0 >= 0 && y0 >= 0 && x0 + 1 < sw && y0 + 1 < sh) {
          const fx = sx - x0;
          const fy = sy - y0;
          const a = (y0 * sw + x0) * 3;
          const c = a + sw * 3;
          const w00 = (1 - fx) * (1 - fy);
          const w10 = fx * (1 - fy);
          const w01 = (1 - fx) * fy;
          const w11 = fx * fy;
          r = sd[a] * w00 + sd[a + 3] * w10 + sd[c] * w01 + sd[c + 3] * w11;
          g = sd[a + 1] * w00 + sd[a + 4] * w10 + sd[c + 1] * w01 + sd[c + 4] * w11;
          b = sd[a + 2] * w00 + sd[a + 5] * w10 + sd[c + 2] * w01 + sd[c + 5] * w11;
        } else {
          r = g = b = 255;
        }
        r = tone[r | 0];
        g = tone[256 + (g | 0)];
        b = tone[512 + (b | 0)];
        if (edge.rim > 0 && inside < rimReach) {
          const k = 1 - edge.rim * Math.exp(-Math.max(0, inside) * invRim);
          r *= k;
          g *= k;
          b *= k;
        }
      }
      if (alpha < 1) {
        // Surround: background, darkened by the sheet's shadow, lit by its glow.
        const su = u - offX;
        const sv = v - offY;
        const dOut = Math.max(0, -Math.min(su, SHEET_W_MM - su, sv, SHEET_H_MM - sv));
        // Beyond ~6 decay lengths the shadow and glow are below a level; skip the exp.
        const dark = dOut < shadowReach ? 1 - edge.shadow * Math.exp(-dOut * invShadow) : 1;
        const lift = edge.glow > 0 && -inside < glowReach ? edge.glow * Math.exp(-Math.max(0, -inside) * invGlow) : 0;
        const br = bg[i] * dark + lift;
        const bgc = bg[i + 1] * dark + lift;
        const bb = bg[i + 2] * dark + lift;
        if (alpha <= 0) {
          r = br;
          g = bgc;
          b = bb;
        } else {
          r = r * alpha + br * (1 - alpha);
          g = g * alpha + bgc * (1 - alpha);
          b = b * alpha + bb * (1 - alpha);
        }
      }
      o[i] = r > 255 ? 255 : r;
      o[i + 1] = g > 255 ? 255 : g;
      o[i + 2] = b > 255 ? 255 : b;
    }
  }
  return out;
}
