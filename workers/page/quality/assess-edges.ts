import type { RasterPage } from '../types.ts';
import { SIDES } from './find-borders.ts';
import { measureEdges } from './measure-edges.ts';
import { EDGES } from './thresholds.ts';
import type { Edges, EdgeReason } from './types.ts';

/**
 * Whole sheet, neat edges (四边轮廓整齐): skew, content cut off, a dark band eating into the
 * content, a phone photo. A straight sheet inside a dark scanner border is fine: all four edges
 * of the sheet are there.
 */
const OPPOSITE = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' } as const;

export function assessEdges(page: RasterPage): Edges {
  const m = measureEdges(page);
  const reasons: EdgeReason[] = [];
  const thin = (s: (typeof SIDES)[number]) => m.marginsMm[s] !== null && m.marginsMm[s]! < EDGES.minMarginMm;
  // A frame on three or four sides is the scanner lid around the whole sheet (fine); a dark band
  // on one or two sides only is a shadow or the dark content of a sheet cut there.
  const framed = m.bordered.length >= 3;
  // The sheet was displaced: lid shows along one side, so the opposite side lost part of the sheet.
  const displacedFrom = framed ? [] : SIDES.filter((s) => m.stripsMm[s] >= EDGES.minStripMm && m.stripsMm[OPPOSITE[s]] <= EDGES.noStripMm);
  const cutSides = SIDES.filter((s) => (!m.bordered.includes(s) && thin(s)) || displacedFrom.includes(OPPOSITE[s]));
  const eatenSides = SIDES.filter((s) => m.bordered.includes(s) && (thin(s) || !framed));

  if (m.skew.deg !== null && Math.abs(m.skew.deg) > EDGES.maxSkewDeg) reasons.push('skewed');
  if (cutSides.length > 0) reasons.push('cut_off');
  const perspective = m.bordered.length >= 3 && m.angleSpreadDeg !== null && m.angleSpreadDeg > EDGES.maxAngleSpreadDeg;
  const unevenLight = m.evenness !== null && m.evenness < EDGES.minLightEvenness;
  if (perspective || unevenLight) reasons.push('phone_photo');
  else if (eatenSides.length > 0) reasons.push('dark_border');

  // A page with no line structure and nothing else wrong cannot be called neat with confidence.
  const ok = reasons.length > 0 ? false : m.skew.deg === null ? null : true;
  return { ok, skewDeg: m.skew.deg, cropped: cutSides.length > 0, reasons };
}
