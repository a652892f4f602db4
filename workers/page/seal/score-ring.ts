import type { Ellipse } from './fit-ring.ts';
import type { RingEvidence } from './ring-evidence.ts';

/** Linear ramp: 0 at `lo`, 1 at `hi` (either order). */
export function ramp(v: number, lo: number, hi: number): number {
  const t = (v - lo) / (hi - lo);
  return t <= 0 ? 0 : t >= 1 ? 1 : t;
}

const MM_PER_IN = 25.4;

/**
 * How much a fitted ring with its evidence looks like a seal, 0..1.
 * Sizes (GA 241-2000 and common practice): round seals 38–45 mm, 专用章 up to 58 mm, ovals 40×30 / 45×30 mm.
 */
export function scoreRing(e: Ellipse, ev: RingEvidence, dpi: number): number {
  const major = (2 * e.a * MM_PER_IN) / dpi;
  const minor = (2 * e.b * MM_PER_IN) / dpi;
  // 30 mm floor: fingerprints are 15–25 mm and the ID-card emblem ~20 mm; 72 mm ceiling leaves room for
  // a 58 mm 合同专用章 scanned slightly enlarged
  const size = ramp(major, 28, 33) * ramp(major, 76, 70) * ramp(minor, 22, 26);
  // ovals are 0.67–0.75 (45×30, 40×30); below 0.55 the "ring" is more likely a bent line
  const shape = ramp(e.b / e.a, 0.5, 0.6);
  // drawn and scanned seal outlines fit within 2–4 % of the radius; text blocks and table corners do not
  const fit = ramp(e.residual, 0.12, 0.06);
  // a closed ring: faint or uneven seals still cover > 80 % of the angles after the 3×3 bridging
  const ring = ramp(ev.ringCoverage, 0.55, 0.85);
  // a half-seal at the page edge (骑缝章 slices, cropped scans) still shows ≥ 40 % of its ring
  const whole = ramp(ev.inPage, 0.3, 0.45);
  // hollow with something inside: seal interiors hold 8–35 % ink (text + star); a fingerprint or emblem
  // blob is > 50 %; a bare hand-drawn circle is < 2 %
  const hollow = ramp(ev.interiorDensity, 0.01, 0.04) * ramp(ev.interiorDensity, 0.55, 0.42);
  // ink arranged around the ring: the name arc covers 55–80 % of the angles, 专用章 bottom text adds more
  const text = ramp(ev.textCoverage, 0.2, 0.4);
  return size * shape * fit * ring * whole * hollow * text;
}
