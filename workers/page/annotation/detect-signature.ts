import type { Box } from '../../../rules/contract/index.ts';
import type { Signature } from './types.ts';
import type { InkRegion } from './find-ink-regions.ts';
import type { InkMap } from './classify-ink.ts';
import type { OcrLine } from '../types.ts';
import { strokeFeatures, type StrokeFeatures } from './stroke-features.ts';
import { findInkRegions } from './find-ink-regions.ts';
import { DARK } from './classify-ink.ts';
import { thickStrokes } from './ink-layers.ts';
import { trimToPen } from './pen-trim.ts';

/**
 * Where a signature is looked for, in note line heights: beside the note up to 10 to its right
 * (a name after a 5 mm gap on the drawn pages sits 1–4 away), from 1.5 above to 6 below (a signature
 * on the next line, or under a two-line note), and from 1 to the left of the note's start.
 */
const RIGHT = 10;
const ABOVE = 1.5;
const BELOW = 6;
const LEFT = 1;
/**
 * The zone is measured in line heights of at least this (mm): a small hand does not bring the
 * signature closer (source A's tune note set: 与原件一致 in 4 mm characters, the name 30 mm under
 * it). Note lines on that split run 5–10 mm tall.
 */
const MIN_LINE_MM = 7;
/** A signature is at least 4 mm wide with ≥ 8 ink cells (a two-stroke surname). */
const MIN_W_MM = 4;
const MIN_CELLS = 8;
/** Signatures run 10–60 mm; wider leftover ink is a printed band or a header (tune: 180–195 mm blue bands). */
const MAX_W_MM = 60;
/** Company seals are ≥ 38 mm across; a personal name seal (名章) is 8–25 mm. */
const NAME_SEAL_MAX_MM = 25;

/**
 * Stroke shape cut-offs, from the tune single pages (41 drawn signatures vs 520 other ink regions):
 * - axis-aligned edge share: signatures 0.19–0.38 (the top only under motion blur), printed CJK
 *   and print labels ≥ 0.40 except blurred print; 0.42 keeps every signature.
 * - ink fill of the box: signatures 0.04–0.33, the ID card's blue labels 0.34–0.63.
 * - a stroke wider than 1.3 region heights: 38 of 41 signatures (2.1–5.0; the rest motion-blurred
 *   to 0.5–0.6), no leftover print or note line above 1.19.
 * - height: leftover print lines are 2.5–4.1 mm (blur included); signatures 5–17 mm.
 */
const AXIS_PRINT = 0.42;
const FILL_MAX = 0.4;
const CURSIVE = 1.3;
const PRINT_H_MM = 4.5;
/**
 * A cursive stroke may run flat for a while (a quick underline-like tail): the signature on an
 * income printout of source A's tune split measured 0.46 axis-aligned. Straight rules are classified apart and print has no long
 * strokes, so with a long stroke up to 0.6 passes (tune leftovers with long strokes: 0.29–0.56).
 */
const AXIS_CURSIVE = 0.6;
/**
 * Under print height only a thin pen line counts: signature fragments 4 mm tall fill 0.17 of their
 * box, blurred print words of that height that happen to join up 0.23–0.33 (source A's tune split: a
 * blurred single page and a motion-blurred income printout).
 */
const THIN_FILL = 0.2;
/** A region this much inside a confidently read printed line (grown by 1 mm) is that print, whatever its ink colour. */
const IN_PRINT = 0.6;

export interface SignatureInputs {
  map: InkMap;
  /**
   * Tesseract lines read as print (confidence ≥ the print cut-off): blue links and labels included.
   * Pass them through `printLike` first: a line tesseract stretched over a signature is not all print.
   */
  printed: Box[];
  seals: Box[];
}

interface Candidate { region: InkRegion; f: StrokeFeatures; score: number }

/**
 * Scores one leftover ink region as a signature: null when it is print, seal ink, a rule band or a
 * figure. Cursive strokes score 0.9; a region with the size and edge angles of writing but no long
 * stroke (characters written apart, or blurred) scores from its colour and baseline.
 */
function asSignature(r: InkRegion, inp: SignatureInputs): Candidate | null {
  const { map, printed } = inp;
  if (r.ink === 'red' || r.cells < MIN_CELLS || r.widthMm < MIN_W_MM || r.widthMm > MAX_W_MM) return null;
  const grow = map.pxPerMm;
  if (printed.some((p) => overlapShare(r.box, { x: p.x - grow, y: p.y - grow, w: p.w + 2 * grow, h: p.h + 2 * grow }) >= IN_PRINT)) return null;
  const f = strokeFeatures(map, r.box, r.ink);
  if (f.fill >= FILL_MAX) return null;
  if (f.longestStroke >= CURSIVE) {
    if (f.axisShare >= AXIS_CURSIVE || (r.heightMm < PRINT_H_MM && f.fill >= THIN_FILL)) return null;
    return { region: r, f, score: 0.9 };
  }
  if (f.axisShare >= AXIS_PRINT || r.heightMm < PRINT_H_MM) return null;
  return { region: r, f, score: r.handwriting };
}

/**
 * Handwritten strokes near the note that are not the note and not print. `regions` must already
 * exclude the note's own lines (the caller clears them) and dark printed text.
 *
 * Name seals: guide 五 says the handler 标注…后签字确认 — 签字 is signing by hand, so a stamped name
 * seal alone is not a signature. Some offices accept 签章, so instead of SIGNATURE_MISSING such a page
 * gets `present: null` (review), never a pass.
 */
export function detectSignature(note: Box, lineHeight: number, regions: InkRegion[], inp: SignatureInputs, unwritten = 0, clear: Box[] = []): Signature {
  lineHeight = Math.max(lineHeight, MIN_LINE_MM * inp.map.pxPerMm);
  // `unwritten`: the room (px) the rest of a partial note would have taken. The handler signs where the
  // whole sentence would end, so the zone reaches as far right as for a whole note (source A's tune
  // note set, two pages: a 与原件一致 stamp, the signature 50 mm to its right).
  const zone: Box = {
    x: note.x - LEFT * lineHeight,
    y: note.y - ABOVE * lineHeight,
    w: note.w + (LEFT + RIGHT) * lineHeight + unwritten,
    h: note.h + (ABOVE + BELOW) * lineHeight,
  };
  const near = regions
    .filter((r) => overlapShare(r.box, zone) > 0.5 && overlapShare(r.box, note) < 0.5)
    .map((r) => asSignature(r, inp))
    .filter((c): c is Candidate => c !== null)
    .sort((a, b) => b.score * b.region.cells - a.score * a.region.cells);
  // Nothing signature-like: a black signature may have joined the print it touches into a region
  // too wide for a name; cut such regions back to their pen strokes and look again.
  if (near.length === 0) {
    const joined = regions.filter((r) => r.ink === 'dark' && r.widthMm > MAX_W_MM && overlapShare(r.box, zone) > 0.5 && overlapShare(r.box, note) < 0.5);
    const thick = joined.length ? thickStrokes(inp.map) : null;
    for (const r of joined) {
      const pen = trimToPen(r, inp.map, thick!);
      const c = pen && overlapShare(pen.box, zone) > 0.5 ? asSignature(pen, inp) : null;
      if (c) near.push(c);
    }
  }
  // Still nothing: speckle on a grey or noisy copy can bridge a signature to the seal's ring or to
  // print into one region too tall to be kept (source A's tune note set, a grey noisy copy). Pen strokes alone (thick-stroke
  // layer) drop the speckle and the fine print; the search is made again on them.
  if (near.length === 0) {
    const pen = penOnly(inp.map, thickStrokes(inp.map));
    for (const r of findInkRegions(pen, { printed: inp.printed, seals: inp.seals, clear: [note, ...clear] })) {
      if (r.ink !== 'dark' || overlapShare(r.box, zone) <= 0.5 || overlapShare(r.box, note) >= 0.5) continue;
      const c = asSignature(r, { ...inp, map: pen });
      if (c) near.push(c);
    }
    near.sort((a, b) => b.score * b.region.cells - a.score * a.region.cells);
  }
  const best = near[0];
  if (best) {
    // Leftover print near the note (a word tesseract missed) scores low: keep it unsure.
    const confidence = Math.min(0.95, 0.5 + best.score * 0.5);
    return { present: true, box: best.region.box, confidence };
  }
  const nameSeal = inp.seals.find((s) => {
    const big = Math.max(s.w, s.h) / inp.map.pxPerMm;
    return big <= NAME_SEAL_MAX_MM && overlapShare(s, zone) > 0.5;
  });
  if (nameSeal) return { present: null, box: nameSeal, confidence: 0.5 };
  return { present: false, box: null, confidence: 0.8 };
}

/**
 * A signature on a page without a note (nothing for it to sign, but the reviewer should see it):
 * only cursive strokes count here, since without the note's position any leftover ink on an ID card
 * or a form would otherwise pass for a name.
 */
export function findLoneSignature(regions: InkRegion[], inp: SignatureInputs): Signature {
  const best = regions
    .map((r) => asSignature(r, inp))
    .filter((c): c is Candidate => c !== null && c.f.longestStroke >= CURSIVE && c.region.heightMm >= PRINT_H_MM)
    .sort((a, b) => b.region.cells - a.region.cells)[0];
  return best ? { present: true, box: best.region.box, confidence: 0.6 } : { present: false, box: null, confidence: 0.7 };
}

/**
 * The print of printed lines. Tesseract joins a signature written across a text line into it (a tax
 * record of source A's tune split: 开具时间 read 11 mm tall with the strokes as 这、、, against 3–4 mm for the page's
 * other lines); a line over 1.8 × the page's median height keeps only its confidently read words
 * (the strokes read at 5–16, the print at 66–92), so the signature is not cleared with it.
 */
const TALL_LINE = 1.8;
/**
 * A line read as a name and nothing else (2–3 Han characters), ≥ 1.4 × the page's median line height,
 * is a name written by hand, however confidently read: on a phone photo of source A's tune note
 * set, 李明 read at 96 and 1.7 × the print's height was cleared as print and the page reported unsigned. Printed words
 * that tall are titles of ≥ 4 characters; a name printed in a table is of print height.
 */
const NAME_HAN = [2, 3];
const NAME_TALL = 1.4;
function nameLike(text: string): boolean {
  const t = text.replace(/\s/g, '');
  const han = t.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= NAME_HAN[0] && han <= NAME_HAN[1] && han === [...t].length;
}
export function printLike(lines: OcrLine[], minConfidence: number, seals: Box[]): Box[] {
  if (lines.length === 0) return [];
  const hs = lines.map((l) => l.box.h).sort((a, b) => a - b);
  const median = hs[hs.length >> 1];
  // Words read off a seal's ring stay cleared too: on a grey scan the ring is dark ink, and left in
  // it joined the note, the print and the signature into one blob (a grey single page of source A's
  // tune split: 汪汪 read at 0 on the ring).
  const keep = (w: { confidence: number; box: Box }) => w.confidence >= minConfidence || seals.some((s) => overlapShare(w.box, s) > 0.5);
  return lines.flatMap((l) => {
    if (l.box.h >= NAME_TALL * median && nameLike(l.text)) return [];
    return l.box.h <= TALL_LINE * median ? [l.box] : (l.words ?? []).filter(keep).map((w) => w.box);
  });
}

/** The ink map with dark ink kept only where it belongs to a thick (pen) stroke, cell counts redone. */
function penOnly(map: InkMap, thick: Uint8Array): InkMap {
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

function overlapShare(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? (w * h) / (a.w * a.h || 1) : 0;
}
