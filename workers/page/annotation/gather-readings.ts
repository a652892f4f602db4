import type { Box } from '../../../rules/contract/index.ts';
import type { OcrLine, RasterPage, RegionReader } from '../types.ts';
import type { InkMap } from './classify-ink.ts';
import type { InkRegion } from './find-ink-regions.ts';
import { readCandidates, rereadWider } from './read-candidates.ts';
import { readRestored } from './read-restored.ts';
import { sweepForNote } from './sweep-note.ts';
import { joinSplitNotes } from './join-split-notes.ts';
import { splitTrailingName } from './name-after-note.ts';
import { bestReading, isReadable, noteExtent, printedReading, tag, type Reading } from './readings.ts';
import { union } from './boxes.ts';
import { NOTE } from './thresholds.ts';

export interface ReadingInputs {
  page: RasterPage;
  map: InkMap;
  reader: RegionReader | null;
  /** Tesseract lines of the page. */
  ocrLines: OcrLine[];
  /** Print and seals (cleared before reading). */
  printed: Box[];
  seals: Box[];
  /** Blocks of ink to read in the first pass (read-candidates.ts, groupBlocks). */
  blocks: InkRegion[];
}

/**
 * Every reading of the note the page calls for, each tagged with its pass (readings.ts). The
 * slower passes run only when the faster ones leave the note unsettled; what is decided from the
 * readings is decided in decide-note.ts.
 */
export async function gatherReadings(inp: ReadingInputs): Promise<Reading[]> {
  const { page, map, reader } = inp;
  // A printed or stamped note that tesseract read cleanly.
  const printed = inp.ocrLines.filter((l) => l.confidence >= NOTE.printedConf).map((l) => printedReading(l, map)).filter((r) => r.match.complete !== null);
  if (!reader) return printed;
  // A name read after the note on its line is split off first: aligned, it passes for the sentence's end.
  const split = (b: Parameters<typeof splitTrailingName>[0]) => splitTrailingName(b, map);
  const first = (await readCandidates(page, inp.blocks, reader, map, inp.printed)).map(split).map(tag('first'));
  const out: Reading[] = [...printed, ...first, ...joinSplitNotes(first, map.pxPerMm).map(tag('joined'))];

  let note = bestReading(out.filter((r) => r.origin !== 'printed'));
  if (note && note.match.complete === false) {
    const wider = split(await rereadWider(page, note, noteExtent(note).lineHeight, reader, map));
    // The wider box holds print too: the note keeps its own box grown by the lines that now read.
    if (wider.match.complete !== null && wider.match.coverage > note.match.coverage) {
      note = { ...wider, box: union(note.box, noteExtent(wider).box), origin: 'wider' };
      out.push(note);
    }
  }
  // No whole note found in clear space: it may lie across a seal or print, where the ink regions
  // were cleared with the seal or the print. Only then is the slower sweep paid for. A reading that
  // passes as whole but stops before the sentence's last character is swept too: its end may lie in
  // a seal or over print (a red stamp across print read …真实有, its 效 inside the seal).
  const settled = note && note.match.complete === true && !note.unsure && note.match.targetEnd === NOTE.length;
  const printedWhole = printed.some((p) => p.match.complete === true);
  if (!settled && !printedWhole) {
    const swept = (await sweepForNote(page, map, reader, { seals: inp.seals, printed: inp.printed })).map(split);
    for (const s of swept) out.push({ ...s, origin: s.match.complete === null ? 'trace' : 'sweep' });
    note = bestReading(out.filter((r) => r.origin !== 'printed' && r.origin !== 'trace'));
  }
  // Writing no reading could make out, on a page smeared by motion (the sheet or the scanner moved
  // during the scan): each such block is restored and read again (a note read as nothing at all
  // under a 2 mm smear). Widest first: a note is wider than a name, and a smear draws every stroke
  // out into a long one, so the cursive test that tells a signature does not apply here.
  if (!note && printed.length === 0) {
    const smeared = first.filter((b) => b.handwriting >= NOTE.clearWriting && !isReadable(b)).sort((a, b) => b.box.w - a.box.w);
    out.push(...(await readRestored(page, smeared, reader, map)).filter((r) => r.match.complete !== null).map(tag('restored')));
  }
  return out;
}
