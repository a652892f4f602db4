import type { RasterPage } from '../types.ts';
import { SIDES, type Side } from './find-borders.ts';

/** How deep (mm) to look for a strip beyond the sheet: the generator shifts sheets by up to 30 mm. */
export const LID_SEARCH_MM = 45;
/** Row/column colour samples every this many mm along and across the side. */
const STEP_MM = 0.5;
/** A sample row is lid, not sheet, when its colour (per-channel median of the bright samples)
 * differs from the sheet's paper colour by more than this (sum of |ΔR|+|ΔG|+|ΔB|). Medians over
 * ~400 samples keep sensor noise ≈ 1 level. Tune lid-vs-paper differences 13–20; an extra generated set had one at 6 (lid 246
 * grey on paper 243/245/244), which 8 missed. */
const MIN_COLOUR_DIFF = 4;

/**
 * Depth (mm) of a strip along each side whose colour is uniform and differs from the sheet's
 * paper: the scanner lid or glass showing where the sheet does not reach. Row means over the
 * whole side remove sensor noise, so a small tint difference is enough. Text rows do not count as
 * strip: each line's colour is its per-channel median.
 */
export function findLidStrips(page: RasterPage): Record<Side, number> {
  const pxPerMm = (page.dpi ?? 150) / 25.4;
  const paper = paperColour(page);
  const out = {} as Record<Side, number>;
  for (const side of SIDES) {
    const horizontal = side === 'top' || side === 'bottom';
    const along = horizontal ? page.width : page.height;
    const across = horizontal ? page.height : page.width;
    const step = Math.max(1, Math.round(STEP_MM * pxPerMm));
    const maxD = Math.min(Math.floor(across / 3), Math.round(LID_SEARCH_MM * pxPerMm));
    let first: [number, number, number] | null = null;
    let depth = 0;
    for (let d = 0; d < maxD; d += step) {
      const c = lineColour(page, side, d, along, step);
      if (!c) break;
      const diffPaper = Math.abs(c[0] - paper[0]) + Math.abs(c[1] - paper[1]) + Math.abs(c[2] - paper[2]);
      first ??= c;
      const diffFirst = Math.abs(c[0] - first[0]) + Math.abs(c[1] - first[1]) + Math.abs(c[2] - first[2]);
      if (diffPaper <= MIN_COLOUR_DIFF || diffFirst > MIN_COLOUR_DIFF) break;
      depth = d + step;
    }
    out[side] = Math.round((depth / pxPerMm) * 10) / 10;
  }
  return out;
}

function lineColour(page: RasterPage, side: Side, d: number, along: number, step: number): [number, number, number] | null {
  const { width: w, height: h, data } = page;
  const offs: number[] = [];
  for (let a = 0; a < along; a += step) {
    const x = side === 'left' ? d : side === 'right' ? w - 1 - d : a;
    const y = side === 'top' ? d : side === 'bottom' ? h - 1 - d : a;
    offs.push((y * w + x) * 3);
  }
  const c = medianColour(data, offs);
  // A line that is mostly not uniform (text, a photo's desk texture) is not a lid strip.
  let near = 0;
  for (const o of offs) if (Math.abs(data[o] + data[o + 1] + data[o + 2] - c[0] - c[1] - c[2]) <= 90) near++;
  return near >= offs.length * 0.6 ? c : null;
}

/** Paper colour: per-channel median over the central half of the page (print covers far less than half). */
function paperColour(page: RasterPage): [number, number, number] {
  const { width: w, height: h } = page;
  const step = Math.max(1, Math.round(w / 200));
  const offs: number[] = [];
  for (let y = h >> 2; y < (3 * h) >> 2; y += step) for (let x = w >> 2; x < (3 * w) >> 2; x += step) offs.push((y * w + x) * 3);
  return medianColour(page.data, offs);
}

/**
 * Per-channel medians: the same unbiased estimator for strip rows and for the paper, so heavy
 * sensor noise (σ 7–11) cannot open a gap between them (a "bright samples" mean did, by 4–6 levels).
 */
function medianColour(data: Uint8Array, all: number[]): [number, number, number] {
  // Print first: keep samples within 30 levels per channel of the bright end (p90), so dense text
  // cannot pull the paper colour down (a text-dense centre biased it by > 4 levels).
  const sums = all.map((o) => data[o] + data[o + 1] + data[o + 2]).sort((a, b) => a - b);
  const floor = sums[Math.floor(sums.length * 0.9)] - 90;
  const offs = all.filter((o) => data[o] + data[o + 1] + data[o + 2] >= floor);
  const out: [number, number, number] = [0, 0, 0];
  const hist = new Uint32Array(256);
  for (let c = 0; c < 3; c++) {
    hist.fill(0);
    for (const o of offs) hist[data[o + c]]++;
    let acc = 0;
    for (let v = 0; v < 256; v++) { acc += hist[v]; if (acc * 2 >= offs.length) { out[c] = v; break; } }
  }
  return out;
}
