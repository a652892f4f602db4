/** Draws the handler's signature and puts it where its plan says (falling back when it cannot). */
import type { SignaturePlan } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type MmBox, type Pt, bottomOf, centreOf, rightOf, rotate } from './geometry.ts';
import { inkColour, penTexture } from './ink.ts';
import { SAFE, bestSpot, clampToSheet, scatter } from './layout.ts';
import { reach } from './seal-shape.ts';
import { type Scene, moveTo } from './scene.ts';
import { drawSignature } from './signature.ts';
import { MULTIPLY, n } from './svg.ts';

type Where = SignaturePlan['placement'];

function target(scene: Scene, where: Where, size: { w: number; h: number }, rng: RandomStream): Pt | null {
  const { note, seal, frame } = scene;
  const fits = (p: Pt): boolean => p.x >= SAFE.x && p.x + size.w <= SAFE.x + SAFE.w && p.y + size.h <= SAFE.y + SAFE.h;
  switch (where) {
    case 'after-handler-label': {
      const l = frame.label;
      if (!l) return null;
      // Written on the label's line: the signature sits on (and dips a little below) its baseline.
      const p = { x: rightOf(l) + rng.between(0.8, 3), y: bottomOf(l) + rng.between(-0.5, 2.5) - size.h };
      return fits(p) ? p : null;
    }
    case 'beside-note': {
      if (!note) return null;
      const last = note.lines[note.lines.length - 1]!;
      const p = { x: rightOf(note.box) + rng.between(3, 9), y: centreOf(last.box).y - size.h / 2 + rng.between(-2, 2) };
      return fits(p) ? p : null;
    }
    case 'under-note': {
      if (!note) return null;
      const p = { x: note.box.x + rng.float() * Math.max(0, note.box.w - size.w), y: bottomOf(note.box) + rng.between(1.5, 4) };
      return fits(p) ? p : null;
    }
    case 'after-note': {
      if (!note) return null;
      const end = note.lines[note.lines.length - 1]!.end;
      const p = { x: end.x + rng.between(1, 3), y: end.y + rng.between(0, 2) - size.h };
      return fits(p) ? p : null;
    }
    case 'touching-seal': {
      if (!seal) return null;
      // Across the ring, lower right or lower left first, so the strokes cross the ring.
      for (const deg of [rng.between(110, 160), rng.between(200, 250), rng.between(60, 100), rng.between(260, 300)]) {
        const dir = rotate({ x: 0, y: -1 }, deg);
        const r = reach(seal.outline, dir);
        const on = { x: seal.centre.x + dir.x * r, y: seal.centre.y + dir.y * r };
        const p = { x: on.x - size.w * rng.between(0.3, 0.7), y: on.y - size.h * rng.between(0.3, 0.7) };
        if (fits(p)) return p;
      }
      return null;
    }
  }
}

export function placeSignature(scene: Scene, plan: SignaturePlan, rng: RandomStream): void {
  const colour = inkColour(plan.color === 'blue' ? 'pen-blue' : 'pen-black', rng);
  const drawn = drawSignature(plan, colour, rng, scene.defs);
  const size = { w: drawn.box.w, h: drawn.box.h };
  // The plan's place, then the usual fallbacks (no label, no room, no seal).
  const order: Where[] = [plan.placement, 'beside-note', 'after-note', 'under-note'];
  let at: Pt | null = null;
  for (const where of order) {
    at = target(scene, where, size, rng);
    if (at) break;
  }
  if (!at) {
    const h = scene.frame.handler;
    const area: MmBox = { x: h.x + h.w * 0.45, y: h.y, w: h.w * 0.55, h: h.h };
    at = bestSpot(size, scatter(area, size, 8, rng), scene.placed.map((box) => ({ box, weight: 1 })));
  }
  const box = clampToSheet({ x: at.x, y: at.y, w: size.w, h: size.h });
  const moved = moveTo(drawn.svg, drawn.box, box);
  const filter = penTexture(scene.defs, rng, box, rng.between(0.05, 0.15));
  scene.layers.push(`<g data-truth="signature" style="${MULTIPLY};opacity:${n(rng.between(0.88, 1))}" filter="url(#${filter})">${moved.svg}</g>`);
  scene.signature = box;
  scene.placed.push(box);
}
