/**
 * What has been placed on the page so far, so later marks can be put relative to it (a signature
 * after the note, a seal over it) or away from it (a date near the note but not on it).
 */
import type { MmBox, Pt } from './geometry.ts';
import type { Hand } from './hands.ts';
import type { PageFrame } from './layout.ts';
import type { SealOutline } from './seal-shape.ts';
import type { Defs } from './svg.ts';

export interface PlacedNote {
  box: MmBox;
  lines: { box: MmBox; end: Pt }[];
  /** The hand and ink later writing by the same person reuses (null for a stamped note). */
  hand: Hand | null;
  colour: string;
}

export interface PlacedSeal {
  box: MmBox;
  centre: Pt;
  outline: SealOutline;
}

export interface Scene {
  frame: PageFrame;
  defs: Defs;
  note: PlacedNote | null;
  seal: PlacedSeal | null;
  signature: MmBox | null;
  /** Boxes of everything placed, for the free-spot search. */
  placed: MmBox[];
  /** SVG fragments in drawing order. */
  layers: string[];
}

/** Translates a fragment drawn around the origin so its box lands at `to` (top-left). */
export function moveTo(svg: string, from: MmBox, to: Pt): { svg: string; dx: number; dy: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  return { svg: `<g transform="translate(${dx.toFixed(2)} ${dy.toFixed(2)})">${svg}</g>`, dx, dy };
}
