import type { RasterPage } from '../types.ts';
import { SIDES, type Side } from './find-borders.ts';

/** How deep (mm) to look for a strip beyond the sheet: the generator shifts sheets by up to 30 mm. */
const MAX_DEPTH_MM = 45;
/** Row/column colour samples every this many mm along and across the side. */
const STEP_MM = 0.5;
/** A sample row is lid, not sheet, when its bright samples' mean differs from the sheet's paper
 * colour by more than this (sum of |ΔR|+|ΔG|+|ΔB|). Row means over ~400 samples make sensor noise
 * < 1 level. Tune lid-vs-paper differences 13–20; an extra generated set had one at 6 (lid 246
 * grey on paper 243/245/244), which 8 missed. */
const MIN_COLOUR_DIFF = 4;

/**
 * Depth (mm) of a strip along each side whose colour is uniform and differs from the sheet's
 * paper: the scanner lid or glass showing where the sheet does not reach. Row means over the
 * whole side remove sensor noise, so a small tint difference is enough. Text rows do not count as
 * strip: only samples within 30 levels of the brightest are averaged.
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
    const maxD = Math.min(Math.floor(across / 3), Math.round(MAX_DEPTH_MM * pxPerMm));
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
  const vals: number[] = [];
  for (let a = 0; a < along; a += step) {
    const x = side === 'left' ? d : side === 'right' ? w - 1 - d : a;
    const y = side === 'top' ? d : side === 'bottom' ? h - 1 - d : a;
    vals.push((y * w + x) * 3);
  }
  let max = 0;
  for (const o of vals) max = Math.max(max, data[o] + data[o + 1] + data[o + 2]);
  let r = 0, g = 0, b = 0, n = 0;
  for (const o of vals) {
    if (data[o] + data[o + 1] + data[o + 2] < max - 90) continue;
    r += data[o]; g += data[o + 1]; b += data[o + 2]; n++;
  }
  // A line that is mostly not uniform (text, a photo's desk texture) is not a lid strip.
  if (n < vals.length * 0.6) return null;
  return [r / n, g / n, b / n];
}

/** Paper colour: mean of the bright samples in the central half of the page. */
function paperColour(page: RasterPage): [number, number, number] {
  const { width: w, height: h, data } = page;
  const step = Math.max(1, Math.round(w / 200));
  const offs: number[] = [];
  let max = 0;
  for (let y = h >> 2; y < (3 * h) >> 2; y += step) for (let x = w >> 2; x < (3 * w) >> 2; x += step) {
    const o = (y * w + x) * 3;
    offs.push(o);
    max = Math.max(max, data[o] + data[o + 1] + data[o + 2]);
  }
  // Paper = the brightest 40 levels of the sum; ink and seals fall below.
  let r = 0, g = 0, b = 0, n = 0;
  for (const o of offs) {
    if (data[o] + data[o + 1] + data[o + 2] < max - 60) continue;
    r += data[o]; g += data[o + 1]; b += data[o + 2]; n++;
  }
  return n ? [r / n, g / n, b / n] : [255, 255, 255];
}
