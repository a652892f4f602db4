import type { Box } from '../../../rules/contract/index.ts';
import { PAPER, RED, RULE, type InkMap } from './classify-ink.ts';

/**
 * Within a line of the note, characters stand ≤ 2.5 mm apart (a neat hand ≈ 1 mm, a loose one up
 * to 2.5 mm); a name written after the note mostly starts 5–9 mm after its last character, but on
 * source B one stood closer: a 4 mm cut found no gap there, 3 mm splits it.
 */
const NAME_GAP_MM = 3;

/**
 * The part of a line's box before its first wide column gap that starts at or after `fromX`: the
 * note's own characters, without a name written after them on the same line. Seal red does not
 * count as ink. Null when there is no such gap.
 */
export function cutAtGap(map: InkMap, line: Box, fromX: number): Box | null {
  const x0 = Math.max(0, Math.floor(line.x)), x1 = Math.min(map.width, Math.ceil(line.x + line.w));
  const y0 = Math.max(0, Math.floor(line.y)), y1 = Math.min(map.height, Math.ceil(line.y + line.h));
  const gap = NAME_GAP_MM * map.pxPerMm;
  let lastInk = -1;
  for (let x = x0; x < x1; x++) {
    let ink = false;
    for (let y = y0; y < y1 && !ink; y++) {
      const c = map.classes[y * map.width + x];
      ink = c !== PAPER && c !== RULE && c !== RED;
    }
    if (!ink) continue;
    if (lastInk >= fromX && x - lastInk > gap) return { x: line.x, y: line.y, w: lastInk + 1 - line.x, h: line.h };
    lastInk = x;
  }
  return null;
}
