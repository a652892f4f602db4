/**
 * Plain 2-D helpers for the marks model: boxes on the sheet (mm, origin top-left), points,
 * and half-plane clipping (used to cut the uninked part out of a seal without hiding it behind a
 * mask, so the truth box read back from the SVG stays the box of the visible ink).
 */
import type { MmBox } from '../content.ts';

export type { MmBox };

export interface Pt {
  x: number;
  y: number;
}

/** A4 in mm. */
export const SHEET = { w: 210, h: 297 } as const;

export const rightOf = (b: MmBox): number => b.x + b.w;
export const bottomOf = (b: MmBox): number => b.y + b.h;
export const centreOf = (b: MmBox): Pt => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

export function union(boxes: readonly (MmBox | null | undefined)[]): MmBox | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    if (!b) continue;
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export function boxOfPoints(points: readonly Pt[]): MmBox {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export function inflate(b: MmBox, d: number): MmBox {
  return { x: b.x - d, y: b.y - d, w: b.w + 2 * d, h: b.h + 2 * d };
}

export function shift(b: MmBox, dx: number, dy: number): MmBox {
  return { x: b.x + dx, y: b.y + dy, w: b.w, h: b.h };
}

export function overlapArea(a: MmBox, b: MmBox): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Box clipped to the sheet (null when nothing is left). */
export function onSheet(b: MmBox): MmBox | null {
  const x0 = Math.max(0, b.x);
  const y0 = Math.max(0, b.y);
  const x1 = Math.min(SHEET.w, b.x + b.w);
  const y1 = Math.min(SHEET.h, b.y + b.h);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}

/** Shift a box the least so it lies inside `area` (when it fits). */
export function keepInside(b: MmBox, area: MmBox): { dx: number; dy: number } {
  let dx = 0;
  let dy = 0;
  if (b.x < area.x) dx = area.x - b.x;
  else if (b.x + b.w > area.x + area.w) dx = Math.max(area.x - b.x, area.x + area.w - (b.x + b.w));
  if (b.y < area.y) dy = area.y - b.y;
  else if (b.y + b.h > area.y + area.h) dy = Math.max(area.y - b.y, area.y + area.h - (b.y + b.h));
  return { dx, dy };
}

export function rotate(p: Pt, deg: number, c: Pt = { x: 0, y: 0 }): Pt {
  const a = (deg * Math.PI) / 180;
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  return { x: c.x + dx * Math.cos(a) - dy * Math.sin(a), y: c.y + dx * Math.sin(a) + dy * Math.cos(a) };
}

/**
 * Sutherland–Hodgman against one half-plane: keeps the part of `poly` where n·p <= d.
 * Works for any subject polygon (a concave star too) because the clip region is convex.
 */
export function clipHalfPlane(poly: readonly Pt[], n: Pt, d: number): Pt[] {
  const out: Pt[] = [];
  const side = (p: Pt): number => p.x * n.x + p.y * n.y - d;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    const sa = side(a);
    const sb = side(b);
    if (sa <= 0) out.push(a);
    if (sa <= 0 !== sb <= 0) {
      const t = sa / (sa - sb);
      out.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
    }
  }
  return out;
}

/** Point on an ellipse (semi-axes a, b), angle measured clockwise from straight up. */
export function ellipsePoint(a: number, b: number, degFromTop: number): Pt {
  const t = (degFromTop * Math.PI) / 180;
  return { x: a * Math.sin(t), y: -b * Math.cos(t) };
}

/** Ellipse as a polygon, `step` degrees apart. */
export function ellipsePolygon(a: number, b: number, step = 2): Pt[] {
  const out: Pt[] = [];
  for (let deg = 0; deg < 360; deg += step) out.push(ellipsePoint(a, b, deg));
  return out;
}
