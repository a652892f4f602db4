import type { Box } from '../../../rules/contract/index.ts';
import type { InkRegion } from './find-ink-regions.ts';
import type { InkMap } from './classify-ink.ts';
import { DARK } from './classify-ink.ts';
import { strokeFeatures, type StrokeFeatures } from './stroke-features.ts';
import { grow, overlapShare } from './boxes.ts';
import { SIGNATURE } from './thresholds.ts';

/** A signature is at least 4 mm wide with ≥ 8 ink cells (a two-stroke surname). */
const MIN_W_MM = 4;
const MIN_CELLS = 8;
/** Signatures run 10–60 mm; wider leftover ink is a printed band or a header (180–195 mm blue bands). */
export const MAX_W_MM = 60;
/**
 * Stroke shape cut-offs, from source A's single pages (41 drawn signatures vs 520 other ink regions):
 * - axis-aligned edge share: signatures 0.19–0.38 (the top only under motion blur), printed CJK
 *   and print labels ≥ 0.40 except blurred print; 0.42 keeps every signature.
 * - ink fill of the box: signatures 0.04–0.33, the ID card's blue labels 0.34–0.63.
 * - a stroke wider than 1.3 region heights: 38 of 41 signatures (2.1–5.0; the rest motion-blurred
 *   to 0.5–0.6), no leftover print or note line above 1.19.
 */
const AXIS_PRINT = 0.42;
const FILL_MAX = 0.4;
export const CURSIVE = 1.3;
/**
 * A cursive stroke may run flat for a while (a quick underline-like tail): a signature measured
 * 0.46 axis-aligned. Straight rules are classified apart and print has no long strokes, so with a
 * long stroke up to 0.6 passes (leftovers with long strokes: 0.29–0.56).
 */
const AXIS_CURSIVE = 0.6;
/**
 * Under print height only a thin pen line counts: signature fragments 4 mm tall fill 0.17 of their
 * box, blurred print words of that height that happen to join up 0.23–0.33.
 */
const THIN_FILL = 0.2;
/** A region this much inside a confidently read printed line (grown by 1 mm) is that print, whatever its ink colour. */
const IN_PRINT = 0.6;

export interface SignatureInputs {
  map: InkMap;
  /** Print to clear (signaturePrint in signing-places.ts): a name-like line or a label's name is not in it. */
  printed: Box[];
  seals: Box[];
}

export interface Candidate { region: InkRegion; f: StrokeFeatures | null; score: number }

/**
 * Scores one leftover ink region as a signature. `score` 0 with a reason-free null `f` is ink too
 * small or too wide to judge; `score` 0 with features is ink shaped like print; null is a region
 * that cannot be told (filled, or seal red): it stands in the way of calling the place empty.
 */
export function judgeRegion(r: InkRegion, inp: SignatureInputs): Candidate | null {
  const { map, printed } = inp;
  if (r.cells < MIN_CELLS || r.widthMm < MIN_W_MM || r.widthMm > MAX_W_MM) return { region: r, f: null, score: 0 };
  if (r.ink === 'red') return null;
  if (printed.some((p) => overlapShare(r.box, grow(p, map.pxPerMm)) >= IN_PRINT)) return { region: r, f: null, score: 0 };
  const f = strokeFeatures(map, r.box, r.ink);
  if (f.fill >= FILL_MAX) return null;
  if (f.longestStroke >= CURSIVE) {
    if (f.axisShare >= AXIS_CURSIVE || (r.heightMm < SIGNATURE.printHeightMm && f.fill >= THIN_FILL)) return { region: r, f, score: 0 };
    return { region: r, f, score: SIGNATURE.cursiveScore };
  }
  // Pen-blue ink of writing height is no print (blue print on these pages is link- and label-sized):
  // only straight-stroked print is kept out by its edges, and heavy JPEG blocks a blue name's edges
  // onto the axes (a 6 mm name measured 0.48).
  const axisMax = r.ink === 'blue' ? AXIS_CURSIVE : AXIS_PRINT;
  if (f.axisShare >= axisMax || r.heightMm < SIGNATURE.printHeightMm) return { region: r, f, score: 0 };
  return { region: r, f, score: r.handwriting };
}

/** The ink map with dark ink kept only where it belongs to a thick (pen) stroke, cell counts redone. */
export function penOnly(map: InkMap, thick: Uint8Array): InkMap {
  const classes = map.classes.slice();
  const dark = new Uint16Array(map.gw * map.gh);
  for (let y = 0; y < map.height; y++) {
    const row = y * map.width, crow = ((y / map.cell) | 0) * map.gw;
    for (let x = 0; x < map.width; x++) {
      const i = row + x;
      if (classes[i] !== DARK) continue;
      if (!thick[i]) classes[i] = 0;
      else dark[crow + ((x / map.cell) | 0)]++;
    }
  }
  return { ...map, classes, counts: [dark, map.counts[1], map.counts[2]] };
}
