import type { InkMap } from './classify-ink.ts';
import type { InkRegion } from './find-ink-regions.ts';

/**
 * Gap (mm) bridged between columns of pen ink when trimming: a signature's strokes run ≤ 3 mm
 * apart (source A); the printed line a signature touches has no thick strokes at all.
 */
const PEN_GAP_MM = 4;
/** A ~1 mm column holds pen ink when this many thick pixels lie in it (scanner specks are 1–2 px). */
const PEN_COLUMN_PX = 3;

/**
 * A dark region that joined a black signature to the print it touches (a signature run into 开具时间,
 * read at confidence 39, below the print cut-off, so the print was not cleared and the joined
 * region was 85 mm wide — too wide for a signature) cut back to its pen ink:
 * the widest run of columns holding strokes wider than print (`thick`, ink-layers.ts), and the rows
 * of those. Null when the region holds no pen ink, or when the pen ink spans the region anyway.
 */
export function trimToPen(r: InkRegion, map: Pick<InkMap, 'width' | 'height' | 'pxPerMm'>, thick: Uint8Array): InkRegion | null {
  const { width, pxPerMm } = map;
  const x0 = Math.max(0, Math.floor(r.box.x)), x1 = Math.min(width, Math.ceil(r.box.x + r.box.w));
  const y0 = Math.max(0, Math.floor(r.box.y)), y1 = Math.min(map.height, Math.ceil(r.box.y + r.box.h));
  const cols = new Uint16Array(x1 - x0);
  for (let y = y0; y < y1; y++) for (let x = x0, i = y * width + x0; x < x1; x++, i++) cols[x - x0] += thick[i];
  // Runs of columns with pen ink, gaps up to PEN_GAP_MM bridged; the widest is the signature.
  const gap = PEN_GAP_MM * pxPerMm;
  const step = Math.max(1, Math.round(pxPerMm));
  let best: [number, number] | null = null;
  let start = -1, last = -1;
  for (let c = 0; c < cols.length; c += step) {
    let px = 0;
    for (let k = c; k < Math.min(cols.length, c + step); k++) px += cols[k];
    if (px < PEN_COLUMN_PX) continue;
    if (start < 0 || c - last > gap) start = c;
    last = Math.min(cols.length, c + step) - 1;
    if (!best || last - start > best[1] - best[0]) best = [start, last];
  }
  if (!best) return null;
  const bx0 = x0 + best[0], bx1 = x0 + best[1] + 1;
  if (bx1 - bx0 >= 0.9 * (x1 - x0)) return null;
  let ty0 = y1, ty1 = y0 - 1;
  for (let y = y0; y < y1; y++) {
    for (let x = bx0, i = y * width + bx0; x < bx1; x++, i++) if (thick[i]) { if (y < ty0) ty0 = y; ty1 = y; break; }
  }
  if (ty1 < ty0) return null;
  const box = { x: bx0, y: ty0, w: bx1 - bx0, h: ty1 - ty0 + 1 };
  const share = (box.w * box.h) / Math.max(1, r.box.w * r.box.h);
  return { ...r, box, widthMm: box.w / pxPerMm, heightMm: box.h / pxPerMm, cells: Math.max(1, Math.round(r.cells * share)) };
}
