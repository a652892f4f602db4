/**
 * A pen stroke as a filled outline whose width follows the pen's pressure and speed: slow,
 * pressed parts are wide, fast sweeps thin out, and a stroke starts and ends narrower than it runs.
 * Filled outlines (not stroked lines) because the box the renderer reads back ignores stroke width.
 */
import type { Pt } from './geometry.ts';
import { n } from './svg.ts';

export interface PenPoint extends Pt {
  /** Pressure 0..1 at this point. */
  p: number;
}

/** Dense points along a Catmull-Rom spline through `via` (about `step` apart). */
export function spline(via: readonly Pt[], step: number): Pt[] {
  if (via.length < 2) return [...via];
  const out: Pt[] = [];
  for (let i = 0; i < via.length - 1; i++) {
    const p0 = via[Math.max(0, i - 1)]!;
    const p1 = via[i]!;
    const p2 = via[i + 1]!;
    const p3 = via[Math.min(via.length - 1, i + 2)]!;
    const len = Math.hypot(p2.x - p1.x, p2.y - p1.y);
    const m = Math.max(2, Math.ceil(len / step));
    for (let k = 0; k < m; k++) {
      const t = k / m;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number): number =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      out.push({ x: f(p0.x, p1.x, p2.x, p3.x), y: f(p0.y, p1.y, p2.y, p3.y) });
    }
  }
  out.push(via[via.length - 1]!);
  return out;
}

/**
 * Outline of one stroke: offset left and right by half the width at each point. `minW`..`maxW`
 * is the width range in mm; pressure and speed (point spacing) pick the width.
 */
export function penStroke(points: readonly PenPoint[], minW: number, maxW: number, fill: string): string {
  if (points.length < 2) return '';
  const gaps = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  const meanGap = gaps.reduce((a, b) => a + b, 0) / gaps.length || 1;
  const left: Pt[] = [];
  const right: Pt[] = [];
  const widths: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[Math.max(0, i - 1)]!;
    const b = points[Math.min(points.length - 1, i + 1)]!;
    let tx = b.x - a.x;
    let ty = b.y - a.y;
    const tl = Math.hypot(tx, ty) || 1;
    tx /= tl;
    ty /= tl;
    const speed = (gaps[Math.max(0, i - 1)]! + gaps[Math.min(gaps.length - 1, i)]!) / 2 / meanGap;
    const speedFactor = 1 / (0.75 + 0.25 * Math.min(2.5, speed));
    const w = Math.max(minW * 0.5, Math.min(maxW, (minW + (maxW - minW) * points[i]!.p) * speedFactor));
    widths.push(w);
    const p = points[i]!;
    left.push({ x: p.x - ty * (w / 2), y: p.y + tx * (w / 2) });
    right.push({ x: p.x + ty * (w / 2), y: p.y - tx * (w / 2) });
  }
  const ring = [...left, ...right.reverse()];
  const d = `M${ring.map((q) => `${n(q.x)} ${n(q.y)}`).join('L')}Z`;
  // Round ends as separate circles (a sub-path wound the other way would punch a hole).
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    `<path d="${d}" fill="${fill}"/>` +
    `<circle cx="${n(first.x)}" cy="${n(first.y)}" r="${n(widths[0]! / 2)}" fill="${fill}"/>` +
    `<circle cx="${n(last.x)}" cy="${n(last.y)}" r="${n(widths[widths.length - 1]! / 2)}" fill="${fill}"/>`
  );
}

/** Pressure along a stroke: lands light, runs with slow swells, lifts off (a flourish thins out). */
export function pressureCurve(count: number, swell: { f: number; phase: number }, tailThin: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const u = count > 1 ? i / (count - 1) : 0;
    const land = Math.min(1, 0.35 + u / 0.08);
    const lift = tailThin ? Math.min(1, 0.1 + (1 - u) / 0.35) : Math.min(1, 0.4 + (1 - u) / 0.06);
    const run = 0.72 + 0.28 * Math.sin(2 * Math.PI * (swell.f * u + swell.phase));
    out.push(Math.max(0, Math.min(1, land * lift * run)));
  }
  return out;
}
