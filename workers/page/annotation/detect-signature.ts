import type { Box } from '../../../rules/contract/index.ts';
import type { Signature } from './types.ts';
import type { InkRegion } from './find-ink-regions.ts';

/**
 * Where a signature is looked for, in note line heights: beside the note up to 10 to its right
 * (a name after a 5 mm gap on the drawn pages sits 1–4 away), from 1.5 above to 6 below (a signature
 * on the next line, or under a two-line note), and from 1 to the left of the note's start.
 */
const RIGHT = 10;
const ABOVE = 1.5;
const BELOW = 6;
const LEFT = 1;
/** A signature is at least 4 mm wide and 2.5 mm tall with ≥ 8 ink cells (a two-stroke surname). */
const MIN_W_MM = 4;
const MIN_CELLS = 8;
/** Company seals are ≥ 38 mm across; a personal name seal (名章) is 8–25 mm. */
const NAME_SEAL_MAX_MM = 25;

function overlapShare(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? (w * h) / (a.w * a.h || 1) : 0;
}

/**
 * Handwritten strokes near the note that are not the note and not print. `regions` must already
 * exclude printed text and the note's own lines (the caller clears them).
 *
 * Name seals: guide 五 says the handler 标注…后签字确认 — 签字 is signing by hand, so a stamped name
 * seal alone is not a signature. Some offices accept 签章, so instead of SIGNATURE_MISSING such a page
 * gets `present: null` (review), never a pass.
 */
export function detectSignature(note: Box, lineHeight: number, regions: InkRegion[], seals: Box[], pxPerMm: number): Signature {
  const zone: Box = {
    x: note.x - LEFT * lineHeight,
    y: note.y - ABOVE * lineHeight,
    w: note.w + (LEFT + RIGHT) * lineHeight,
    h: note.h + (ABOVE + BELOW) * lineHeight,
  };
  const near = regions
    .filter((r) => r.ink !== 'red')
    .filter((r) => r.cells >= MIN_CELLS && r.widthMm >= MIN_W_MM)
    .filter((r) => overlapShare(r.box, zone) > 0.5 && overlapShare(r.box, note) < 0.5)
    .sort((a, b) => b.handwriting * b.cells - a.handwriting * a.cells);
  const best = near[0];
  if (best) {
    // Print left over near the note (a stray printed word tesseract missed) scores low: keep it unsure.
    const confidence = Math.min(0.95, 0.5 + best.handwriting * 0.5);
    return { present: true, box: best.box, confidence };
  }
  const nameSeal = seals.find((s) => {
    const big = Math.max(s.w, s.h) / pxPerMm;
    return big <= NAME_SEAL_MAX_MM && overlapShare(s, zone) > 0.5;
  });
  if (nameSeal) return { present: null, box: nameSeal, confidence: 0.5 };
  return { present: false, box: null, confidence: 0.8 };
}
