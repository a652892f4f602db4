import type { RasterPage } from '../types.ts';

/** Steps larger than this are stroke edges, not compression artefacts; they would swamp the signal. */
const MAX_STEP = 48;

/**
 * JPEG 8×8 grid strength at native resolution: mean |step| across block boundaries divided by
 * mean |step| inside blocks, over flat-ish areas (horizontal and vertical, every 2nd line, green
 * channel). 1.0 means no grid. Null when the page has no flat texture to measure.
 */
export function jpegBlockiness(page: RasterPage): number | null {
  const { data, width: w, height: h } = page;
  let bSum = 0, bN = 0, iSum = 0, iN = 0;
  for (let y = 0; y < h; y += 2) {
    let p = (y * w) * 3 + 1;
    let prev = data[p];
    for (let x = 1; x < w; x++) {
      p += 3;
      const v = data[p];
      const d = v > prev ? v - prev : prev - v;
      prev = v;
      if (d > MAX_STEP) continue;
      if ((x & 7) === 0) { bSum += d; bN++; } else { iSum += d; iN++; }
    }
  }
  const row = w * 3;
  for (let x = 0; x < w; x += 2) {
    let p = x * 3 + 1;
    let prev = data[p];
    for (let y = 1; y < h; y++) {
      p += row;
      const v = data[p];
      const d = v > prev ? v - prev : prev - v;
      prev = v;
      if (d > MAX_STEP) continue;
      if ((y & 7) === 0) { bSum += d; bN++; } else { iSum += d; iN++; }
    }
  }
  if (bN === 0 || iN === 0) return null;
  const inside = iSum / iN;
  const across = bSum / bN;
  // A perfectly flat synthetic page has no steps at all: no evidence either way, call it clean.
  if (inside < 0.05 && across < 0.05) return 1;
  return across / Math.max(inside, 0.05);
}
