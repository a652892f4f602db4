import type { Box } from '../../../rules/contract/index.ts';
import type { InkRegion } from './find-ink-regions.ts';
import type { NotePlace } from './detect-signature.ts';
import type { SignatureEvidence, SignaturePass } from './decide-signature.ts';
import { findInkRegions } from './find-ink-regions.ts';
import { thickStrokes } from './ink-layers.ts';
import { trimToPen } from './pen-trim.ts';
import { cutToWriting } from './writing-cut.ts';
import { overlapShare } from './boxes.ts';
import { MAX_W_MM, judgeRegion, penOnly, type Candidate, type SignatureInputs } from './signature-strokes.ts';
import { SIGNATURE } from './thresholds.ts';

/** Company seals are ≥ 38 mm across; a personal name seal (名章) is 8–25 mm. */
const NAME_SEAL_MAX_MM = 25;

type Found = SignatureEvidence['found'];
const tagged = (pass: SignaturePass) => (c: Candidate) => ({ ...c, pass });
const signatureLike = (c: Candidate | null): c is Candidate => c !== null && c.score > 0;

/**
 * What the signing places hold: `zones` are the places (beside the note, after a label 经办人签字,
 * by the seal), `own` the note's own ink, `regions` the page's ink with print and the note cleared.
 * The passes run in order of cost, each only while nothing signature-like has been found:
 * 1. the ink regions as they are;
 * 2. a region too wide for a name (a signature joined to the print it touches) cut back to its
 *    pen strokes (pen-trim.ts); then it, any blob taller than a line that reaches into a place (a
 *    name joined to print across lines) and any region that took in part of the note's own ink,
 *    cut back to their ink taller than print outside the note's (writing-cut.ts);
 * 3. beside a note, the thick-stroke layer alone (speckle on a grey or noisy copy bridging a
 *    signature to the seal's ring or to print): only beside a note, where the places are small;
 * 4. the stretch of a name the reader read after the note, cut out of the region it joined.
 * The facts that stand in the way of calling the places empty are gathered too (decide-signature.ts).
 */
export function gatherSignature(note: NotePlace | null, zones: Box[], regions: InkRegion[], inp: SignatureInputs): SignatureEvidence {
  const { map } = inp;
  const own = note ? note.own ?? [note.box] : [];
  const onNote = (b: Box) => own.some((o) => overlapShare(b, o) >= 0.5);
  const inZones = (b: Box) => zones.some((z) => overlapShare(b, z) > 0.5);
  const near = regions.filter((r) => !r.oversize && inZones(r.box) && !onNote(r.box));
  const judged = near.map((r) => ({ r, c: judgeRegion(r, inp) }));
  const found: Found = judged.map((j) => j.c).filter(signatureLike).map(tagged('region'));
  const wide = near.filter((r) => r.ink !== 'red' && r.widthMm > MAX_W_MM);
  // Blobs taller than a line that reach into a signing place: a name joined to print across lines.
  const tall = regions.filter((r) => r.oversize && zones.some((z) => overlapShare(z, r.box) > 0));
  let writing: Box | null = null;
  if (found.length === 0) found.push(...penCuts(wide.filter((r) => r.ink === 'dark'), inp, inZones));
  // Regions that took in part of the note's own ink (a signature joined to the stamp above it).
  const joinedToNote = near.filter((r) => r.ink !== 'red' && !wide.includes(r) && own.some((o) => overlapShare(o, r.box) > 0));
  if (found.length === 0) {
    for (const r of [...wide, ...tall, ...joinedToNote]) {
      for (const cut of cutToWriting(r, map, own)) {
        if (!inZones(cut.box) || onNote(cut.box)) continue;
        const c = judgeRegion(cut, inp);
        if (signatureLike(c)) found.push(tagged('writing-cut')(c));
        // Writing taller than print that is not shaped like a signature, inside a joined blob: not told.
        else if (r.oversize) writing ??= cut.box;
      }
    }
  }
  if (found.length === 0 && note) {
    const pen = penOnly(map, thickStrokes(map));
    for (const r of findInkRegions(pen, { printed: inp.printed, seals: inp.seals, clear: own })) {
      if (r.ink !== 'dark' || !inZones(r.box) || onNote(r.box)) continue;
      const c = judgeRegion(r, { ...inp, map: pen });
      if (signatureLike(c)) found.push(tagged('pen-layer')(c));
    }
  }
  if (found.length === 0 && note?.name) {
    const c = judgeStretch(note.name, regions, inp);
    if (c) found.push(tagged('name-stretch')(c));
  }
  const nameSeal = inp.seals.find((s) => Math.max(s.w, s.h) / map.pxPerMm <= NAME_SEAL_MAX_MM && zones.some((z) => overlapShare(s, z) > 0.5)) ?? null;
  // Ink neither print nor a signature (filled, red, unjudgeable), a band too wide for a name yet
  // taller than print (a name joined to the print beside it), or writing inside a joined blob.
  const unclear = judged.find((j) => j.c === null || (j.r.widthMm > MAX_W_MM && j.r.heightMm >= SIGNATURE.joinedHeightMm))?.r.box ?? writing;
  // Ink cleared as print is only print when the line is of print height: a line tesseract stretched
  // over writing (a name written across or under a printed line) hides the name from the search.
  const hidden = inp.printed.find((p) => p.h >= SIGNATURE.joinedHeightMm * map.pxPerMm && inZones(p) && !onNote(p)) ?? null;
  return { found, nameSeal, note: note !== null, unclear, hidden, placesOnPage: note ? coreOnPage(note, map) : false };
}

/**
 * The places a name is most often written — after the note on its line, and the two lines under
 * it — are on the page: a page cut there may have lost the signature.
 */
function coreOnPage(note: NotePlace, map: SignatureInputs['map']): boolean {
  const page: Box = { x: 0, y: 0, w: map.width, h: map.height };
  const lh = Math.max(note.lineHeight, SIGNATURE.minLineMm * map.pxPerMm);
  const core: Box = { x: note.box.x, y: note.box.y, w: note.box.w + SIGNATURE.coreRight * lh, h: note.box.h + SIGNATURE.coreBelow * lh };
  return overlapShare(core, page) >= 1 - SIGNATURE.offPageShare;
}

/** Dark regions too wide for a name cut back to their pen strokes (pen-trim.ts), judged again. */
function penCuts(joined: InkRegion[], inp: SignatureInputs, inZones: (b: Box) => boolean): Found {
  if (joined.length === 0) return [];
  const thick = thickStrokes(inp.map);
  const out: Found = [];
  for (const r of joined) {
    const pen = trimToPen(r, inp.map, thick);
    const c = pen && inZones(pen.box) ? judgeRegion(pen, inp) : null;
    if (signatureLike(c)) out.push(tagged('pen-cut')(c));
  }
  return out;
}

/** The ink of `box` cut out of the (non-red) region it lies in, judged as a region of its own. */
function judgeStretch(box: Box, regions: InkRegion[], inp: SignatureInputs): Candidate | null {
  const r = regions.find((x) => x.ink !== 'red' && overlapShare(box, x.box) > 0.5);
  if (!r) return null;
  const mm = inp.map.pxPerMm;
  const share = (box.w * box.h) / Math.max(1, r.box.w * r.box.h);
  const cut: InkRegion = { ...r, box, widthMm: box.w / mm, heightMm: box.h / mm, cells: Math.round(r.cells * Math.min(1, share)) };
  const c = judgeRegion(cut, inp);
  return signatureLike(c) ? c : null;
}
