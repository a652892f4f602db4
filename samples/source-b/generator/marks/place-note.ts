/** Draws the note (hand or stamp) and puts it where its plan says. */
import type { NotePlan } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type MmBox, type Pt, SHEET, bottomOf, overlapArea, rightOf, shift } from './geometry.ts';
import { inkColour, penInk, penTexture, stampInk, stampTexture } from './ink.ts';
import { SAFE, bestSpot, clampToSheet, scatter } from './layout.ts';
import { drawHandNote } from './note.ts';
import { type Scene, moveTo } from './scene.ts';
import { drawStampNote } from './stamp.ts';
import { MULTIPLY, esc, n } from './svg.ts';

export function placeNote(scene: Scene, plan: NotePlan, rng: RandomStream): void {
  const { frame } = scene;
  const table = frame.table;
  const roomRight = table ? SAFE.x + SAFE.w - rightOf(table) - 3 : 0;
  const besideTable = plan.placement === 'beside-table' && table !== null && roomRight >= 32;
  const maxWidth = besideTable ? roomRight : Math.min(frame.handler.w, SAFE.w) - 2;
  const hand = plan.form === 'handwritten';
  const colour = inkColour(hand ? penInk(plan.color) : stampInk(plan.color), rng);
  const written = hand ? drawHandNote(plan, colour, rng, scene.defs, maxWidth) : null;
  const drawn = written ?? drawStampNote(plan, colour, rng, scene.defs);
  const size = { w: drawn.box.w, h: drawn.box.h };

  let at: Pt;
  if (plan.placement === 'over-seal' && scene.seal) {
    // Written across the seal.
    const c = scene.seal.centre;
    at = { x: c.x - size.w / 2 + rng.between(-6, 6), y: c.y - size.h / 2 + rng.between(-5, 5) };
  } else if (besideTable && table) {
    at = { x: rightOf(table) + rng.between(1.5, 3), y: Math.max(table.y, bottomOf(table) - size.h - rng.between(0, 25)) };
  } else {
    const h = frame.handler;
    const area: MmBox =
      plan.placement === 'beside-table' ? { x: h.x + h.w * 0.4, y: h.y, w: h.w * 0.6, h: h.h } : { x: h.x, y: h.y, w: h.w, h: Math.min(h.h, size.h + 18) };
    // Handlers write near the left or the middle of the free space more often than at its far right.
    const cands = scatter(area, size, 8, rng).map((p, i) => (i < 5 && plan.placement !== 'beside-table' ? { x: area.x + (p.x - area.x) * 0.6, y: p.y } : p));
    at = bestSpot(size, cands, [...frame.tables.map((box) => ({ box, weight: 1 }))]);
  }
  let box = clampToSheet(shift(drawn.box, at.x - drawn.box.x, at.y - drawn.box.y));
  // Not on the printed table unless the note is meant to be over the seal (which may sit on it).
  if (plan.placement !== 'over-seal' && table && overlapArea(box, table) > 0) {
    const below = bottomOf(table) + 2;
    if (below + box.h <= SAFE.y + SAFE.h) box = { ...box, y: Math.max(box.y, below) };
  }
  box = { ...box, y: Math.min(box.y, SHEET.h - 4 - box.h) };
  const moved = moveTo(drawn.svg, drawn.box, box);
  const filter = written ? penTexture(scene.defs, rng, box, written.hand.wobble) : stampTexture(scene.defs, rng, box, rng.between(0.1, 0.5));
  const opacity = hand ? rng.between(0.88, 1) : rng.between(0.7, 0.95);
  scene.layers.push(
    `<g data-truth="note" data-text="${esc(drawn.text)}"${written ? ` data-hand="${plan.hand}"` : ''} style="${MULTIPLY};opacity:${n(opacity)}" filter="url(#${filter})">${moved.svg}</g>`,
  );
  scene.note = {
    box,
    lines: drawn.lines.map((l) => ({ box: shift(l.box, moved.dx, moved.dy), end: { x: l.end.x + moved.dx, y: l.end.y + moved.dy } })),
    hand: written ? written.hand : null,
    colour,
  };
  scene.placed.push(box);
}
