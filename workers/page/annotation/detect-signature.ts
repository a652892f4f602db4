import type { Box } from '../../../rules/contract/index.ts';
import type { Signature } from './types.ts';
import type { InkRegion } from './find-ink-regions.ts';
import type { OcrLine } from '../types.ts';
import { gatherSignature } from './gather-signature.ts';
import { decideSignature } from './decide-signature.ts';
import { overlapShare } from './boxes.ts';
import { CURSIVE, judgeRegion, type Candidate, type SignatureInputs } from './signature-strokes.ts';
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

/**
 * The handler's signature: handwriting strokes (not print, not the seal, not the note's own
 * characters) where a handler signs — beside or under the note, after a label 经办人(签字), or
 * across and under the company seal. `regions` must already exclude the print (signaturePrint)
 * and the note's own lines. What the places hold is gathered (gather-signature.ts), then decided in one pure step (decide-signature.ts):
 *
 * - present: true — a region shaped like pen writing in a signing place.
 * - present: false — only on strong evidence: the note was found, every signing place is on the
 *   page, and nothing in them is ink other than print.
 * - present: null (review) — anything else: ink that cannot be told, a place off the page, no
 *   note, or a name seal (guide 五 says 签字, signing by hand; some offices accept 签章).
 */
export function detectSignature(note: NotePlace | null, regions: InkRegion[], inp: SignatureInputs, labels: SigningLabel[] = []): Signature {
  // Beside the note, the company seal is a signing place too: handlers sign across or under it.
  const places = note ? [...labels, ...sealPlaces(inp.seals, inp.map.pxPerMm)] : labels;
  const zones = [...(note ? [noteZone(note, inp.map.pxPerMm)] : []), ...places.map((l) => l.zone)];
  return decideSignature(gatherSignature(note, zones, regions, inp));
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
    .filter((r) => !r.oversize)
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
