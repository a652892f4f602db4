/**
 * Signatures. Scribbles, loops and initials come from a stroke model (via points joined by a
 * spline, pen lifts between parts, pressure and speed setting the width, a final flourish); the
 * name styles write the name in a hand font, the cursive one joined by connecting strokes.
 * Drawn around the local origin; the caller places the result.
 */
import type { SignaturePlan } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type MmBox, type Pt, boxOfPoints, inflate, union } from './geometry.ts';
import { type HandStyle, NOTE_HANDS, EXTRA_HANDS, sampleHand, writeLine } from './hands.ts';
import { type PenPoint, penStroke, pressureCurve, spline } from './pen.ts';
import type { Defs } from './svg.ts';

export interface Drawn {
  svg: string;
  box: MmBox;
}

type Stroke = Pt[];

/** Pieces a fast cursive hand strings together (unit height, y down), starting at `o`. */
function piece(kind: number, o: Pt, rng: RandomStream): Pt[] {
  const j = (v: number): number => v + rng.between(-0.06, 0.06);
  switch (kind) {
    case 0: // a horizontal dash, rising slightly
      return [o, { x: j(o.x + 0.45), y: j(o.y - 0.06) }];
    case 1: // a downstroke with a small hook back up
      return [o, { x: j(o.x + 0.05), y: j(o.y + 0.55) }, { x: j(o.x - 0.08), y: j(o.y + 0.45) }];
    case 2: // a small loop
      return [o, { x: j(o.x + 0.2), y: j(o.y - 0.2) }, { x: j(o.x + 0.05), y: j(o.y - 0.32) }, { x: j(o.x - 0.05), y: j(o.y - 0.1) }, { x: j(o.x + 0.3), y: j(o.y + 0.05) }];
    case 3: // a diagonal sweep down right
      return [o, { x: j(o.x + 0.3), y: j(o.y + 0.35) }, { x: j(o.x + 0.55), y: j(o.y + 0.45) }];
    default: // a zig (two quick turns)
      return [o, { x: j(o.x + 0.15), y: j(o.y - 0.3) }, { x: j(o.x + 0.25), y: j(o.y + 0.2) }, { x: j(o.x + 0.4), y: j(o.y - 0.1) }];
  }
}

/** A fast cursive of 2–3 characters: per character a few pieces joined by the pen's travel. */
function scribbleStrokes(rng: RandomStream): Stroke[] {
  const strokes: Stroke[] = [];
  let current: Pt[] = [];
  const chars = rng.integer(2, 3);
  for (let c = 0; c < chars; c++) {
    const x0 = c * rng.between(0.7, 0.95);
    const pieces = rng.integer(3, 5);
    for (let i = 0; i < pieces; i++) {
      const o = { x: x0 + rng.between(0, 0.5), y: rng.between(0.15, 0.7) * (c === 0 ? 1.1 : 1) };
      current.push(...piece(rng.integer(0, 4), o, rng));
    }
    if (c < chars - 1 && rng.yes(0.45)) {
      strokes.push(current);
      current = [];
    }
  }
  strokes.push(current);
  return strokes.map((s) => spline(s, 0.015));
}

/** Running loops of uneven size after a tall first letter, like a fast Latin-script name. */
function loopStrokes(rng: RandomStream): Stroke[] {
  const via: Pt[] = [{ x: -0.1, y: rng.between(0.05, 0.2) }, { x: 0.05, y: 1 }, { x: 0.2, y: rng.between(0.55, 0.75) }];
  let x = 0.25;
  const loops = rng.integer(3, 6);
  for (let i = 0; i < loops; i++) {
    const h = rng.between(0.35, 0.85);
    const w = rng.between(0.16, 0.32);
    via.push({ x: x + w * 0.9, y: 1 - h }, { x: x + w * 0.35, y: 1 - h + 0.05 }, { x: x + w * 0.5, y: rng.between(0.88, 1) });
    x += w + rng.between(0.02, 0.12);
  }
  const strokes: Stroke[] = [spline(via, 0.015)];
  if (rng.yes(0.5)) {
    // A separate crossing bar, as many signatures have.
    const y = rng.between(0.35, 0.6);
    strokes.push(spline([{ x: rng.between(-0.1, 0.3), y: y + 0.08 }, { x: x * rng.between(0.6, 1), y: y - 0.12 }], 0.015));
  }
  return strokes;
}

/** Two compact letter-like shapes (the first taller) and sometimes a dot. */
function initialsStrokes(rng: RandomStream): Stroke[] {
  const strokes: Stroke[] = [];
  for (let c = 0; c < 2; c++) {
    const scale = c === 0 ? 1.25 : rng.between(0.8, 1);
    const x0 = c * rng.between(0.55, 0.75);
    const pts: Pt[] = [];
    for (let i = rng.integer(2, 3); i > 0; i--) {
      const o = { x: rng.between(0, 0.3), y: rng.between(0.2, 0.5) };
      pts.push(...piece(rng.integer(0, 4), o, rng).map((p) => ({ x: x0 + p.x * scale, y: 1 - (1 - p.y) * scale })));
    }
    strokes.push(spline(pts, 0.015));
  }
  if (rng.yes(0.4)) {
    const x = rng.between(1.2, 1.5);
    strokes.push(spline([{ x, y: 0.85 }, { x: x + 0.05, y: 0.9 }], 0.015));
  }
  return strokes;
}

/** The final flourish: an underline sweeping back left, a rising tail, or a hook. */
function flourish(last: Pt, span: { x0: number; x1: number }, rng: RandomStream): Stroke {
  const kind = rng.oneOf(['underline', 'tail', 'hook'] as const);
  if (kind === 'underline') {
    return spline(
      [last, { x: last.x + 0.15, y: 1.15 }, { x: (span.x0 + span.x1) / 2, y: rng.between(1.1, 1.3) }, { x: span.x0 + rng.between(-0.2, 0.2), y: rng.between(0.95, 1.2) }],
      0.02,
    );
  }
  if (kind === 'tail') {
    return spline([last, { x: last.x + 0.3, y: last.y + 0.15 }, { x: last.x + rng.between(0.7, 1.1), y: last.y - rng.between(0.3, 0.7) }], 0.02);
  }
  return spline([last, { x: last.x + 0.2, y: last.y + 0.3 }, { x: last.x - rng.between(0.1, 0.3), y: last.y + 0.45 }], 0.02);
}

function strokeSvg(strokes: Stroke[], scale: { sx: number; sy: number; slant: number }, colour: string, rng: RandomStream, pen: { min: number; max: number }): Drawn {
  const parts: string[] = [];
  const all: Pt[] = [];
  strokes.forEach((s, i) => {
    // Slant: the top of the writing leans right.
    const pts = s.map((p) => ({ x: (p.x + (1 - p.y) * scale.slant) * scale.sx, y: p.y * scale.sy }));
    const pr = pressureCurve(pts.length, { f: rng.between(1, 3), phase: rng.float() }, i === strokes.length - 1);
    const pp: PenPoint[] = pts.map((p, k) => ({ ...p, p: pr[k]! }));
    parts.push(penStroke(pp, pen.min, pen.max, colour));
    all.push(...pts);
  });
  return { svg: parts.join(''), box: inflate(boxOfPoints(all), pen.max / 2) };
}

function modelSignature(plan: SignaturePlan, colour: string, rng: RandomStream): Drawn {
  const strokes =
    plan.style === 'scribble' ? scribbleStrokes(rng) : plan.style === 'loops' ? loopStrokes(rng) : initialsStrokes(rng);
  if (plan.style !== 'initials' || rng.yes(0.5)) {
    const xs = strokes.flat().map((p) => p.x);
    const last = strokes[strokes.length - 1]!;
    strokes.push(flourish(last[last.length - 1]!, { x0: Math.min(...xs), x1: Math.max(...xs) }, rng));
  }
  const raw = boxOfPoints(strokes.flat());
  const width = plan.style === 'initials' ? rng.between(12, 20) : rng.between(16, 35);
  const sx = width / Math.max(0.1, raw.w);
  const height = Math.min(12, Math.max(5, sx * raw.h * rng.between(0.6, 1)));
  const sy = height / Math.max(0.1, raw.h);
  const pen = { min: rng.between(0.12, 0.22), max: rng.between(0.38, 0.6) };
  return strokeSvg(strokes, { sx, sy, slant: rng.between(0.05, 0.3) }, colour, rng, pen);
}

const CURSIVE: HandStyle = {
  ...NOTE_HANDS.fast, size: [6.5, 8.5], rotSd: 5, slant: [12, 20], squash: [0.72, 0.85], advance: [0.72, 0.85], pressure: [0.05, 0.15],
};

function nameSignature(plan: SignaturePlan, colour: string, rng: RandomStream, defs: Defs): Drawn {
  const cursive = plan.style === 'cursive-name';
  const hand = sampleHand(cursive ? CURSIVE : EXTRA_HANDS.careful, rng, cursive ? undefined : rng.between(5, 6.5));
  const line = writeLine(hand, plan.name, { x: 0, y: 0 }, colour, rng, defs, { driftDeg: rng.between(-4, 1) });
  const parts = [line.svg];
  const boxes: MmBox[] = [line.box];
  if (cursive) {
    // Connecting strokes from each glyph's lower right into the next one's upper left, and a tail.
    const pen = { min: 0.1, max: rng.between(0.3, 0.45) };
    for (let i = 0; i + 1 < line.glyphs.length; i++) {
      const a = line.glyphs[i]!;
      const b = line.glyphs[i + 1]!;
      const from = { x: a.x + a.w * rng.between(0.7, 0.9), y: a.y + a.h * rng.between(0.6, 0.85) };
      const to = { x: b.x + b.w * rng.between(0.1, 0.3), y: b.y + b.h * rng.between(0.1, 0.35) };
      const mid = { x: (from.x + to.x) / 2 + rng.between(-0.5, 0.5), y: (from.y + to.y) / 2 + rng.between(-1, 1) };
      const pts = spline([from, mid, to], 0.1);
      const pr = pressureCurve(pts.length, { f: 1, phase: 0.25 }, true);
      parts.push(penStroke(pts.map((p, k) => ({ ...p, p: pr[k]! * 0.7 })), pen.min, pen.max, colour));
      boxes.push(inflate(boxOfPoints(pts), pen.max / 2));
    }
    const last = line.glyphs[line.glyphs.length - 1]!;
    const start = { x: last.x + last.w * 0.8, y: last.y + last.h * 0.8 };
    const tail = spline([start, { x: start.x + 3, y: start.y + 0.8 }, { x: start.x + rng.between(5, 9), y: start.y - rng.between(1, 3) }], 0.1);
    const pr = pressureCurve(tail.length, { f: 1, phase: 0.25 }, true);
    parts.push(penStroke(tail.map((p, k) => ({ ...p, p: pr[k]! })), pen.min, pen.max, colour));
    boxes.push(inflate(boxOfPoints(tail), pen.max / 2));
  }
  return { svg: parts.join(''), box: union(boxes)! };
}

/** The signature drawn around the origin (its box says where). */
export function drawSignature(plan: SignaturePlan, colour: string, rng: RandomStream, defs: Defs): Drawn {
  if (plan.style === 'cursive-name' || plan.style === 'printed-name') return nameSignature(plan, colour, rng, defs);
  return modelSignature(plan, colour, rng);
}
