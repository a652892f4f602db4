/**
 * Where things can go on a page: the regions named by the template's anchors (with fallbacks when
 * a template lacks one) and a small free-spot search that avoids what is already there.
 */
import type { RandomStream } from '../rng.ts';
import { type MmBox, type Pt, SHEET, bottomOf, keepInside, overlapArea, shift, union } from './geometry.ts';

/** Marks stay this far inside the sheet (unless a seal is meant to hang off). */
export const SAFE: MmBox = { x: 4, y: 4, w: SHEET.w - 8, h: SHEET.h - 8 };

export interface PageFrame {
  content: MmBox;
  /** The table whose end a seal covers (the lowest one). */
  table: MmBox | null;
  /** All tables together, for keeping notes off the print. */
  tables: MmBox[];
  handler: MmBox;
  label: MmBox | null;
  sealZone: MmBox | null;
}

const lowest = (boxes: MmBox[] | undefined): MmBox | null =>
  boxes && boxes.length ? boxes.reduce((a, b) => (bottomOf(b) > bottomOf(a) ? b : a)) : null;

export function pageFrame(anchors: Record<string, MmBox[]>): PageFrame {
  const content = union(anchors['content'] ?? []) ?? { x: 18, y: 18, w: 174, h: 258 };
  const tables = anchors['table'] ?? [];
  const table = lowest(tables);
  const handlers = anchors['handler'] ?? [];
  let handler: MmBox | null = handlers.length ? handlers.reduce((a, b) => (b.w * b.h > a.w * a.h ? b : a)) : null;
  if (!handler) {
    // The free space below the table, else below the content, else the content's last part.
    const under = table ? bottomOf(table) + 3 : bottomOf(content) + 3;
    const room = SAFE.y + SAFE.h - 4 - under;
    if (room >= 28) handler = { x: content.x, y: under, w: content.w, h: Math.min(75, room) };
    else handler = { x: content.x, y: Math.max(content.y, bottomOf(content) - 50), w: content.w, h: Math.min(50, content.h) };
  }
  return {
    content,
    table,
    tables,
    handler,
    label: lowest(anchors['handler-label']),
    sealZone: (anchors['seal-zone'] ?? [])[0] ?? null,
  };
}

/** A box moved (least) into the safe area. */
export function clampToSheet(b: MmBox): MmBox {
  const { dx, dy } = keepInside(b, SAFE);
  return shift(b, dx, dy);
}

/**
 * Of candidate top-left corners for a box of size w × h, the one (moved into the sheet) that
 * overlaps the weighted obstacles least; ties go to the earlier candidate.
 */
export function bestSpot(
  size: { w: number; h: number },
  candidates: Pt[],
  obstacles: { box: MmBox; weight: number }[],
  near?: { at: Pt; weight: number },
): MmBox {
  let best: MmBox | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const b = clampToSheet({ x: c.x, y: c.y, w: size.w, h: size.h });
    const far = near ? near.weight * Math.hypot(b.x + b.w / 2 - near.at.x, b.y + b.h / 2 - near.at.y) : 0;
    const score = obstacles.reduce((s, o) => s + o.weight * overlapArea(b, o.box), far);
    if (score < bestScore - 1e-6) {
      best = b;
      bestScore = score;
    }
  }
  return best ?? clampToSheet({ x: SAFE.x, y: SAFE.y, w: size.w, h: size.h });
}

/** Random top-left corners inside an area for a box of size w × h. */
export function scatter(area: MmBox, size: { w: number; h: number }, count: number, rng: RandomStream): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < count; i++) {
    out.push({ x: area.x + rng.float() * Math.max(0, area.w - size.w), y: area.y + rng.float() * Math.max(0, area.h - size.h) });
  }
  return out;
}
