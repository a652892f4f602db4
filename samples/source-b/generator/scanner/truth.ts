import type { Box } from '../../../../rules/contract/index.ts';
import type { Degradation } from '../../../generator/truth.ts';
import type { MmBox } from '../content.ts';
import { applyH } from './homography.ts';
import { SHEET_H_MM, SHEET_W_MM, type Layout } from './layout.ts';
import type { Capture, ScanPlan, ScanTruth } from './plan.ts';

const CAPTURE_DEGRADATION: Record<Capture, Degradation> = {
  autocrop: 'autocrop',
  'bed-light': 'bed_light',
  'bed-dark': 'dark_border',
  phone: 'phone_photo',
};

/** Maps sheet boxes into the final image through the layout (plus the copy's content shift). */
export function boxMapper(layout: Layout, shiftMm: [number, number]): { mapBox(box: MmBox): Box | null; visibleFraction(box: MmBox): number } {
  const { toPx, width, height } = layout;
  const at = (x: number, y: number): [number, number] => applyH(toPx, x + shiftMm[0], y + shiftMm[1]);
  return {
    mapBox(box) {
      const pts: [number, number][] = [];
      for (const fx of [0, 0.5, 1]) for (const fy of [0, 0.5, 1]) if (fx !== 0.5 || fy !== 0.5) pts.push(at(box.x + fx * box.w, box.y + fy * box.h));
      const x0 = Math.max(0, Math.min(...pts.map((p) => p[0])));
      const y0 = Math.max(0, Math.min(...pts.map((p) => p[1])));
      const x1 = Math.min(width, Math.max(...pts.map((p) => p[0])));
      const y1 = Math.min(height, Math.max(...pts.map((p) => p[1])));
      if (x1 <= x0 || y1 <= y0) return null;
      const x = Math.floor(x0);
      const y = Math.floor(y0);
      return { x, y, w: Math.ceil(x1) - x, h: Math.ceil(y1) - y };
    },
    visibleFraction(box) {
      const n = 24;
      let inside = 0;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const [px, py] = at(box.x + ((i + 0.5) / n) * box.w, box.y + ((j + 0.5) / n) * box.h);
          if (px >= 0 && px < width && py >= 0 && py < height) inside++;
        }
      }
      return inside / (n * n);
    },
  };
}

export interface AppliedEffects {
  blurSigmaMm: number | null;
  smearMm: number | null;
}

export function scanTruth(plan: ScanPlan, layout: Layout, applied: AppliedEffects): ScanTruth {
  const degradations: Degradation[] = [CAPTURE_DEGRADATION[plan.capture]];
  for (const d of plan.defects) if (!degradations.includes(d)) degradations.push(d);
  const cut = Object.values(plan.cutMm).some((c) => c > 0);
  if (Math.abs(layout.skewDeg) >= 3) degradations.push('skew');
  // The planner cuts 8–30 mm, which always slices printed content.
  if (cut) degradations.push('edge_cut');
  const unclear =
    (applied.blurSigmaMm !== null && applied.blurSigmaMm >= 0.3) ||
    (applied.smearMm !== null && applied.smearMm >= 1.2) ||
    plan.defects.includes('low_dpi') ||
    plan.defects.includes('heavy_jpeg');
  // Autocrop trims up to 2 mm of blank margin; that is the software's crop, not a cut page.
  const sheetLost = boxMapper(layout, [0, 0]).visibleFraction({ x: 0, y: 0, w: SHEET_W_MM, h: SHEET_H_MM }) < 0.999;
  return {
    degradations,
    clarityOk: !unclear,
    edgesOk: !cut && Math.abs(layout.skewDeg) < 3 && plan.capture !== 'phone',
    skewDeg: layout.skewDeg,
    cropped: cut || (plan.capture !== 'autocrop' && sheetLost),
  };
}
