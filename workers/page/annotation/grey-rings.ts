import type { Box } from '../../../rules/contract/index.ts';
import { cellCounts, DARK, PAPER, RED, type InkMap } from './classify-ink.ts';
import { colourless } from './ink-layers.ts';

/**
 * The band of a seal's box taken for its ring, in shares of the ellipse's radii: the ring of a
 * 38–45 mm seal is 1–1.5 mm wide (0.05–0.08 of the radius) and a detected box may sit a few
 * percent off the ring; the seal's text runs inside 0.8.
 */
const RING_IN = 0.8;
const RING_OUT = 1.1;
/** A ring is grey (the page is a grey or black-and-white copy) when its dark ink outnumbers its red this much. */
const DARK_OVER_RED = 2;
/** …and dark ink covers at least this share of the band: a ring is there, not a few strokes of a note across it. */
const MIN_RING_FILL = 0.05;

/**
 * The ink map with the rings of grey seals turned to paper. On a grey copy a seal's ring is dark
 * ink, which the red-seal clearing does not touch: a signature or note line touching it joined the
 * ring into one region as tall as the seal, which no search keeps (a grey
 * copy: a black signature against the issuer's grey ring). Only the ring band goes (from `inner` of the radius out; 0 clears
 * the whole seal), and a red ring, or a seal without a dark ring, is left as it is. Cell counts are redone.
 */
export function clearGreyRings(map: InkMap, seals: Box[], inner = RING_IN): InkMap {
  // Only on a copy without colour: on a colour page a faint red ring stamped over dense print can
  // hold more dark ink than red, and the print and writing there are not the seal's.
  if (!colourless(map)) return map;
  const grey = seals.filter((s) => ringInk(map, s).grey);
  if (grey.length === 0) return map;
  const classes = map.classes.slice();
  for (const s of grey) forRing(map, s, (i) => { if (classes[i] === DARK) classes[i] = PAPER; }, inner);
  return { ...map, classes, counts: cellCounts(classes, map.width, map.height, map.cell, map.gw, map.gh) };
}

function ringInk(map: InkMap, s: Box): { grey: boolean } {
  let dark = 0, red = 0, all = 0;
  forRing(map, s, (i) => {
    all++;
    if (map.classes[i] === DARK) dark++;
    else if (map.classes[i] === RED) red++;
  });
  return { grey: all > 0 && dark >= DARK_OVER_RED * red && dark >= MIN_RING_FILL * all };
}

function forRing(map: InkMap, s: Box, f: (i: number) => void, inner = RING_IN): void {
  const cx = s.x + s.w / 2, cy = s.y + s.h / 2, rx = s.w / 2, ry = s.h / 2;
  if (rx <= 0 || ry <= 0) return;
  const x0 = Math.max(0, Math.floor(cx - RING_OUT * rx)), x1 = Math.min(map.width - 1, Math.ceil(cx + RING_OUT * rx));
  const y0 = Math.max(0, Math.floor(cy - RING_OUT * ry)), y1 = Math.min(map.height - 1, Math.ceil(cy + RING_OUT * ry));
  for (let y = y0; y <= y1; y++) {
    const dy = (y - cy) / ry;
    for (let x = x0; x <= x1; x++) {
      const dx = (x - cx) / rx;
      const r = Math.sqrt(dx * dx + dy * dy);
      if (r >= inner && r <= RING_OUT) f(y * map.width + x);
    }
  }
}
