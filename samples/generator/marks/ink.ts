import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { Rng } from '../rng.ts';

/**
 * Ink is never a flat fill: a stamp picks up uneven ink and paper texture. This multiplies the
 * alpha of a mark canvas by low-frequency blotches plus speckle so the impression varies across
 * its area, as real seals do (a faint side, dropouts in the ring).
 */
export function unevenInk(mark: Canvas, rng: Rng, strength: number): void {
  const ctx = mark.getContext('2d');
  const { width: w, height: h } = mark;
  const img = ctx.getImageData(0, 0, w, h);
  const d = img.data;
  const cells = 6;
  const grid: number[] = [];
  for (let i = 0; i < (cells + 1) * (cells + 1); i++) grid.push(1 - strength * rng.next());
  // A pressure gradient: stamps are rarely pressed evenly.
  const gx = rng.range(-1, 1);
  const gy = rng.range(-1, 1);
  const gs = strength * 0.6;
  for (let y = 0; y < h; y++) {
    const fy = (y / h) * cells;
    const iy = Math.min(cells - 1, Math.floor(fy));
    const ty = fy - iy;
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 4 + 3;
      if (d[o] === 0) continue;
      const fx = (x / w) * cells;
      const ix = Math.min(cells - 1, Math.floor(fx));
      const tx = fx - ix;
      const a = grid[iy * (cells + 1) + ix];
      const b = grid[iy * (cells + 1) + ix + 1];
      const c = grid[(iy + 1) * (cells + 1) + ix];
      const e = grid[(iy + 1) * (cells + 1) + ix + 1];
      let v = (a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + e * tx) * ty;
      v *= 1 - gs * (0.5 + 0.5 * (gx * (x / w - 0.5) + gy * (y / h - 0.5)));
      // speckle: paper fibres that took no ink
      const r = rng.next();
      if (r < strength * 0.12) v *= 0.15;
      else v *= 0.85 + 0.15 * rng.next();
      d[o] = Math.max(0, Math.min(255, d[o] * v));
    }
  }
  ctx.putImageData(img, 0, 0);
}

export function markCanvas(wPx: number, hPx: number): Canvas {
  return createCanvas(Math.max(1, Math.round(wPx)), Math.max(1, Math.round(hPx)));
}

export const INK = {
  sealRed: (rng: Rng): string => `rgb(${rng.int(200, 232)},${rng.int(20, 55)},${rng.int(30, 60)})`,
  blue: (rng: Rng): string => `rgb(${rng.int(15, 40)},${rng.int(35, 70)},${rng.int(120, 170)})`,
  black: (rng: Rng): string => `rgb(${rng.int(15, 35)},${rng.int(15, 35)},${rng.int(20, 40)})`,
  stampBlue: (rng: Rng): string => `rgb(${rng.int(30, 60)},${rng.int(50, 80)},${rng.int(150, 190)})`,
};
