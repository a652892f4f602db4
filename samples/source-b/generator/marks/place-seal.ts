/** Where the seal goes, from its plan's placement and what is already on the page. */
import type { SealPlan } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type Pt, SHEET, bottomOf, centreOf, rightOf } from './geometry.ts';
import { SAFE } from './layout.ts';
import { drawSeal } from './seal.ts';
import { hangOff, reach, sealOutline } from './seal-shape.ts';
import type { Scene } from './scene.ts';

export function placeSeal(scene: Scene, plan: SealPlan, rng: RandomStream, overNote: boolean): void {
  const outline = sealOutline(plan, rng);
  const { frame, note } = scene;
  const rx = reach(outline, { x: 1, y: 0 });
  const ry = reach(outline, { x: 0, y: 1 });
  const h = frame.handler;
  const inHandler = (): Pt => ({ x: h.x + h.w * rng.between(0.55, 0.85), y: h.y + Math.min(h.h, 2 * ry) * rng.between(0.4, 0.6) });
  let c: Pt;
  if (overNote && note) {
    // Pressed over the note it certifies.
    const nc = centreOf(note.box);
    c = { x: nc.x + rng.between(-0.3, 0.3) * note.box.w, y: nc.y + rng.between(-4, 4) };
  } else if (plan.placement === 'over-table' && frame.table) {
    const t = frame.table;
    c = { x: rightOf(t) - rx * rng.between(0.6, 1.8), y: bottomOf(t) - ry * rng.between(-0.2, 0.9) };
  } else if (plan.placement === 'beside-note' && note) {
    c = { x: rightOf(note.box) + rx * rng.between(0.1, 0.8), y: centreOf(note.box).y + rng.between(-6, 6) };
    if (c.x + rx > SAFE.x + SAFE.w) c.x = rightOf(note.box) - rx * rng.between(0.3, 1);
  } else if (plan.placement === 'seal-zone' && frame.sealZone) {
    const z = frame.sealZone;
    c = { x: z.x + z.w * rng.between(0.45, 0.9), y: z.y + z.h / 2 + rng.between(-6, 6) };
  } else if (plan.placement === 'page-bottom') {
    // The lower part of the sheet, over whatever is printed there.
    c = { x: rng.between(105, 165), y: rng.between(SHEET.h - 78, SHEET.h - 22 - ry) };
  } else {
    c = inHandler();
  }
  // Whole on the sheet unless it is meant to hang off.
  c = {
    x: Math.min(SAFE.x + SAFE.w - rx, Math.max(SAFE.x + rx, c.x)),
    y: Math.min(SAFE.y + SAFE.h - ry, Math.max(SAFE.y + ry, c.y)),
  };
  if (plan.offSheet > 0) c = hangOff(outline, c, Math.min(0.95, plan.offSheet));
  const drawn = drawSeal(plan, outline, c, rng, scene.defs);
  scene.layers.push(drawn.svg);
  scene.seal = { box: drawn.box, centre: c, outline };
  scene.placed.push(drawn.box);
}
