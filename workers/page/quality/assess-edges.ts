import type { RasterPage } from '../types.ts';
import { estimateSkew } from './estimate-skew.ts';
import { findBorders, SIDES, type Side, type SideBorder } from './find-borders.ts';
import { greyLevels } from './grey-levels.ts';
import { inkMask } from './ink-mask.ts';
import { normalisedGrey } from './normalised-grey.ts';
import { paperBackground, type PaperBackground } from './paper-background.ts';
import { EDGES } from './thresholds.ts';
import type { Edges, EdgeReason, GreyImage } from './types.ts';

/** Whole sheet, neat edges (四边轮廓整齐): skew, content cut off, dark border, phone photo. */
export function assessEdges(page: RasterPage): Edges {
  const grey = normalisedGrey(page);
  const pxPerMm = (grey.dpi ?? 150) / 25.4;
  const levels = greyLevels(grey);
  const bg = paperBackground(grey);
  const reasons: EdgeReason[] = [];

  const borders = findBorders(grey, levels.paper * EDGES.borderRatio, Math.max(2, EDGES.borderMinMm * pxPerMm));
  const bordered = SIDES.filter((s) => borders[s].coverage >= EDGES.borderCoverage);
  const trapezoid = bordered.some((s) => Math.abs(borders[s].depthStart - borders[s].depthEnd) > EDGES.trapezoidMm * pxPerMm);
  const sheet = sheetRect(grey, borders, bordered);
  const evenness = lightEvenness(bg, sheet);

  const mask = inkMask(grey, bg, Math.max(25, Math.min(EDGES.inkDrop, 0.5 * (levels.paper - levels.ink))));
  const skew = estimateSkew(mask, grey.width, grey.height, EDGES.minPeakedness);
  const cutSides = SIDES.filter((s) => !bordered.includes(s) && inkAtSide(mask, grey, sheet, s, pxPerMm) > EDGES.cutCoverage);

  if (skew.deg !== null && Math.abs(skew.deg) > EDGES.maxSkewDeg) reasons.push('skewed');
  if (cutSides.length > 0) reasons.push('cut_off');
  const photo = (bordered.length >= 2 && trapezoid) || (evenness !== null && evenness < EDGES.minLightEvenness);
  if (photo) reasons.push('phone_photo');
  else if (bordered.length > 0) reasons.push('dark_border');

  // A page with no line structure and nothing else wrong cannot be called neat with confidence.
  const ok = reasons.length > 0 ? false : skew.deg === null ? null : true;
  return { ok, skewDeg: skew.deg, cropped: cutSides.length > 0, reasons };
}

interface Rect { x0: number; y0: number; x1: number; y1: number }

function sheetRect(img: GreyImage, b: Record<Side, SideBorder>, bordered: Side[]): Rect {
  const inset = (s: Side) => (bordered.includes(s) ? Math.max(b[s].depthStart, b[s].depthEnd, b[s].depth) : 0);
  return { x0: inset('left'), y0: inset('top'), x1: img.width - inset('right'), y1: img.height - inset('bottom') };
}

/** p10/p90 of tile paper levels inside the sheet (one tile in from its edge); null if too small. */
function lightEvenness(bg: PaperBackground, r: Rect): number | null {
  const vals: number[] = [];
  const tx0 = Math.ceil(r.x0 / bg.tile) + 1, tx1 = Math.floor(r.x1 / bg.tile) - 1;
  const ty0 = Math.ceil(r.y0 / bg.tile) + 1, ty1 = Math.floor(r.y1 / bg.tile) - 1;
  for (let ty = ty0; ty < ty1; ty++) for (let tx = tx0; tx < tx1; tx++) vals.push(bg.levels[ty * bg.cols + tx]);
  if (vals.length < 20) return null;
  vals.sort((a, b) => a - b);
  const p10 = vals[Math.floor(vals.length * 0.1)];
  const p90 = vals[Math.floor(vals.length * 0.9)];
  return p90 > 0 ? p10 / p90 : null;
}

/** Fraction of positions along a side with ink in the sheet's outer band. */
function inkAtSide(mask: Uint8Array, img: GreyImage, r: Rect, side: Side, pxPerMm: number): number {
  const band = Math.max(2, Math.round(EDGES.cutBandMm * pxPerMm));
  const w = img.width;
  const horizontal = side === 'top' || side === 'bottom';
  const a0 = horizontal ? r.x0 : r.y0, a1 = horizontal ? r.x1 : r.y1;
  let hits = 0, total = 0;
  for (let a = a0; a < a1; a++) {
    total++;
    for (let d = 0; d < band; d++) {
      let x: number, y: number;
      if (side === 'top') { x = a; y = r.y0 + d; }
      else if (side === 'bottom') { x = a; y = r.y1 - 1 - d; }
      else if (side === 'left') { x = r.x0 + d; y = a; }
      else { x = r.x1 - 1 - d; y = a; }
      if (mask[y * w + x]) { hits++; break; }
    }
  }
  return total ? hits / total : 0;
}
