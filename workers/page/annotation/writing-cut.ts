import type { Box } from '../../../rules/contract/index.ts';
import type { InkMap } from './classify-ink.ts';
import type { InkRegion } from './find-ink-regions.ts';
import { BLUE, DARK } from './classify-ink.ts';
import { labelComponents } from './label-components.ts';
import { SIGNATURE } from './thresholds.ts';

/**
 * A region that joined a signature to the print it touches (a name run into 开具机关 on a line
 * tesseract read at 29, so the print was not cleared) cut back to the writing: the pieces of ink
 * taller than print. Print is 2.5–4.1 mm
 * tall on both sources, each of its glyphs a few pieces no taller than the line; a handwritten name
 * is 5–17 mm tall and its strokes run across its height — whatever the pen's width, which the
 * thick-stroke cut (pen-trim.ts) needs. The cut spans the tall pieces and takes in the smaller
 * ones between them. Null when no piece is that tall, or the tall ink spans the region anyway.
 */
export function cutToWriting(r: InkRegion, map: Pick<InkMap, 'width' | 'height' | 'pxPerMm' | 'classes'>): InkRegion | null {
  const { width, pxPerMm } = map;
  const cls = r.ink === 'blue' ? BLUE : DARK;
  const x0 = Math.max(0, Math.floor(r.box.x)), x1 = Math.min(width, Math.ceil(r.box.x + r.box.w));
  const y0 = Math.max(0, Math.floor(r.box.y)), y1 = Math.min(map.height, Math.ceil(r.box.y + r.box.h));
  const w = x1 - x0, h = y1 - y0;
  if (w < 3 || h < 3) return null;
  const on = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0, i = (y0 + y) * width + x0; x < w; x++, i++) on[y * w + x] = map.classes[i] === cls ? 1 : 0;
  const labels = labelComponents(on, w, h, 8);
  // Each piece's box.
  const boxes = new Map<number, [number, number, number, number]>();
  for (let p = 0; p < labels.length; p++) {
    const l = labels[p];
    if (!l) continue;
    const x = p % w, y = (p / w) | 0;
    const b = boxes.get(l);
    if (!b) boxes.set(l, [x, y, x, y]);
    else { if (x < b[0]) b[0] = x; if (y < b[1]) b[1] = y; if (x > b[2]) b[2] = x; if (y > b[3]) b[3] = y; }
  }
  const tallPx = SIGNATURE.printHeightMm * pxPerMm;
  const tall = [...boxes.values()].filter((b) => b[3] - b[1] + 1 >= tallPx);
  if (tall.length === 0) return null;
  // The tall pieces, and the smaller ones between and over them (a name's short strokes and dots);
  // print beside the writing stays out.
  const bx0 = Math.min(...tall.map((b) => b[0])), bx1 = Math.max(...tall.map((b) => b[2]));
  let by0 = Math.min(...tall.map((b) => b[1])), by1 = Math.max(...tall.map((b) => b[3]));
  for (const b of boxes.values()) {
    if (b[0] < bx0 || b[2] > bx1 || b[1] > by1 + tallPx || b[3] < by0 - tallPx) continue;
    by0 = Math.min(by0, b[1]);
    by1 = Math.max(by1, b[3]);
  }
  if (bx1 - bx0 + 1 >= 0.9 * w) return null;
  const box: Box = { x: x0 + bx0, y: y0 + by0, w: bx1 - bx0 + 1, h: by1 - by0 + 1 };
  const share = (box.w * box.h) / Math.max(1, r.box.w * r.box.h);
  return { ...r, box, widthMm: box.w / pxPerMm, heightMm: box.h / pxPerMm, cells: Math.max(1, Math.round(r.cells * share)) };
}
