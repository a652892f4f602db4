import { SIDES, type Side } from './find-borders.ts';
import type { EdgeMeasures } from './measure-edges.ts';
import { EDGES } from './thresholds.ts';
import type { Edges, EdgeReason } from './types.ts';

/** The observations the verdict reads; everything else measureEdges records is for calibration. */
export type EdgeObservations = Pick<EdgeMeasures, 'skew' | 'bordered' | 'angleSpreadDeg' | 'evenness' | 'marginsMm' | 'stripsMm' | 'slicedRuns' | 'sheetMm'>;

const A4_MM = { long: 297, short: 210 };

/**
 * Whole sheet, neat edges (四边轮廓整齐), decided from what the frame shows of the content and of
 * the sheet: false only on strong evidence (strokes or rules sliced by the image border, skew
 * measured from text lines, a sheet outline in perspective); null when something points at a
 * defect without proving it (a sheet shorter than A4 whose outline leaves the frame, a dark band,
 * uneven light, skew near the limit, no line structure). A narrow margin or a lid strip on one
 * side is not evidence: browser printouts keep 5 mm, and a sheet on a larger bed shows the lid.
 */
export function decideEdges(m: EdgeObservations): Edges {
  const rejects: EdgeReason[] = [];
  const doubts: EdgeReason[] = [];
  const skew = m.skew.deg === null ? null : Math.abs(m.skew.deg);
  if (skew !== null && skew >= EDGES.rejectSkewDeg) rejects.push('skewed');
  else if (skew !== null && skew >= EDGES.reviewSkewDeg) doubts.push('skewed');

  const sliced = SIDES.filter((s) => m.slicedRuns[s] >= EDGES.minSlicedRuns);
  const short = sliced.length === 0 && sheetRunsOffFrame(m);
  if (sliced.length > 0) rejects.push('cut_off');
  else if (short) doubts.push('cut_off');

  const perspective = m.bordered.length >= 3 && m.angleSpreadDeg !== null && m.angleSpreadDeg > EDGES.maxAngleSpreadDeg;
  const unevenLight = m.evenness !== null && m.evenness < EDGES.minLightEvenness;
  if (perspective) rejects.push('phone_photo');
  else if (unevenLight) doubts.push('phone_photo');
  else if (darkBandOverContent(m)) doubts.push('dark_border');

  const reasons = [...rejects, ...doubts];
  const ok = rejects.length > 0 ? false : doubts.length > 0 || m.skew.deg === null ? null : true;
  return { ok, skewDeg: m.skew.deg, cropped: sliced.length > 0 ? true : short ? null : false, reasons };
}

/**
 * The visible sheet (image less lid strips and dark frames) is shorter than A4 along an axis on
 * which at least one side shows neither: the sheet's outline leaves the frame there, so part of it
 * may be missing. Only a doubt: the document may simply be smaller than A4. Strips are ignored
 * when one reaches the search depth, since then the "paper" they were told apart from is the
 * document's own tinted area (a certificate), not the sheet.
 */
function sheetRunsOffFrame(m: EdgeObservations): boolean {
  if (!m.sheetMm) return false;
  const open = (s: Side) => !m.bordered.includes(s) && m.stripsMm[s] <= EDGES.noStripMm;
  const landscape = m.sheetMm.width > m.sheetMm.height;
  const expected = { width: landscape ? A4_MM.long : A4_MM.short, height: landscape ? A4_MM.short : A4_MM.long };
  const missing = (axis: 'width' | 'height') => expected[axis] - m.sheetMm![axis];
  return (missing('width') >= EDGES.minMissingSheetMm && (open('left') || open('right')))
    || (missing('height') >= EDGES.minMissingSheetMm && (open('top') || open('bottom')));
}

/** A frame on one or two sides only (a shadow or a dark cut edge), or one touching the content. */
function darkBandOverContent(m: EdgeObservations): boolean {
  const thin = (s: Side) => m.marginsMm[s] !== null && m.marginsMm[s]! < EDGES.minMarginMm;
  const framed = m.bordered.length >= 3;
  return m.bordered.some((s) => thin(s) || !framed);
}
