import type { Box } from '../../../rules/contract/index.ts';
import type { Annotation, Signature } from './types.ts';
import type { OcrLine, RasterPage, RegionReader } from '../types.ts';
import { classifyInk } from './classify-ink.ts';
import { detectSignature, findLoneSignature, printLike, type SignatureInputs } from './detect-signature.ts';
import { findInkRegions } from './find-ink-regions.ts';
import { clearGreyRings } from './grey-rings.ts';
import { matchAttestation } from './match-attestation.ts';
import { groupBlocks } from './read-candidates.ts';
import { splitPrintedLine } from './split-printed-line.ts';
import { findSigningLabels, signaturePrint } from './signing-places.ts';
import { noteFragment } from './join-split-notes.ts';
import { gatherReadings } from './gather-readings.ts';
import { decideNote } from './decide-note.ts';
import { roundBox } from './boxes.ts';
import { NOTE } from './thresholds.ts';

export interface AttestationContext {
  /** Tesseract lines of the page (printed text), if OCR ran. */
  ocrLines: OcrLine[] | null;
  /** From the seal detector: red seal ink is not handwriting. */
  sealBoxes: Box[];
  /** PP-OCR for handwriting; null when unavailable. */
  reader: RegionReader | null;
}

type Result = { annotation: Annotation; signature: Signature };

/**
 * Finds the handler's note 与原件一致，本单位已核实确认真实有效 and signature on one page: gathers
 * every reading of the note (gather-readings.ts), decides from them and the ink (decide-note.ts),
 * then looks for the signature where a handler signs (detect-signature.ts).
 * Decides `present: null` (review) whenever writing is there but cannot be read, or the reader is off.
 */
export async function detectAttestation(page: RasterPage, ctx: AttestationContext): Promise<Result> {
  const ink = classifyInk(page);
  const map = clearGreyRings(ink, ctx.sealBoxes);
  const lines = ctx.ocrLines ?? [];
  // Judged a stretch at a time: tesseract joins a note's first words to print on the same baseline far
  // to its right (split-printed-line.ts), and the stretch that is the note is not print.
  const printedLines = lines
    .filter((l) => l.confidence >= NOTE.printedConf)
    .flatMap((l) => splitPrintedLine(l, map.pxPerMm))
    .filter((l) => matchAttestation(l.text).complete === null && !noteFragment(l.text));
  // A line tesseract stretched over handwriting beside it (a misread word 2–3 × the print's height) is
  // cleared by its confident words only (printLike), for the note as for the signature: cleared whole,
  // it took the top of a note line under it (本凭证不作为… read 62 px tall over 与原件一致, print 18 px).
  const printed = printLike(printedLines, NOTE.printedConf, ctx.sealBoxes);
  const regions = findInkRegions(map, { printed, seals: ctx.sealBoxes });
  const blocks = groupBlocks(regions, map.pxPerMm, ctx.ocrLines !== null);

  const readings = await gatherReadings({ page, map, reader: ctx.reader, ocrLines: lines, printed, seals: ctx.sealBoxes, blocks });
  const writing = blocks.filter((b) => b.handwriting >= NOTE.clearWriting).map((b) => b.box);
  const decision = decideNote(readings, { map, printed, seals: ctx.sealBoxes, regions, reader: ctx.reader !== null, writing });

  // The signature is looked for with grey seals cleared whole, the text inside the ring too: on a grey
  // copy that text is dark ink a signature beside the seal joins. The note keeps the seal's inside,
  // where it is often written. Besides the note, a handler signs after a printed label 经办人(签字);
  // the print cleared for the signature leaves out what may be the name (signing-places.ts).
  const sigMap = clearGreyRings(ink, ctx.sealBoxes, 0);
  const labels = findSigningLabels(lines, map.pxPerMm);
  // Print for the signature is what was read confidently, stretch by stretch: the seal is cleared
  // whole here, so the words read off its ring need not be, and a word read over a name that runs
  // into the seal (a name read NS at 56, mostly inside the seal's box) must not be.
  const sigPrinted = printLike(printedLines.filter((l) => l.confidence >= NOTE.printedConf), NOTE.printedConf, []);
  const sigInputs: SignatureInputs = { map: sigMap, printed: signaturePrint(sigPrinted, lines, labels, map.pxPerMm), seals: ctx.sealBoxes };
  let signature: Signature;
  if (decision.signatureUnknown) signature = { present: null, box: null, confidence: 0.3 };
  else {
    const others = findInkRegions(sigMap, { printed: sigInputs.printed, clear: decision.clear, seals: ctx.sealBoxes, oversize: true });
    signature = decision.place ? detectSignature(decision.place, others, sigInputs, labels) : findLoneSignature(others, sigInputs, labels);
  }
  return { annotation: decision.annotation, signature: { ...signature, box: signature.box && roundBox(signature.box) } };
}
