import type { RasterPage } from '../types.ts';
import { contentMargins, type Rect } from './content-margins.ts';
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
  const margins = contentMargins(mask, grey, sheet);
  const cutSides = SIDES.filter((s) => margins[s] !== null && margins[s] < EDGES.minMarginMm * pxPerMm);

  if (skew.deg !== null && Math.abs(skew.deg) > EDGES.maxSkewDeg) reasons.push('skewed');
  if (cutSides.length > 0) reasons.push('cut_off');
  const photo = (bordered.length >= 2 && trapezoid) || (evenness !== null && evenness < EDGES.minLightEvenness);
  if (photo) reasons.push('phone_photo');
  else if (bordered.length > 0) reasons.push('dark_border');

  // A page with no line structure and nothing else wrong cannot be called neat with confidence.
  const ok = reasons.length > 0 ? false : skew.deg === null ? null : true;
  return { ok, skewDeg: skew.deg, cropped: cutSides.length > 0, reasons };
}

function sheetRect(img: GreyImage, b: Record<Side, SideBorder>, bordered: Side[]): Rect {
  // Past a border, skip 1 mm more: its soft inner edge is darker than paper and would read as ink.
  const guard = Math.round((img.dpi ?? 150) / 25.4);
  const inset = (s: Side) => (bordered.includes(s) ? Math.max(b[s].depthStart, b[s].depthEnd, b[s].depth) + guard : 0);
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
