import type { Component } from './label-components.ts';

/** A fitted ellipse (a circle when a = b). Angles in radians, image coordinates (y down). */
export interface Ellipse {
  cx: number;
  cy: number;
  /** semi-axes, a ≥ b */
  a: number;
  b: number;
  /** direction of the a axis */
  phi: number;
  /** RMS distance of the outline points from the fitted curve, relative to b */
  residual: number;
  /** outline points used in the fit */
  points: number;
}

/**
 * Outline points of a group: the first and last ink pixel (`mask`) of each row and column within the group's label. For a seal these
 * lie on the outer ring whatever its rotation; points on the page border are dropped because there the
 * seal is cut by the page edge, not bounded by its ring.
 */
export function outlinePoints(labels: Int32Array, mask: Uint8Array, w: number, h: number, c: Component): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  const keep = (x: number, y: number) => {
    if (x > 0 && y > 0 && x < w - 1 && y < h - 1) pts.push([x, y]);
  };
  for (let y = c.y0; y <= c.y1; y++) {
    const o = y * w;
    let first = -1, last = -1;
    for (let x = c.x0; x <= c.x1; x++) if (mask[o + x] && labels[o + x] === c.label) { if (first < 0) first = x; last = x; }
    if (first >= 0) { keep(first, y); if (last !== first) keep(last, y); }
  }
  for (let x = c.x0; x <= c.x1; x++) {
    let first = -1, last = -1;
    for (let y = c.y0; y <= c.y1; y++) if (mask[y * w + x] && labels[y * w + x] === c.label) { if (first < 0) first = y; last = y; }
    if (first >= 0) { keep(x, first); if (last !== first) keep(x, last); }
  }
  return pts;
}

/** Solves the small symmetric system M·x = v by Gaussian elimination with pivoting (null if singular). */
function solve(M: number[][], v: number[]): number[] | null {
  const n = v.length;
  const A = M.map((row, i) => [...row, v[i]!]);
  for (let i = 0; i < n; i++) {
    let p = i;
    for (let k = i + 1; k < n; k++) if (Math.abs(A[k]![i]!) > Math.abs(A[p]![i]!)) p = k;
    if (Math.abs(A[p]![i]!) < 1e-12) return null;
    [A[i], A[p]] = [A[p]!, A[i]!];
    for (let k = i + 1; k < n; k++) {
      const f = A[k]![i]! / A[i]![i]!;
      for (let j = i; j <= n; j++) A[k]![j]! -= f * A[i]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = A[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= A[i]![j]! * x[j]!;
    x[i] = s / A[i]![i]!;
  }
  return x;
}

function leastSquares(rows: number[][], rhs: number[]): number[] | null {
  const n = rows[0]!.length;
  const M = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const v = new Array<number>(n).fill(0);
  rows.forEach((r, k) => {
    for (let i = 0; i < n; i++) {
      v[i]! += r[i]! * rhs[k]!;
      for (let j = 0; j < n; j++) M[i]![j]! += r[i]! * r[j]!;
    }
  });
  return solve(M, v);
}

/** Kåsa algebraic circle fit. */
export function fitCircle(pts: Array<[number, number]>): Ellipse | null {
  if (pts.length < 8) return null;
  const s = leastSquares(pts.map(([x, y]) => [x, y, 1]), pts.map(([x, y]) => -(x * x + y * y)));
  if (!s) return null;
  const cx = -s[0]! / 2, cy = -s[1]! / 2;
  const r2 = cx * cx + cy * cy - s[2]!;
  if (!(r2 > 0)) return null;
  const r = Math.sqrt(r2);
  let e = 0;
  for (const [x, y] of pts) e += (Math.hypot(x - cx, y - cy) - r) ** 2;
  return { cx, cy, a: r, b: r, phi: 0, residual: Math.sqrt(e / pts.length) / r, points: pts.length };
}

/** Normalised radius of a point: 1 on the ellipse, < 1 inside. */
export function ellipseRadius(e: Ellipse, x: number, y: number): number {
  const dx = x - e.cx, dy = y - e.cy;
  const c = Math.cos(e.phi), s = Math.sin(e.phi);
  const u = (dx * c + dy * s) / e.a, v = (-dx * s + dy * c) / e.b;
  return Math.hypot(u, v);
}

/** General conic fit (Ax²+Bxy+Cy²+Dx+Ey = 1 about the points' mean), accepted only when it is an ellipse. */
export function fitEllipse(pts: Array<[number, number]>): Ellipse | null {
  if (pts.length < 12) return null;
  let mx = 0, my = 0;
  for (const [x, y] of pts) { mx += x; my += y; }
  mx /= pts.length; my /= pts.length;
  const sc = pts.reduce((m, [x, y]) => Math.max(m, Math.abs(x - mx), Math.abs(y - my)), 1);
  const rows = pts.map(([x, y]) => {
    const u = (x - mx) / sc, v = (y - my) / sc;
    return [u * u, u * v, v * v, u, v];
  });
  const p = leastSquares(rows, rows.map(() => 1));
  if (!p) return null;
  const [A, B, C, D, E] = p as [number, number, number, number, number];
  const det = 4 * A * C - B * B;
  if (!(det > 0)) return null;
  const u0 = (B * E - 2 * C * D) / det, v0 = (B * D - 2 * A * E) / det;
  // value of the form at the centre: the ellipse is  Q(u−u0) = 1 − F0  with F0 = A u0² + … (moved to the right side)
  const k = 1 + (A * u0 * u0 + B * u0 * v0 + C * v0 * v0);
  if (!(k > 0)) return null;
  const tr = A + C, diff = Math.sqrt((A - C) ** 2 + B * B);
  const l1 = (tr - diff) / 2, l2 = (tr + diff) / 2; // l1 ≤ l2 → l1 gives the long axis
  if (!(l1 > 0)) return null;
  const a = Math.sqrt(k / l1) * sc, b = Math.sqrt(k / l2) * sc;
  const phi = 0.5 * Math.atan2(B, A - C) + Math.PI / 2;
  const out: Ellipse = { cx: u0 * sc + mx, cy: v0 * sc + my, a, b, phi, residual: 0, points: pts.length };
  let e = 0;
  for (const [x, y] of pts) e += ((ellipseRadius(out, x, y) - 1) * b) ** 2;
  out.residual = Math.sqrt(e / pts.length) / b;
  return out;
}

/** Fit, drop outliers (red marks touching the ring, e.g. a table rule), fit again. */
export function fitRobust(pts: Array<[number, number]>, fit: (p: Array<[number, number]>) => Ellipse | null): Ellipse | null {
  let cur = fit(pts);
  for (let it = 0; it < 2 && cur; it++) {
    const e = cur;
    // 8 % of the radius: the ring's own outline wobbles 2–3 % on drawn and scanned seals at 75 dpi
    const kept = pts.filter(([x, y]) => Math.abs(ellipseRadius(e, x, y) - 1) < Math.max(0.08, 2.5 * e.residual));
    if (kept.length === pts.length || kept.length < pts.length * 0.5) break;
    cur = fit(kept);
    if (cur) cur.points = kept.length;
  }
  return cur;
}
