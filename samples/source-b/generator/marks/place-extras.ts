/** Writing that is not the note (a remark, a date) and red lookalikes, put in free spots. */
import type { MarksPlan } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type MmBox, type Pt, bottomOf, centreOf, inflate, rightOf } from './geometry.ts';
import { NOTE_HANDS, sampleHand, writeLine } from './hands.ts';
import { inkColour, penTexture, stampTexture } from './ink.ts';
import { SAFE, bestSpot, scatter } from './layout.ts';
import { drawFingerprint, drawLogo, drawRedRemark } from './lookalikes.ts';
import { type Scene, moveTo } from './scene.ts';
import type { Drawn } from './signature.ts';
import { MULTIPLY, esc, n } from './svg.ts';

/** A date as people write it: 2021.8.20 or 2021年8月20日 (ISO input); other text unchanged. */
export function writtenDate(text: string, rng: RandomStream): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  return rng.yes(0.5) ? `${y}.${mo}.${d}` : `${y}年${mo}月${d}日`;
}

function obstacles(scene: Scene, noteWeight: number): { box: MmBox; weight: number }[] {
  const out = scene.placed.map((box) => ({ box: inflate(box, 1.5), weight: 1 }));
  if (scene.note) out.push({ box: inflate(scene.note.box, 2), weight: noteWeight });
  for (const t of scene.frame.tables) out.push({ box: t, weight: 0.3 });
  return out;
}

export function placeOtherWriting(scene: Scene, items: MarksPlan['otherWriting'], rng: RandomStream): void {
  for (const [i, item] of items.entries()) {
    const r = rng.child(`other-${i}`);
    const text = writtenDate(item.text, r);
    const note = scene.note;
    // The note's writer, in the note's ink; with a stamped or no note, a pen of the note's colour.
    const hand = note?.hand ?? sampleHand(NOTE_HANDS[r.oneOf(['neat', 'fast', 'round'] as const)], r);
    const colour = note?.hand ? note.colour : inkColour(r.yes(0.7) ? 'pen-blue' : 'pen-black', r);
    const line = writeLine(hand, text, { x: 0, y: 0 }, colour, r, scene.defs);
    const size = { w: line.box.w, h: line.box.h };
    const anchor = note?.box ?? scene.signature ?? scene.frame.handler;
    const cands: Pt[] = [
      { x: anchor.x + r.between(0, 10), y: bottomOf(anchor) + r.between(2, 5) },
      { x: rightOf(anchor) - size.w - r.between(0, 8), y: bottomOf(anchor) + r.between(2, 5) },
      { x: anchor.x + r.between(0, 6), y: anchor.y - size.h - r.between(2, 5) },
      { x: rightOf(anchor) + r.between(3, 8), y: anchor.y + r.between(0, 4) },
      ...scatter(scene.frame.handler, size, 6, r),
    ];
    // Near the note: a far spot costs like a few mm² of overlap per mm.
    const box = bestSpot(size, cands, obstacles(scene, 50), { at: centreOf(anchor), weight: 3 });
    const moved = moveTo(line.svg, line.box, box);
    const filter = penTexture(scene.defs, r, box, hand.wobble);
    scene.layers.push(
      `<g data-truth="other-writing" data-text="${esc(text)}" data-source="${esc(item.text)}" style="${MULTIPLY}" filter="url(#${filter})">${moved.svg}</g>`,
    );
    scene.placed.push(box);
  }
}

export function placeLookalikes(scene: Scene, kinds: MarksPlan['lookalikes'], rng: RandomStream): void {
  for (const [i, kind] of kinds.entries()) {
    const r = rng.child(`lookalike-${i}`);
    const colour = inkColour(kind === 'red_handwriting' ? 'pen-red' : 'seal', r);
    let drawn: Drawn & { text?: string };
    let cands: Pt[];
    const { content, handler } = scene.frame;
    if (kind === 'fingerprint') {
      drawn = drawFingerprint(colour, r);
      // Pressed next to the signature, as with 按手印.
      const s = scene.signature ?? scene.note?.box ?? handler;
      cands = [
        { x: rightOf(s) + r.between(2, 6), y: s.y - r.between(0, 6) },
        { x: s.x - drawn.box.w - r.between(2, 6), y: s.y - r.between(0, 6) },
        ...scatter(handler, drawn.box, 6, r),
      ];
    } else if (kind === 'red_logo') {
      drawn = drawLogo(colour, r, scene.defs);
      // Letterhead corner: in the top margin (printed logos sit above the text, at worst touching it).
      const y = Math.max(SAFE.y, content.y - drawn.box.h - 2);
      cands = [
        { x: content.x, y },
        { x: rightOf(content) - drawn.box.w, y },
      ];
    } else {
      drawn = drawRedRemark(colour, r, scene.defs);
      cands = [
        { x: rightOf(content) - drawn.box.w - r.between(0, 20), y: Math.max(SAFE.y, content.y - drawn.box.h - 2) },
        ...scatter(handler, drawn.box, 6, r),
        { x: content.x + r.between(0, 40), y: Math.max(SAFE.y, content.y - drawn.box.h - 2) },
      ];
    }
    const box = bestSpot(drawn.box, cands, obstacles(scene, 10));
    const moved = moveTo(drawn.svg, drawn.box, box);
    const filter = kind === 'red_handwriting' ? penTexture(scene.defs, r, box, 0.3) : stampTexture(scene.defs, r, box, kind === 'fingerprint' ? 0.7 : 0.1);
    const text = drawn.text ? ` data-text="${esc(drawn.text)}"` : '';
    scene.layers.push(
      `<g data-truth="lookalike" data-type="${kind}"${text} style="${MULTIPLY};opacity:${n(r.between(0.75, 0.95))}" filter="url(#${filter})">${moved.svg}</g>`,
    );
    scene.placed.push(box);
  }
}
