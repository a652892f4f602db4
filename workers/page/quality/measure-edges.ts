import type { RasterPage } from '../types.ts';
import { contentMargins, type Rect } from './content-margins.ts';
import { estimateSkew, type SkewEstimate } from './estimate-skew.ts';
import { findBorders, SIDES, type Side, type SideBorder } from './find-borders.ts';
import { findLidStrips, LID_SEARCH_MM } from './find-lid-strips.ts';
import { findSlicedContent } from './find-sliced-content.ts';
import { greyLevels } from './grey-levels.ts';
import { inkMask } from './ink-mask.ts';
import { normalisedGrey } from './normalised-grey.ts';
import { paperBackground, type PaperBackground } from './paper-background.ts';
import { EDGES } from './thresholds.ts';
import type { GreyImage } from './types.ts';

/** Everything assessEdges decides from; also what the calibration script records per page. */
export interface EdgeMeasures {
  pxPerMm: number;
  skew: SkewEstimate;
  borders: Record<Side, SideBorder>;
  /** Sides where a non-paper band runs along most of the edge. */
  bordered: Side[];
  /** Largest difference (°) between the sheet-edge angles of the bordered sides: perspective. */
  angleSpreadDeg: number | null;
  /** p10/p90 of paper brightness across the sheet: 1 = evenly lit. */
  evenness: number | null;
  /** Blank margin (mm) between each side of the sheet and its content; red ink (seals) excluded. */
  marginsMm: Record<Side, number | null>;
  /** Depth (mm) of a uniform strip in another colour than the paper (scanner lid, glass) per side. */
  stripsMm: Record<Side, number>;
  /** Separate strokes or rules per side that run into the image's outermost pixels (sliced). */
  slicedRuns: Record<Side, number>;
  /** Width and height (mm) of the image less the lid strips and dark frames on its sides: the
   * visible part of the sheet. Null when the physical size of the image is unknown. */
  sheetMm: { width: number; height: number } | null;
}

export function measureEdges(page: RasterPage): EdgeMeasures {
  const grey = normalisedGrey(page);
  const pxPerMm = (grey.dpi ?? 150) / 25.4;
  const levels = greyLevels(grey);
  const bg = paperBackground(grey);
  const borders = findBorders(grey, levels.paper * EDGES.borderRatio, Math.max(2, EDGES.borderMinMm * pxPerMm));
  const bordered = SIDES.filter((s) => borders[s].coverage >= EDGES.borderCoverage);
  const angles = bordered.map((s) => borders[s].angleDeg).filter((a): a is number => a !== null);
  const angleSpreadDeg = angles.length >= 2 ? Math.max(...angles) - Math.min(...angles) : null;
  const sheet = sheetRect(grey, borders, bordered);
  const mask = inkMask(grey, bg, Math.max(25, Math.min(EDGES.inkDrop, 0.5 * (levels.paper - levels.ink))));
  dropRedInk(mask, grey, page);
  const skew = estimateSkew(mask, grey.width, grey.height, EDGES.minPeakedness);
  const margins = contentMargins(mask, grey, sheet);
  const marginsMm = {} as Record<Side, number | null>;
  for (const s of SIDES) marginsMm[s] = margins[s] === null ? null : Math.round((margins[s]! / pxPerMm) * 10) / 10;
  const stripsMm = findLidStrips(page);
  const slicedRuns = findSlicedContent(mask, grey.width, grey.height, grey.dpi ?? 150, bordered);
  return { pxPerMm, skew, borders, bordered, angleSpreadDeg, evenness: lightEvenness(bg, sheet), marginsMm, stripsMm, slicedRuns,
    sheetMm: grey.dpi === null ? null : visibleSheet(grey, pxPerMm, borders, bordered, stripsMm) };
}

/**
 * A strip as deep as the search reaches is the document's own tinted area seen against a paper
 * colour taken from it (a certificate on A4), not a lid: then no strip counts.
 */
function visibleSheet(img: GreyImage, pxPerMm: number, b: Record<Side, SideBorder>, bordered: Side[], stripsMm: Record<Side, number>) {
  const lidSeen = SIDES.every((s) => stripsMm[s] < LID_SEARCH_MM - 1);
  const lost = (s: Side) => (bordered.includes(s) ? b[s].depth / pxPerMm : lidSeen ? stripsMm[s] : 0);
  const mm = (v: number) => Math.round(v * 10) / 10;
  return { width: mm(img.width / pxPerMm - lost('left') - lost('right')), height: mm(img.height / pxPerMm - lost('top') - lost('bottom')) };
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
  return p90 > 0 ? Math.round((p10 / p90) * 1000) / 1000 : null;
}

/**
 * Seals and red rules are not the printed content: a seal stamped half off the sheet is normal
 * (truth: edges ok) and must not read as content cut at the edge. Only ink pixels are checked,
 * against the original colour at the matching spot.
 */
function dropRedInk(mask: Uint8Array, grey: GreyImage, page: RasterPage): void {
  const sx = page.width / grey.width, sy = page.height / grey.height;
  const d = page.data;
  for (let y = 0; y < grey.height; y++) {
    const oy = Math.min(page.height - 1, Math.floor((y + 0.5) * sy));
    for (let x = 0, p = y * grey.width; x < grey.width; x++, p++) {
      if (!mask[p]) continue;
      const o = (oy * page.width + Math.min(page.width - 1, Math.floor((x + 0.5) * sx))) * 3;
      const r = d[o], g = d[o + 1], b = d[o + 2];
      if (r - Math.max(g, b) > EDGES.redExcess) mask[p] = 0;
    }
  }
}
