import { fitCircle, type Ellipse } from './fit-ring.ts';

const MM_PER_IN = 25.4;

/**
 * Circles in the outline of one red group that holds more than one ring: two seals stamped over each
 * other (the employer's seal overlapping the tax bureau's printed 业务专用章 at the foot of a 纳税记录 —
 * three clean tax records of source A's tune split were missed because one circle cannot fit the pair), or a seal touching
 * a red box. The outline (first / last ink of each row and column) of overlapping rings is made of
 * arcs of each, so RANSAC finds them one after the other. Deterministic (seeded sampling).
 */
export function findTouchingRings(pts: Array<[number, number]>, dpi: number, maxRings = 3): Ellipse[] {
  const pxPerMm = dpi / MM_PER_IN;
  // radius 12–36 mm: round seals are 38–58 mm across (GA 241-2000 公章 sizes; 专用章 smaller), with room for a small 24 mm stamp
  const rMin = 12 * pxPerMm, rMax = 36 * pxPerMm;
  const out: Ellipse[] = [];
  let rest = pts;
  let seed = 0x9e3779b9;
  const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let k = 0; k < maxRings && rest.length >= 24; k++) {
    let best: { cx: number; cy: number; r: number; n: number } | null = null;
    // 400 draws: with ≥ 30 % of the outline on one ring, P(no all-inlier triple) = 0.973^400 ≈ 2e-5
    for (let it = 0; it < 400; it++) {
      const a = rest[(rnd() * rest.length) | 0]!, b = rest[(rnd() * rest.length) | 0]!, c = rest[(rnd() * rest.length) | 0]!;
      const circ = circleThrough(a, b, c);
      if (!circ || circ.r < rMin || circ.r > rMax) continue;
      // 1.2 mm or 4 % of the radius: the ring outline wobbles 2–3 % at 75 dpi (fit-ring.ts)
      const tol = Math.max(1.2 * pxPerMm, 0.04 * circ.r);
      let n = 0;
      for (const [x, y] of rest) if (Math.abs(Math.hypot(x - circ.cx, y - circ.cy) - circ.r) < tol) n++;
      if (!best || n > best.n) best = { ...circ, n };
    }
    // a lone ring gives ≈ 8r outline points (first and last of 2r rows and 2r columns); one of two
    // overlapping rings still keeps about half of them; 2r (a quarter) rejects triples on text or rules
    if (!best || best.n < 2 * best.r) break;
    const tol = Math.max(1.2 * pxPerMm, 0.04 * best.r);
    const on = rest.filter(([x, y]) => Math.abs(Math.hypot(x - best!.cx, y - best!.cy) - best!.r) < tol);
    const refit = fitCircle(on);
    if (refit) out.push(refit);
    rest = rest.filter(([x, y]) => Math.abs(Math.hypot(x - best!.cx, y - best!.cy) - best!.r) >= tol * 1.5);
  }
  return out;
}

function circleThrough(p: [number, number], q: [number, number], s: [number, number]): { cx: number; cy: number; r: number } | null {
  const [ax, ay] = p, [bx, by] = q, [cx, cy] = s;
  const d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by));
  if (Math.abs(d) < 1e-6) return null;
  const a2 = ax * ax + ay * ay, b2 = bx * bx + by * by, c2 = cx * cx + cy * cy;
  const ux = (a2 * (by - cy) + b2 * (cy - ay) + c2 * (ay - by)) / d;
  const uy = (a2 * (cx - bx) + b2 * (ax - cx) + c2 * (bx - ax)) / d;
  return { cx: ux, cy: uy, r: Math.hypot(ax - ux, ay - uy) };
}

/**
 * Share of 36 angle bins (10° each) around a circle that hold an outline point on it. A ring's own arcs
 * spread round the circle; a circle fitted to straight edges (inscribed in a red table grid) only
 * touches them near its tangent points, ±16° each at the RANSAC tolerance.
 */
export function outlineArcShare(pts: Array<[number, number]>, e: Ellipse, dpi: number): number {
  const tol = Math.max(1.2 * (dpi / MM_PER_IN), 0.04 * e.a);
  const bins = new Uint8Array(36);
  for (const [x, y] of pts) {
    if (Math.abs(Math.hypot(x - e.cx, y - e.cy) - e.a) >= tol) continue;
    bins[Math.min(35, Math.floor(((Math.atan2(y - e.cy, x - e.cx) + Math.PI) / (2 * Math.PI)) * 36))] = 1;
  }
  return bins.reduce((s, v) => s + v, 0) / 36;
}
