import type { RasterPage } from '../types.ts';
import { effectiveDpi } from './effective-dpi.ts';
import { greyLevels } from './grey-levels.ts';
import { jpegBlockiness } from './jpeg-blockiness.ts';
import { jpegQuality } from './jpeg-quality.ts';
import { normalisedGrey } from './normalised-grey.ts';
import { strokeEdgeWidth } from './stroke-edge-width.ts';
import { CLARITY } from './thresholds.ts';
import type { Clarity, ClarityReason } from './types.ts';

/** Legibility from pixels only: resolution, stroke sharpness at 150 dpi, contrast, JPEG damage. */
export function assessClarity(page: RasterPage): Clarity {
  const reasons: ClarityReason[] = [];
  const { dpi } = effectiveDpi(page);
  const grey = normalisedGrey(page);
  const levels = greyLevels(grey);
  const contrast = round((levels.paper - levels.ink) / 255, 3);
  const rise = Math.max(20, CLARITY.edgeRiseFraction * (levels.paper - levels.ink));
  const edge = strokeEdgeWidth(grey, rise);
  const blockiness = jpegBlockiness(page);

  if (dpi !== null && dpi <= CLARITY.minDpi) reasons.push('low_resolution');
  if (edge.width !== null && blurExtent(edge.alongX!, edge.alongY!) > CLARITY.maxBlurExtent) reasons.push('blurred');
  // Pixels first (they also see a page re-saved at high quality after heavy damage); the JPEG's own
  // quantisation tables when the original bytes are at hand.
  const quality = jpegQuality(page.jpeg);
  if ((blockiness !== null && blockiness > CLARITY.maxBlockiness) || (quality !== null && quality <= CLARITY.maxJpegQuality)) {
    reasons.push('compressed');
  }
  const blank = levels.inkPixels < CLARITY.minInkPixels;
  if (contrast < CLARITY.minContrast && !blank) reasons.push('low_contrast');

  // Undecidable: no stroke edges to measure (blank or nearly blank page), or unknown size.
  const undecided = blank || edge.width === null || dpi === null;
  const ok = reasons.length > 0 ? false : undecided ? null : true;
  return {
    ok,
    sharpness: edge.width === null ? null : round(100 / edge.width, 1),
    contrast,
    effectiveDpi: dpi === null ? null : Math.round(dpi),
    blockiness: blockiness === null ? null : round(blockiness, 3),
    inkPixels: levels.inkPixels,
    reasons,
  };
}

/** How far the blur spreads a stroke edge (px at 150 dpi), both axes together: see CLARITY.maxBlurExtent. */
export function blurExtent(alongX: number, alongY: number): number {
  const b2 = CLARITY.sharpEdgeWidth ** 2;
  return Math.sqrt(Math.max(0, alongX ** 2 - b2) + Math.max(0, alongY ** 2 - b2));
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
