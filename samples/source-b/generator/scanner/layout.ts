import type { RandomStream } from '../rng.ts';
import { applyH, homographyFromPoints, multiplyH, rotateH, scaleH, translateH, type Homography } from './homography.ts';
import type { ScanPlan } from './plan.ts';

export const SHEET_W_MM = 210;
export const SHEET_H_MM = 297;

/** Where the sheet lands in the final image. */
export interface Layout {
  /** Sheet millimetres → final image pixels (continuous coordinates: pixel k spans [k, k+1)). */
  toPx: Homography;
  width: number;
  height: number;
  /** Final pixels per sheet millimetre (mean; phone photos vary across the sheet). */
  pxPerMm: number;
  /** The dpi to report: the scan's, or a photo's pixels per inch along the sheet's long side. */
  dpi: number;
  skewDeg: number;
}

type Side = 'top' | 'right' | 'bottom' | 'left';
const SIDES: Side[] = ['top', 'right', 'bottom', 'left'];

/** Point on a side's centre line, `c` mm inside the sheet (where a cut puts the image border). */
function cutPoint(side: Side, c: number): [number, number] {
  switch (side) {
    case 'top':
      return [SHEET_W_MM / 2, c];
    case 'bottom':
      return [SHEET_W_MM / 2, SHEET_H_MM - c];
    case 'left':
      return [c, SHEET_H_MM / 2];
    case 'right':
      return [SHEET_W_MM - c, SHEET_H_MM / 2];
  }
}

/** Bed around the sheet (mm per side; negative trims the sheet, as scanner autocrop does). */
function bedMargins(capture: ScanPlan['capture'], rng: RandomStream): Record<Side, number> {
  if (capture === 'autocrop') {
    const m = { top: -rng.between(0, 2), right: -rng.between(0, 2), bottom: -rng.between(0, 2), left: -rng.between(0, 2) };
    // Autocrop sometimes keeps a sliver of the lid along one side.
    if (rng.yes(0.35)) m[rng.oneOf(SIDES)] = rng.between(1, 2);
    return m;
  }
  if (capture === 'bed-light' && rng.yes(0.5)) {
    // Sheet laid against the glass's corner: two tight margins, the rest of the bed beyond.
    return { top: rng.between(3, 5), left: rng.between(3, 5), right: rng.between(6, 15), bottom: rng.between(5, 15) };
  }
  const hi = capture === 'bed-dark' ? 20 : 15;
  return { top: rng.between(3, hi), right: rng.between(3, hi), bottom: rng.between(3, hi), left: rng.between(3, hi) };
}

/** The sheet's bounding box on the canvas, widened by the bed margins (mm). */
function boundsWithBed(toCanvas: Homography, margins: Record<Side, number>, pxPerMm: number): Record<Side, number> {
  const corners = [
    [0, 0],
    [SHEET_W_MM, 0],
    [SHEET_W_MM, SHEET_H_MM],
    [0, SHEET_H_MM],
  ].map(([x, y]) => applyH(toCanvas, x, y));
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return {
    left: Math.min(...xs) - margins.left * pxPerMm,
    right: Math.max(...xs) + margins.right * pxPerMm,
    top: Math.min(...ys) - margins.top * pxPerMm,
    bottom: Math.max(...ys) + margins.bottom * pxPerMm,
  };
}

/**
 * Crop the canvas to `bounds`, except that a cut side passes through the sheet point `cut` mm
 * inside that side (at the side's middle), so that much of the sheet falls outside the image.
 */
function cropToSides(toCanvas: Homography, plan: ScanPlan, bounds: Record<Side, number>): { toPx: Homography; width: number; height: number } {
  const bound = { ...bounds };
  for (const side of SIDES) {
    const c = plan.cutMm[side];
    if (c <= 0) continue;
    const [px, py] = applyH(toCanvas, ...cutPoint(side, c));
    bound[side] = side === 'left' || side === 'right' ? px : py;
  }
  const left = Math.round(bound.left);
  const top = Math.round(bound.top);
  const width = Math.max(16, Math.round(bound.right) - left);
  const height = Math.max(16, Math.round(bound.bottom) - top);
  return { toPx: multiplyH(translateH(-left, -top), toCanvas), width, height };
}

/** Flatbed: scale to the dpi, rotate about the sheet's centre, bed margins and cuts around it. */
export function flatLayout(plan: ScanPlan, dpi: number, rng: RandomStream): Layout {
  const s = dpi / 25.4;
  const toCanvas = multiplyH(scaleH(s), multiplyH(rotateH(plan.rotationDeg), translateH(-SHEET_W_MM / 2, -SHEET_H_MM / 2)));
  const { toPx, width, height } = cropToSides(toCanvas, plan, boundsWithBed(toCanvas, bedMargins(plan.capture, rng), s));
  return { toPx, width, height, pxPerMm: s, dpi, skewDeg: plan.rotationDeg };
}

/**
 * Phone photo: the sheet fills 72–88 % of a 3:4 frame, turned by the plan's rotation, then its
 * corners pulled into a keystone (the camera is not square to the desk) with a little jitter —
 * 2–8 % of the sheet's size in all. `effectiveDpi` (low_dpi) fixes the frame size instead.
 */
export function phoneLayout(plan: ScanPlan, rng: RandomStream, effectiveDpi: number | null): Layout {
  const fill = rng.between(0.72, 0.88);
  const long = effectiveDpi ? Math.round((effectiveDpi * SHEET_H_MM) / 25.4 / fill) : rng.integer(2000, 3000);
  const outH = long;
  const outW = Math.round((long * 3) / 4);
  const s = (fill * outH) / SHEET_H_MM;
  const cx = outW / 2 + rng.between(-0.04, 0.04) * outW;
  const cy = outH / 2 + rng.between(-0.03, 0.03) * outH;
  const base = multiplyH(translateH(cx, cy), multiplyH(scaleH(s), multiplyH(rotateH(plan.rotationDeg), translateH(-SHEET_W_MM / 2, -SHEET_H_MM / 2))));
  const sheetCorners: [number, number][] = [
    [0, 0],
    [SHEET_W_MM, 0],
    [SHEET_W_MM, SHEET_H_MM],
    [0, SHEET_H_MM],
  ];
  const q = sheetCorners.map(([x, y]) => applyH(base, x, y));
  const wPx = SHEET_W_MM * s;
  const hPx = SHEET_H_MM * s;
  // Keystone: one pair of opposite edges shortened (camera tilted towards/away from the desk).
  const kx = rng.between(0.02, 0.07) * (rng.yes(0.7) ? 1 : -1); // top edge narrower when > 0
  const ky = rng.between(0, 0.02) * (rng.yes(0.5) ? 1 : -1); // left edge shorter when > 0
  const moves: [number, number][] = [
    [kx > 0 ? kx * wPx : 0, ky > 0 ? ky * hPx : 0],
    [kx > 0 ? -kx * wPx : 0, ky < 0 ? -ky * hPx : 0],
    [kx < 0 ? kx * wPx : 0, ky < 0 ? ky * hPx : 0],
    [kx < 0 ? -kx * wPx : 0, ky > 0 ? -ky * hPx : 0],
  ];
  for (let k = 0; k < 4; k++) {
    q[k][0] += moves[k][0] + rng.between(-0.015, 0.015) * wPx;
    q[k][1] += moves[k][1] + rng.between(-0.006, 0.006) * hPx;
  }
  // Keep the whole sheet in frame (cuts are applied afterwards, on purpose).
  const xs = q.map((p) => p[0]);
  const ys = q.map((p) => p[1]);
  const margin = 0.015;
  const fit = Math.min(
    1,
    (outW * (0.5 - margin)) / Math.max(cx - Math.min(...xs), Math.max(...xs) - cx),
    (outH * (0.5 - margin)) / Math.max(cy - Math.min(...ys), Math.max(...ys) - cy),
  );
  const quad = q.map(([x, y]) => [cx + (x - cx) * fit, cy + (y - cy) * fit] as [number, number]);
  const framed = cropToSides(homographyFromPoints(sheetCorners, quad), plan, { left: 0, top: 0, right: outW, bottom: outH });
  const { toPx, width, height } = framed;
  const tl = applyH(toPx, 0, 0);
  const tr = applyH(toPx, SHEET_W_MM, 0);
  const bl = applyH(toPx, 0, SHEET_H_MM);
  const br = applyH(toPx, SHEET_W_MM, SHEET_H_MM);
  const len = (a: [number, number], b: [number, number]): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
  const longSidePx = (len(tl, bl) + len(tr, br)) / 2;
  const shortSidePx = (len(tl, tr) + len(bl, br)) / 2;
  const skewDeg = (Math.atan2(tr[1] - tl[1], tr[0] - tl[0]) * 180) / Math.PI;
  return {
    toPx,
    width,
    height,
    pxPerMm: (longSidePx / SHEET_H_MM + shortSidePx / SHEET_W_MM) / 2,
    dpi: Math.round(longSidePx / (SHEET_H_MM / 25.4)),
    skewDeg: Math.round(skewDeg * 100) / 100,
  };
}
