import { SIDES, type Side } from './find-borders.ts';

/** Band (mm) in from the image border in which a stroke must run to count as sliced there. */
const BAND_MM = 0.7;
/** A crossing wider than this (mm) along the border is a line lying along it (the sheet's own
 * outline, a frame), not a stroke or rule cut across. CJK strokes and table rules are ≤ 2 mm. */
const MAX_CROSSING_MM = 3;
/** Corners are left out: there the sheet outline of the two sides meets and bends into the border. */
const CORNER_MM = 4;

/**
 * Per side, how many separate ink runs cross the outermost pixels of the image: text strokes or
 * table rules the frame cut through. Ink must fill the band from the border inwards (a stroke
 * continuing into the page), so specks and a sheet outline a few pixels in do not count; red ink
 * is already dropped from the mask (a seal overhanging the sheet is normal). Sides in `skip`
 * (a dark frame) are 0: content cannot reach the border there.
 */
export function findSlicedContent(mask: Uint8Array, width: number, height: number, dpi: number, skip: Side[]): Record<Side, number> {
  const pxPerMm = dpi / 25.4;
  const band = Math.max(2, Math.round(BAND_MM * pxPerMm));
  const maxRun = Math.round(MAX_CROSSING_MM * pxPerMm);
  const corner = Math.round(CORNER_MM * pxPerMm);
  const out = {} as Record<Side, number>;
  for (const side of SIDES) {
    out[side] = 0;
    if (skip.includes(side)) continue;
    const horizontal = side === 'top' || side === 'bottom';
    const along = horizontal ? width : height;
    const at = (a: number, d: number): number => {
      const x = side === 'left' ? d : side === 'right' ? width - 1 - d : a;
      const y = side === 'top' ? d : side === 'bottom' ? height - 1 - d : a;
      return mask[y * width + x];
    };
    // Ink from the outermost pixels (a resampled border may be soft by one) unbroken for the
    // whole band: a stroke entering the page. A dotted outline or specks break within it.
    const entering = (a: number): boolean => {
      const from = at(a, 0) === 1 ? 0 : at(a, 1) === 1 ? 1 : -1;
      if (from < 0) return false;
      for (let d = from; d < from + band; d++) if (at(a, d) !== 1) return false;
      return true;
    };
    let run = 0;
    for (let a = corner; a <= along - corner; a++) {
      if (a < along - corner && entering(a)) { run++; continue; }
      if (run > 0 && run <= maxRun) out[side]++;
      run = 0;
    }
  }
  return out;
}
