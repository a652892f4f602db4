/**
 * A seal's outline as an ellipse (a circle for round seals): its size and turn, how far it reaches
 * in a direction, and where to put its centre so a given share of it hangs off the sheet.
 */
import type { SealPlan } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type Pt, SHEET } from './geometry.ts';

export interface SealOutline {
  /** Semi-axes in mm (a horizontal before turning). */
  a: number;
  b: number;
  /** Turn in degrees (clockwise). */
  rot: number;
}

export function sealOutline(plan: SealPlan, rng: RandomStream): SealOutline {
  const d = Math.min(46, Math.max(30, plan.diameterMm));
  const rot = rng.between(-30, 30);
  if (plan.shape === 'oval') return { a: d / 2, b: (d * 0.75) / 2, rot };
  return { a: d / 2, b: d / 2, rot };
}

/** Distance from the centre to the outline's support line in unit direction `u`. */
export function reach(s: SealOutline, u: Pt): number {
  const r = (s.rot * Math.PI) / 180;
  const along = u.x * Math.cos(r) + u.y * Math.sin(r);
  const across = -u.x * Math.sin(r) + u.y * Math.cos(r);
  return Math.hypot(s.a * along, s.b * across);
}

/**
 * Share of a unit disc beyond a chord at distance d from the centre (d in -1..1). An ellipse cut
 * by a line is an affine image of a disc cut by a line, so the same share holds with d measured
 * against the ellipse's reach in that direction.
 */
export function segmentShare(d: number): number {
  const c = Math.max(-1, Math.min(1, d));
  return (Math.acos(c) - c * Math.sqrt(1 - c * c)) / Math.PI;
}

/** The chord distance whose segment has the given share. */
export function chordFor(share: number): number {
  let lo = -1;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (segmentShare(mid) > share) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Moves the centre toward the nearest sheet edge until `share` of the seal lies beyond it. */
export function hangOff(s: SealOutline, centre: Pt, share: number): Pt {
  const edges = [
    { u: { x: -1, y: 0 }, dist: centre.x },
    { u: { x: 1, y: 0 }, dist: SHEET.w - centre.x },
    { u: { x: 0, y: -1 }, dist: centre.y },
    { u: { x: 0, y: 1 }, dist: SHEET.h - centre.y },
  ];
  edges.sort((p, q) => p.dist - q.dist);
  const { u } = edges[0]!;
  const want = chordFor(share) * reach(s, u);
  if (u.x < 0) return { x: want, y: centre.y };
  if (u.x > 0) return { x: SHEET.w - want, y: centre.y };
  if (u.y < 0) return { x: centre.x, y: want };
  return { x: centre.x, y: SHEET.h - want };
}
