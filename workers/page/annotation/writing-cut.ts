import type { Box } from '../../../rules/contract/index.ts';
import type { InkMap } from './classify-ink.ts';
import { regionAt, type InkRegion } from './find-ink-regions.ts';
import { BLUE, DARK } from './classify-ink.ts';
import { labelComponents } from './label-components.ts';
import { SIGNATURE } from './thresholds.ts';
import { MAX_W_MM } from './signature-strokes.ts';

type Piece = [x0: number, y0: number, x1: number, y1: number];

/**
 * A region that joined a signature to the print it touches cut back to the writing: a name run
 * into 开具机关 on a line tesseract read at 29 (the print not cleared, the region too wide for a
 * name), or a name under a line of print it joined across lines on a skewed page (the blob too
 * tall for a line). Print is 2.5–4.1 mm tall on both sources, each of its glyphs a few pieces no
 * taller than the line; a handwritten name is 5–17 mm tall and its strokes run across its height,
 * whatever the pen's width (which the thick-stroke cut, pen-trim.ts, needs). The pieces of ink
 * taller than print are grouped (SIGNATURE.cutGapMm apart at most), each group with the smaller
 * pieces between its ends and over or under it; each group is one candidate. Pieces meeting
 * `exclude` (the note's own ink: a blue signature joined to the frame of the blue stamp above it)
 * are left out. None when no piece is that tall, or when one group spans the region anyway.
 */
export function cutToWriting(r: InkRegion, map: InkMap, exclude: Box[] = []): InkRegion[] {
  const { width, pxPerMm } = map;
  const cls = r.ink === 'blue' ? BLUE : DARK;
  const x0 = Math.max(0, Math.floor(r.box.x)), x1 = Math.min(width, Math.ceil(r.box.x + r.box.w));
  const y0 = Math.max(0, Math.floor(r.box.y)), y1 = Math.min(map.height, Math.ceil(r.box.y + r.box.h));
  const w = x1 - x0, h = y1 - y0;
  if (w < 3 || h < 3) return [];
  const on = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0, i = (y0 + y) * width + x0; x < w; x++, i++) on[y * w + x] = map.classes[i] === cls ? 1 : 0;
  // Pieces that meet the note's own ink (a stamp's frame round its text) are the note's.
  const meets = (b: Piece) => exclude.some((e) => x0 + b[0] < e.x + e.w && x0 + b[2] >= e.x && y0 + b[1] < e.y + e.h && y0 + b[3] >= e.y);
  const pieces = piecesOf(labelComponents(on, w, h, 8), w).filter((b) => !meets(b));
  const tallPx = SIGNATURE.printHeightMm * pxPerMm;
  // A piece bigger than a name is not one: a table's frame, skewed so it is not read as rules.
  const name = (b: Piece) => b[2] - b[0] + 1 <= MAX_W_MM * pxPerMm && b[3] - b[1] + 1 <= SIGNATURE.maxNameHeightMm * pxPerMm;
  const tall = pieces.filter((b) => b[3] - b[1] + 1 >= tallPx && name(b)).sort((a, b) => a[0] - b[0]);
  const gap = SIGNATURE.cutGapMm * pxPerMm;
  const groups: Piece[] = [];
  for (const b of tall) {
    const g = groups.find((o) => b[0] <= o[2] + gap && b[2] >= o[0] - gap && b[1] <= o[3] + gap && b[3] >= o[1] - gap);
    if (g) { g[0] = Math.min(g[0], b[0]); g[1] = Math.min(g[1], b[1]); g[2] = Math.max(g[2], b[2]); g[3] = Math.max(g[3], b[3]); }
    else groups.push([...b]);
  }
  const out: InkRegion[] = [];
  for (const g of groups) {
    if (g[2] - g[0] + 1 >= 0.9 * w) continue;
    // The smaller pieces between its ends and within a print height over or under it: a name's short strokes and dots.
    for (const b of pieces) {
      if (b[0] < g[0] || b[2] > g[2] || b[1] > g[3] + tallPx || b[3] < g[1] - tallPx) continue;
      g[1] = Math.min(g[1], b[1]);
      g[3] = Math.max(g[3], b[3]);
    }
    const box: Box = { x: x0 + g[0], y: y0 + g[1], w: g[2] - g[0] + 1, h: g[3] - g[1] + 1 };
    const share = (box.w * box.h) / Math.max(1, r.box.w * r.box.h);
    out.push(regionAt(map, box, r.ink, Math.max(1, Math.round(r.cells * Math.min(1, share)))));
  }
  return out;
}

/** Each component's box. */
function piecesOf(labels: Int32Array, w: number): Piece[] {
  const boxes = new Map<number, Piece>();
  for (let p = 0; p < labels.length; p++) {
    const l = labels[p];
    if (!l) continue;
    const x = p % w, y = (p / w) | 0;
    const b = boxes.get(l);
    if (!b) boxes.set(l, [x, y, x, y]);
    else { if (x < b[0]) b[0] = x; if (y < b[1]) b[1] = y; if (x > b[2]) b[2] = x; if (y > b[3]) b[3] = y; }
  }
  return [...boxes.values()];
}
