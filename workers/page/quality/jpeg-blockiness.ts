import type { RasterPage } from '../types.ts';

/** A 16-px window spanning a block boundary counts when it holds a stroke edge (max − min ≥ this). */
const MIN_WINDOW_RANGE = 40;

/**
 * JPEG 8×8 grid strength at native resolution, measured next to text strokes, where heavy
 * quantisation leaves blocks and ringing: mean |step| across a block boundary over mean |step|
 * inside the same 16-px window, along rows and columns of the green channel. Flat paper is skipped
 * because there the measure follows scanner noise, not compression (synthetic q60 on noisy paper
 * scored higher than q5 when flats were included). 1.0 = no grid; null when there is no text.
 */
export function jpegBlockiness(page: RasterPage): number | null {
  const { data, width: w, height: h } = page;
  // Every 4th line at ≤ 200 dpi, every 8th above: the grid repeats on every line, and a 300-dpi page
  // still gives ~10⁵ windows (the full-resolution pass was the slowest part of the quick checks).
  const lineStep = (page.dpi ?? 150) > 200 ? 8 : 4;
  const acc = { b: 0, bn: 0, i: 0, in: 0 };
  for (let y = 2; y < h; y += lineStep) scan(data, y * w * 3 + 1, 3, w, acc);
  for (let x = 2; x < w; x += lineStep) scan(data, x * 3 + 1, w * 3, h, acc);
  if (acc.bn < 100 || acc.in === 0 || acc.i === 0) return null;
  return acc.b / acc.bn / (acc.i / acc.in);
}

function scan(data: Uint8Array, start: number, stride: number, len: number, acc: { b: number; bn: number; i: number; in: number }): void {
  for (let b = 8; b + 8 <= len; b += 8) {
    let p = start + (b - 8) * stride;
    let prev = data[p];
    let mn = prev, mx = prev, inside = 0, across = 0;
    for (let k = 1; k < 16; k++) {
      p += stride;
      const v = data[p];
      if (v < mn) mn = v;
      else if (v > mx) mx = v;
      const d = v > prev ? v - prev : prev - v;
      prev = v;
      if (k === 8) across = d;
      else inside += d;
    }
    if (mx - mn < MIN_WINDOW_RANGE) continue;
    acc.b += across; acc.bn++;
    acc.i += inside; acc.in += 14;
  }
}
