import type { Box } from '../../../rules/contract/index.ts';
import type { Signature } from './types.ts';
import type { InkRegion } from './find-ink-regions.ts';
import type { OcrLine } from '../types.ts';
import { findInkRegions } from './find-ink-regions.ts';
import { thickStrokes } from './ink-layers.ts';
import { trimToPen } from './pen-trim.ts';
import { overlapShare } from './boxes.ts';
import { CURSIVE, MAX_W_MM, judgeRegion, penOnly, type Candidate, type SignatureInputs } from './signature-strokes.ts';
import { nameLike, sealPlaces, type SigningLabel } from './signing-places.ts';
import { SIGNATURE } from './thresholds.ts';

export type { SignatureInputs } from './signature-strokes.ts';

/** Where the note was found, for the signature beside it. */
export interface NotePlace {
  /** The note's extent (zone geometry). */
  box: Box;
  lineHeight: number;
  /** The note's own ink, line by line (a name written after a short last line stays outside them). Default: [box]. */
  own?: Box[];
  /** Room (px) the rest of a partial note would have taken: the handler signs where the sentence would end. */
  unwritten?: number;
  /** A name the reader read after the note on its line (name-after-note.ts). */
  name?: Box;
}

/** The zone beside, under and after the note, in note line heights (SIGNATURE.right/above/below/left). */
export function noteZone(note: NotePlace, pxPerMm: number): Box {
  const lh = Math.max(note.lineHeight, SIGNATURE.minLineMm * pxPerMm);
  const b = note.box;
  return {
    x: b.x - SIGNATURE.left * lh, y: b.y - SIGNATURE.above * lh,
    w: b.w + (SIGNATURE.left + SIGNATURE.right) * lh + (note.unwritten ?? 0), h: b.h + (SIGNATURE.above + SIGNATURE.below) * lh,
  };
}

const byScore = (a: Candidate, b: Candidate) => b.score * b.region.cells - a.score * a.region.cells;

/**
 * The handler's signature: handwriting strokes (not print, not the seal, not the note's own
 * characters) where a handler signs — beside or under the note, or after a label 经办人(签字).
 * `regions` must already exclude the print (signaturePrint) and the note's own lines.
 *
 * - present: true — a region shaped like pen writing in a signing place.
 * - present: false — only on strong evidence: the note was found, every signing place is on the
 *   page, and nothing in them is ink other than print.
 * - present: null (review) — anything else: ink that cannot be told, a place off the page, no
 *   note, or a name seal (guide 五 says 签字, signing by hand; some offices accept 签章).
 */
export function detectSignature(note: NotePlace | null, regions: InkRegion[], inp: SignatureInputs, labels: SigningLabel[] = []): Signature {
  const { map } = inp;
  const zones = [...(note ? [noteZone(note, map.pxPerMm)] : []), ...labels.map((l) => l.zone)];
  const own = note ? note.own ?? [note.box] : [];
  const onNote = (b: Box) => own.some((o) => overlapShare(b, o) >= 0.5);
  const inZones = (b: Box) => zones.some((z) => overlapShare(b, z) > 0.5);
  const near = regions.filter((r) => inZones(r.box) && !onNote(r.box));
  const judged = near.map((r) => ({ r, c: judgeRegion(r, inp) }));
  const found = judged.map((j) => j.c).filter((c): c is Candidate => c !== null && c.score > 0);
  // Nothing signature-like: a black signature may have joined the print it touches into a region
  // too wide for a name; cut such regions back to their pen strokes and look again.
  if (found.length === 0) found.push(...penCuts(near.filter((r) => r.ink === 'dark' && r.widthMm > MAX_W_MM), inp, inZones));
  // Still nothing: speckle on a grey or noisy copy can bridge a signature to the seal's ring or to
  // print into one region too tall to be kept. Pen strokes alone (thick-stroke layer) drop the
  // speckle and the fine print; the search is made again on them.
  // Only beside a note: without one the places are wide (a seal's surroundings) and the layer costs
  // a pass over the whole page.
  if (found.length === 0 && note) {
    const pen = penOnly(map, thickStrokes(map));
    for (const r of findInkRegions(pen, { printed: inp.printed, seals: inp.seals, clear: own })) {
      if (r.ink !== 'dark' || !inZones(r.box) || onNote(r.box)) continue;
      const c = judgeRegion(r, { ...inp, map: pen });
      if (c && c.score > 0) found.push(c);
    }
  }
  // A name read after the note whose ink joined print beside it into one region too wide for a name:
  // the name's own stretch of the line is judged alone.
  if (found.length === 0 && note?.name) {
    const c = judgeStretch(note.name, regions, inp);
    if (c) found.push(c);
  }
  const best = found.sort(byScore)[0];
  if (best) return { present: true, box: best.region.box, confidence: Math.min(SIGNATURE.maxConfidence, 0.5 + best.score * 0.5) };
  const nameSeal = inp.seals.find((s) => Math.max(s.w, s.h) / map.pxPerMm <= NAME_SEAL_MAX_MM && zones.some((z) => overlapShare(s, z) > 0.5));
  if (nameSeal) return { present: null, box: nameSeal, confidence: 0.5 };
  if (!note) return { present: null, box: null, confidence: SIGNATURE.reviewConfidence };
  // Ink in a signing place that is neither print nor a signature (filled, red, unjudgeable), or a
  // band too wide for a name yet taller than print (a name joined to the print beside it): review.
  const unclear = judged.find((j) => j.c === null || (j.r.widthMm > MAX_W_MM && j.r.heightMm >= SIGNATURE.joinedHeightMm));
  if (unclear) return { present: null, box: unclear.r.box, confidence: SIGNATURE.reviewConfidence };
  // Ink cleared as print is only print when the line is of print height: a line tesseract stretched
  // over writing (a name written across or under a printed line) hides the name from the search.
  const hidden = inp.printed.find((p) => p.h >= SIGNATURE.joinedHeightMm * map.pxPerMm && inZones(p) && !onNote(p));
  if (hidden) return { present: null, box: hidden, confidence: SIGNATURE.reviewConfidence };
  // The places a name is most often written — after the note on its line, and the two lines under
  // it — must be on the page: a page cut there may have lost the signature.
  const page: Box = { x: 0, y: 0, w: map.width, h: map.height };
  const lh = Math.max(note.lineHeight, SIGNATURE.minLineMm * map.pxPerMm);
  const core: Box = { x: note.box.x, y: note.box.y, w: note.box.w + SIGNATURE.coreRight * lh, h: note.box.h + SIGNATURE.coreBelow * lh };
  if (overlapShare(core, page) < 1 - SIGNATURE.offPageShare) return { present: null, box: null, confidence: SIGNATURE.reviewConfidence };
  return { present: false, box: null, confidence: SIGNATURE.absentConfidence };
}

/** The ink of `box` cut out of the (non-red) region it lies in, judged as a region of its own. */
function judgeStretch(box: Box, regions: InkRegion[], inp: SignatureInputs): Candidate | null {
  const r = regions.find((x) => x.ink !== 'red' && overlapShare(box, x.box) > 0.5);
  if (!r) return null;
  const mm = inp.map.pxPerMm;
  const share = (box.w * box.h) / Math.max(1, r.box.w * r.box.h);
  const cut: InkRegion = { ...r, box, widthMm: box.w / mm, heightMm: box.h / mm, cells: Math.round(r.cells * Math.min(1, share)) };
  const c = judgeRegion(cut, inp);
  return c && c.score > 0 ? c : null;
}

/** Company seals are ≥ 38 mm across; a personal name seal (名章) is 8–25 mm. */
const NAME_SEAL_MAX_MM = 25;

function penCuts(joined: InkRegion[], inp: SignatureInputs, inZones: (b: Box) => boolean): Candidate[] {
  if (joined.length === 0) return [];
  const thick = thickStrokes(inp.map);
  const out: Candidate[] = [];
  for (const r of joined) {
    const pen = trimToPen(r, inp.map, thick);
    const c = pen && inZones(pen.box) ? judgeRegion(pen, inp) : null;
    if (c && c.score > 0) out.push(c);
  }
  return out;
}

/**
 * A signature on a page without a note (nothing for it to sign, but the reviewer should see it):
 * only cursive strokes at writing height count here, since without the note's position any leftover
 * ink on an ID card or a form would otherwise pass for a name. After a label 经办人(签字), or beside
 * and under the company seal, any writing counts. Nothing found is not evidence of absence (no note to sign beside): review.
 */
export function findLoneSignature(regions: InkRegion[], inp: SignatureInputs, labels: SigningLabel[] = []): Signature {
  const places = [...labels, ...sealPlaces(inp.seals, inp.map.pxPerMm)];
  if (places.length > 0) {
    const s = detectSignature(null, regions, inp, places);
    if (s.present) return s;
  }
  const best = regions
    .map((r) => judgeRegion(r, inp))
    .filter((c): c is Candidate => c !== null && c.score > 0 && c.f !== null && c.f.longestStroke >= CURSIVE && c.region.heightMm >= SIGNATURE.printHeightMm)
    .sort((a, b) => b.region.cells - a.region.cells)[0];
  return best ? { present: true, box: best.region.box, confidence: 0.6 } : { present: null, box: null, confidence: SIGNATURE.reviewConfidence };
}

/**
 * The print of printed lines. Tesseract joins a signature written across a text line into it (开具时间
 * read 11 mm tall with the strokes as 这、、, against 3–4 mm for the page's other lines); a line
 * over 1.8 × the page's median height keeps only its confidently read words (the strokes read at
 * 5–16, the print at 66–92), so the signature is not cleared with it.
 */
const TALL_LINE = 1.8;
/**
 * A line read as a name and nothing else, ≥ 1.4 × the page's median line height, is a name written
 * by hand, however confidently read (李明 read at 96 and 1.7 × the print's height on a phone photo).
 * Printed words that tall are titles of ≥ 4 characters; a name printed in a table is of print height.
 */
const NAME_TALL = 1.4;
export function printLike(lines: OcrLine[], minConfidence: number, seals: Box[]): Box[] {
  if (lines.length === 0) return [];
  const hs = lines.map((l) => l.box.h).sort((a, b) => a - b);
  const median = hs[hs.length >> 1];
  // Words read off a seal's ring stay cleared too: on a grey scan the ring is dark ink, and left in
  // it joined the note, the print and the signature into one blob (汪汪 read at 0 on the ring).
  const keep = (w: { confidence: number; box: Box }) => w.confidence >= minConfidence || seals.some((s) => overlapShare(w.box, s) > 0.5);
  return lines.flatMap((l) => {
    if (l.box.h >= NAME_TALL * median && nameLike(l.text)) return [];
    return l.box.h <= TALL_LINE * median ? [l.box] : (l.words ?? []).filter(keep).map((w) => w.box);
  });
}
