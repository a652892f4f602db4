import type { Box } from '../../../rules/contract/index.ts';
import type { Annotation, Signature } from './types.ts';
import type { OcrLine, RasterPage, RegionReader } from '../types.ts';
import { classifyInk, type InkMap } from './classify-ink.ts';
import { strokeFeatures } from './stroke-features.ts';
import { detectSignature, findLoneSignature, printLike, type SignatureInputs } from './detect-signature.ts';
import { findSigningLabels, signaturePrint } from './signing-places.ts';
import { findInkRegions, type InkRegion } from './find-ink-regions.ts';
import { clearGreyRings } from './grey-rings.ts';
import { matchAttestation, normalize, type AttestationMatch } from './match-attestation.ts';
import { groupBlocks, readCandidates, rereadWider, type ReadBlock } from './read-candidates.ts';
import { partialConfirmed } from './partial-agreement.ts';
import { readRestored } from './read-restored.ts';
import { splitPrintedLine } from './split-printed-line.ts';
import { splitTrailingName } from './name-after-note.ts';
import { FIRST_CLAUSE, firstClauseTrace, sweepForNote } from './sweep-note.ts';
import { decideCompleteness, unreadWriting, type UnreadWriting } from './unread-writing.ts';

export interface AttestationContext {
  /** Tesseract lines of the page (printed text), if OCR ran. */
  ocrLines: OcrLine[] | null;
  /** From the seal detector: red seal ink is not handwriting. */
  sealBoxes: Box[];
  /** PP-OCR for handwriting; null when unavailable. */
  reader: RegionReader | null;
}

/**
 * Tesseract lines at or above this confidence are print and are cleared before looking for writing.
 * Tesseract's readings of handwriting score 20–55 (the research crop, our drawn notes); print 75–95.
 */
const PRINTED_CONF = 60;
/** A block read with fewer Han characters than this, or under this confidence, is "unreadable". */
const READABLE_HAN = 4;
const READABLE_CONF = 60;
/** Han characters of the sentence, and of its first clause 与原件一致. */
const ATTESTATION_LENGTH = 17;
const FIRST_CLAUSE_HAN = 5;
/** Writing this likely (blue ink, or dark with an uneven baseline) that reads as nothing means review, not missing. */
const CLEAR_WRITING = 0.6;

type Result = { annotation: Annotation; signature: Signature };

/**
 * Finds the handler's note 与原件一致，本单位已核实确认真实有效 and signature on one page.
 * Decides `present: null` (review) whenever writing is there but cannot be read, or the reader is off.
 */
export async function detectAttestation(page: RasterPage, ctx: AttestationContext): Promise<Result> {
  const ink = classifyInk(page);
  const map = clearGreyRings(ink, ctx.sealBoxes);
  // Judged a stretch at a time: tesseract joins a note's first words to print on the same baseline far
  // to its right (split-printed-line.ts), and the stretch that is the note is not print.
  const printedLines = (ctx.ocrLines ?? [])
    .filter((l) => l.confidence >= PRINTED_CONF)
    .flatMap((l) => splitPrintedLine(l, map.pxPerMm))
    .filter((l) => matchAttestation(l.text).complete === null && !noteFragment(l.text));
  // A line tesseract stretched over handwriting beside it (a misread word 2–3 × the print's height) is
  // cleared by its confident words only (printLike), for the note as for the signature: cleared whole,
  // it took the top of a note line under it, and the note was read without that line (source A's
  // tune split, a tax record's last page: 本凭证不作为… read 62 px tall over 与原件一致, print there is 18 px).
  const printed = printLike(printedLines, PRINTED_CONF, ctx.sealBoxes);
  const regions = findInkRegions(map, { printed, seals: ctx.sealBoxes });
  const blocks = groupBlocks(regions, map.pxPerMm, ctx.ocrLines !== null);
  // The signature is looked for with grey seals cleared whole, the text inside the ring too: on a grey
  // copy that text is dark ink a signature beside the seal joins (source A's tune split, note set: a
  // signature beside the seal on a grey copy was found joined to the ring's text). The note keeps
  // the seal's inside, where it is often written.
  const sigMap = clearGreyRings(ink, ctx.sealBoxes, 0);
  // Where a handler signs besides the note: after a printed label 经办人(签字); the print cleared for
  // the signature leaves out what may be the name (signing-places.ts).
  const labels = findSigningLabels(ctx.ocrLines ?? [], map.pxPerMm);
  const sigPrinted = signaturePrint(printed, ctx.ocrLines ?? [], labels, map.pxPerMm);
  const sigInputs: SignatureInputs = { map: sigMap, printed: sigPrinted, seals: ctx.sealBoxes };
  const sigRegions = findInkRegions(sigMap, { printed: sigPrinted, seals: ctx.sealBoxes });

  // A printed or stamped note that tesseract read cleanly.
  const printedNote = (ctx.ocrLines ?? [])
    .filter((l) => l.confidence >= PRINTED_CONF)
    .map((l) => ({ l, m: matchAttestation(l.text) }))
    .filter((c) => c.m.complete !== null)
    .sort((a, b) => b.m.coverage - a.m.coverage)[0];

  // A name read after the note on its line is split off first: aligned, it passes for the sentence's end.
  const read = (ctx.reader ? await readCandidates(page, blocks, ctx.reader, map, printed) : []).map((b) => splitTrailingName(b, map));
  read.push(...joinSplitNotes(read, map.pxPerMm));
  let note = read
    .filter((b) => b.match.complete !== null)
    .sort((a, b) => b.match.coverage - a.match.coverage || b.match.fidelity - a.match.fidelity)[0];
  if (note && note.match.complete === false && ctx.reader) {
    const wider = splitTrailingName(await rereadWider(page, note, noteExtent(note).lineHeight, ctx.reader, map), map);
    // The wider box holds print too: the note keeps its own box grown by the lines that now read.
    if (wider.match.complete !== null && wider.match.coverage > note.match.coverage) note = { ...wider, box: union(note.box, noteExtent(wider).box) };
  }

  // No whole note found in clear space: it may lie across a seal or print, where the ink regions
  // above were cleared with the seal or the print. Only then is the slower sweep paid for.
  // Every reading made apart (first pass, sweep) is kept: two that agree a note is partial outweigh print under it.
  const readings: ReadBlock[] = note ? [note] : [];
  const traces: ReadBlock[] = [];
  // A reading that passes as whole but stops before the sentence's last character is swept too: where
  // its end lies in a seal or over print the ink cannot settle it (review), and a reading of the note's
  // own ink pulled apart may reach the end (source A's tune split, a tax record: a red stamp across
  // print read …真实有, its 效 inside the seal).
  const settled = note && note.match.complete === true && !note.unsure && note.match.targetEnd === ATTESTATION_LENGTH;
  if (ctx.reader && !settled && printedNote?.m.complete !== true) {
    const all = (await sweepForNote(page, map, ctx.reader, { seals: ctx.sealBoxes, printed })).map((b) => splitTrailingName(b, map));
    const swept = all.filter((s) => s.match.complete !== null);
    traces.push(...all.filter((s) => s.match.complete === null));
    readings.push(...swept);
    for (const s of swept) if (!note || betterReading(s, note)) note = s;
  }

  // Writing no reading could make out, on a page smeared by motion (the sheet or the scanner moved
  // during the scan): each such block is restored and read again (source A's tune split, a
  // motion-blurred income printout: a note read as nothing at all under a 2 mm smear).
  if (!note && !printedNote && ctx.reader) {
    // Widest first: a note is wider than a name, and a smear draws every stroke out into a long one,
    // so the cursive test that tells a signature (isSignatureLike) does not apply here.
    const smeared = read.filter((b) => b.handwriting >= CLEAR_WRITING && !isReadable(b)).sort((a, b) => b.box.w - a.box.w);
    const restored = (await readRestored(page, smeared, ctx.reader, map)).filter((r) => r.match.complete !== null);
    for (const r of restored) if (!note || betterReading(r, note)) note = r;
    if (note) readings.push(note);
  }

  if (note && (!printedNote || note.match.coverage >= printedNote.m.coverage)) {
    const { box, lineHeight, parts } = noteExtent(note);
    // A stamp's frame belongs to the note; handwriting keeps only its read lines, so a name written
    // straight after the note (inside the same block) is still found.
    const own = note.framed || note.ink === 'red' ? stampExtent(note, box, regions) : box;
    // A partial reading of a note written over print is no evidence the note is partial: the print
    // under it spoils the reading (two tax records of source A's tune split: 与原件一致 across a printed line)
    // — unless a second, print-free reading stops at the same character (partial-agreement.ts).
    const overPrint = note.ink === 'dark' && printed.some((b) => overlapShare(b, box) >= OVER_PRINT);
    // A reading that stops before the sentence's end is weighed against the note's ink after it
    // (unread-writing.ts): cut short, read short (the rest written but dropped), or undecidable.
    const short = note.match.complete !== null && note.match.targetEnd < ATTESTATION_LENGTH;
    const unread = short ? unreadWriting(map, note.ink, note.lines, note.match, note.ink === 'red' ? ctx.sealBoxes : note.name ? [...printed, note.name] : printed, note.framed || note.ink === 'red' ? own : undefined) : null;
    let complete = decideCompleteness(note.match, unread);
    // Over print the note's ink cannot be told from the print's, and an unsure reading (other characters
    // where the rest would be) is settled by the ink only when the ink could be measured.
    if (complete === false && (overPrint || (note.unsure && !unread?.reliable)) && !partialConfirmed(note, readings) && !cleanCut(note, unread, printed)) complete = null;
    // Read up to one or two characters before the end, with other characters read in their place
    // (…真实仪 for …真实有效): the likelier story is a misread end, not a note cut short — review.
    if (complete === false && misreadEnd(note.text, note.match)) complete = null;
    const annotation: Annotation = {
      present: true,
      complete,
      confidence: round(Math.min(0.99, note.match.fidelity * (note.confidence / 100))),
      text: note.text,
      box: roundBox(own),
      coverage: round(note.match.coverage),
      form: note.framed || note.ink === 'red' ? 'stamp' : 'handwritten',
    };
    const words = otherWriting([...note.lines, ...read.flatMap((b) => b.lines)]);
    // A handwritten note is cleared line by line: a name written after its short last line lies
    // inside the note's box but outside its lines.
    const ownInk = note.framed || note.ink === 'red' ? [own] : ownLines(note, parts);
    const others = findInkRegions(sigMap, { printed: sigInputs.printed, clear: [...ownInk, ...words], seals: ctx.sealBoxes });
    const unwritten = Math.max(0, ATTESTATION_LENGTH - (note.match.targetEnd - note.match.targetStart)) * (unread?.pitch || lineHeight);
    const signature = detectSignature({ box, lineHeight, own: ownInk, unwritten }, others, sigInputs, labels);
    return { annotation, signature: roundSignature(signature) };
  }
  if (printedNote) {
    const { l, m } = printedNote;
    const annotation: Annotation = {
      present: true, complete: m.complete, confidence: round(m.fidelity * (l.confidence / 100)), text: l.text,
      box: roundBox(l.box), coverage: round(m.coverage), form: 'printed',
    };
    const others = findInkRegions(sigMap, { printed: sigInputs.printed.concat(l.box), seals: ctx.sealBoxes });
    // A partial printed-read note: the signature is looked for where the whole sentence would end, as for a written one.
    const unwritten = Math.max(0, ATTESTATION_LENGTH - (m.targetEnd - m.targetStart)) * l.box.h;
    const signature = detectSignature({ box: l.box, lineHeight: l.box.h, unwritten: m.complete === false ? unwritten : 0 }, others, sigInputs, labels);
    return { annotation, signature: roundSignature(signature) };
  }

  const writing = blocks.filter((b) => b.handwriting >= CLEAR_WRITING);
  const unreadable = ctx.reader
    ? read.filter((b) => b.handwriting >= CLEAR_WRITING && !isReadable(b) && !isSignatureLike(b, map))
    : writing.map((b) => ({ box: b.box }));
  // The sentence's first clause alone, read too spoilt to align (与原致 / 与康一致 for a short note across
  // the seal, source A's tune split, note set): a note is there, but how much of it the reading cannot
  // tell — review.
  // Two readings made apart of the same ink (first pass, sweep) make the note's presence sure.
  const clause = [...read, ...traces].filter((b) => b.match.complete === null && firstClauseTrace(b.text));
  if (clause.length > 0 && traces.every((t) => firstClauseTrace(t.text))) {
    const c = clause.sort((a, b) => b.confidence - a.confidence)[0];
    const twice = clause.some((o) => o !== c && overlapShare(o.box, c.box) > 0);
    const lineHeight = c.lines.length ? c.lines.map((l) => l.box.h).sort((p, q) => p - q)[c.lines.length >> 1] : c.box.h;
    const others = findInkRegions(sigMap, { printed: sigInputs.printed, clear: [c.box], seals: ctx.sealBoxes });
    const unwritten = (ATTESTATION_LENGTH - FIRST_CLAUSE_HAN) * lineHeight;
    // Sure of the note, the clause's ink settles how much of it there is, as for a note read whole:
    // no ink after the clause nor under it where the other 12 characters would go is a note cut short.
    const complete = twice ? clauseCompleteness(c, map, c.ink === 'red' ? ctx.sealBoxes : printed) : null;
    return {
      annotation: { present: twice ? true : null, complete, confidence: 0.3, text: c.text, box: roundBox(c.box), form: !twice ? 'unknown' : c.framed || c.ink === 'red' ? 'stamp' : 'handwritten' },
      signature: roundSignature(detectSignature({ box: c.box, lineHeight, unwritten }, others, sigInputs, labels)),
    };
  }
  // Ink pulled apart by colour that holds ≥ 4 of the sentence's characters but too spoilt to align
  // (a red stamp across the red seal, source A's tune split, note set): a note may be there — review,
  // not missing.
  if (traces.length > 0) {
    const t = traces.sort((a, b) => b.match.exact - a.match.exact)[0];
    return {
      annotation: { present: null, complete: null, confidence: 0.3, text: t.text, box: roundBox(t.box), form: 'unknown' },
      signature: roundSignature(findLoneSignature(sigRegions, sigInputs, labels)),
    };
  }
  if (unreadable.length > 0) {
    return {
      annotation: {
        present: null, complete: null, confidence: 0.3, text: read.find((b) => b.box === unreadable[0].box)?.text ?? null,
        box: roundBox(unreadable[0].box), form: 'unknown',
      },
      signature: { present: null, box: null, confidence: 0.3 },
    };
  }
  return {
    annotation: { present: false, complete: null, confidence: 0.8, text: null, box: null, coverage: 0 },
    signature: roundSignature(findLoneSignature(sigRegions, sigInputs, labels)),
  };
}

/**
 * Wider than this (mm) and unreadable is a note we cannot read; narrower and read as ≤ 3 characters
 * is a signature's size: 与原件一致 alone at note size is ≈ 30–35 mm, a 2–3 character name ≈ 15–30 mm.
 */
const NOTE_MIN_MM = 36;
function isSignatureLike(b: ReadBlock, map: InkMap): boolean {
  // 与原致 is the note's first clause, not a name, however small it is written (a short note across
  // the seal, source A's tune split, note set).
  if (normalize(b.text).length > 3 || firstClauseTrace(b.text)) return false;
  // A pen stroke running unbroken over more than 1.3 line heights is cursive — a signature's
  // scribble; a note's characters stand apart (detect-signature.ts, CURSIVE). Signatures run 28–45 mm.
  return b.box.w / map.pxPerMm < NOTE_MIN_MM || (b.ink !== 'red' && strokeFeatures(map, b.box, b.ink).longestStroke >= CURSIVE_STROKE);
}
const CURSIVE_STROKE = 1.3;

/**
 * A note written over two lines can come back as two blocks (与原件一致， / 本单位已核实…) when the
 * lines sit further apart than the grouping allows; each alone reads as a partial note (or as one
 * that lacks its last characters). Joins
 * pairs of blocks that each hold part of the sentence, within 25 mm of each other, in reading order.
 */
const JOIN_MM = 25;
export function joinSplitNotes(read: ReadBlock[], pxPerMm: number): ReadBlock[] {
  // A reading that does not reach the sentence's end (or start) is a part too, even when it covers
  // enough to pass as whole: a whole two-line note of source A's tune note set read …确认真有 (16/17)
  // in one block and 实确认真实有效 in the next, and alone the first was measured as cut one
  // character short.
  const parts = read
    .filter((b) => b.match.complete === false || (b.match.complete === true && (b.match.targetEnd < ATTESTATION_LENGTH || b.match.targetStart > 0)))
    .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const out: ReadBlock[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i], b = parts[j];
      const gap = Math.max(b.box.y - (a.box.y + a.box.h), a.box.y - (b.box.y + b.box.h), 0);
      if (gap > JOIN_MM * pxPerMm) continue;
      const text = [a.text + b.text, overlapJoin(a, b), overlapJoin(b, a)]
        .filter((t): t is string => t !== null)
        .sort((x, y) => matchAttestation(y).coverage - matchAttestation(x).coverage)[0];
      const match = matchAttestation(text);
      if (match.complete === null || match.coverage <= Math.max(a.match.coverage, b.match.coverage)) continue;
      const x0 = Math.min(a.box.x, b.box.x), y0 = Math.min(a.box.y, b.box.y);
      out.push({
        ...a, text, match, unsure: false, lines: [...a.lines, ...b.lines], confidence: (a.confidence + b.confidence) / 2,
        box: { x: x0, y: y0, w: Math.max(a.box.x + a.box.w, b.box.x + b.box.w) - x0, h: Math.max(a.box.y + a.box.h, b.box.y + b.box.h) - y0 },
      });
    }
  }
  return out;
}

/**
 * Two readings of overlapping stretches of the sentence (…确认真有 [0, 16) and 实确认真实有效 [10, 17)):
 * the head's text followed by the tail's text from where the head stops. Null when the tail does not
 * start inside the head's stretch or does not reach further.
 */
function overlapJoin(head: ReadBlock, tail: ReadBlock): string | null {
  const h = head.match, t = tail.match;
  if (t.targetStart < h.targetStart || t.targetStart > h.targetEnd || t.targetEnd <= h.targetEnd) return null;
  const rest = [...normalize(tail.text)].slice(t.start + (h.targetEnd - t.targetStart)).join('');
  return rest ? [...normalize(head.text)].slice(0, h.end).join('') + rest : null;
}

/**
 * Writing the reader read confidently as words that are not the note: a date (≥ 4 digits) or a phrase
 * of ≥ 5 Han characters that shares < 2 with the sentence (仅供办理工作居住证使用). A signature is
 * neither — a name is 2–3 characters, a scribble reads as little or at low confidence — so these
 * lines are cleared before the signature is looked for (source A's tune split, note set: on an
 * unsigned page a date written by the note was taken for the signature).
 */
const DATE_DIGITS = 4;
const PHRASE_HAN = 5;
function otherWriting(lines: OcrLine[]): Box[] {
  return lines
    .filter((l) => l.confidence >= READABLE_CONF && matchAttestation(l.text).exact < 2 && findSigningLabels([l], 1).length === 0)
    .filter((l) => (l.text.match(/[0-9]/g)?.length ?? 0) >= DATE_DIGITS || normalize(l.text).length >= PHRASE_HAN)
    .map((l) => l.box);
}

/**
 * A tesseract line that is mostly a piece of the sentence (≥ 3 of its characters read exactly, and
 * they make ≥ 0.6 of the line) is the note's handwriting read as print, not print: on source A's
 * tune split (note set), 与原件一致 over the seal read 与原件我 at 79 and the tail 实有效 of a whole
 * note read at 91 were cleared with the print, so the short note was never read and the whole one
 * lost its tail.
 * Printed lines share ≤ 2 characters with the sentence, or a few scattered in a long line.
 */
const FRAGMENT_EXACT = 3;
const FRAGMENT_SHARE = 0.6;
export function noteFragment(text: string): boolean {
  const m = matchAttestation(text);
  return m.exact >= FRAGMENT_EXACT && m.exact >= FRAGMENT_SHARE * [...normalize(text)].length;
}

/**
 * Completeness of a note read only as its first clause, too spoilt to align (与原致，): the reading is
 * taken as 与原件一致 [0, 5) of the sentence, ending after its last character found in the clause's
 * order, and weighed against the ink after it and under it (unreadWriting, decideCompleteness). Ink
 * whose rest would lie over print is not measured: the print's boxes are left out of the count (null, review).
 */
export function clauseCompleteness(c: Pick<ReadBlock, 'text' | 'lines' | 'ink' | 'framed' | 'box'>, map: InkMap, exclude: Box[]): boolean | null {
  const han = [...normalize(c.text)];
  const inClause = han.map((ch, i) => (FIRST_CLAUSE.includes(ch) ? i : -1)).filter((i) => i >= 0);
  if (inClause.length === 0 || c.lines.length === 0) return null;
  const start = inClause[0]!, end = inClause[inClause.length - 1]! + 1;
  const exact = Math.min(FIRST_CLAUSE_HAN, inClause.length);
  const match: AttestationMatch = {
    coverage: FIRST_CLAUSE_HAN / ATTESTATION_LENGTH, complete: false, matched: han.slice(start, end).join(''), exact,
    fidelity: exact / Math.max(exact, end - start), start, end, targetStart: 0, targetEnd: FIRST_CLAUSE_HAN,
  };
  const u = unreadWriting(map, c.ink, c.lines, match, exclude, c.framed ? c.box : undefined);
  // Other characters read on the clause's line: its geometry is not the clause's alone.
  if (!u.reliable) return null;
  // Where the rest would stand over print (or a seal, for red ink), its ink is not counted: no verdict.
  if (u.room.some((r) => exclude.some((b) => overlapShare(r, b) > 0))) return null;
  return decideCompleteness(match, u);
}

/** Every aligned character read right, one wrong allowed in ten (the stamp cut short below read 16 of 16 right). */
const CLEAN_FIDELITY = 0.9;
/**
 * A partial reading over print that the print cannot have spoilt: read from the sentence's first
 * character with every aligned character right (fidelity ≥ CLEAN_FIDELITY), nothing else read where
 * the rest would be (not unsure), its ink measured on a line that is the note's own, and the room
 * where the missing characters would stand — after the last one and on the line under it — clear of
 * print, so no written rest can have been cleared with the print. Print spoils a reading by losing
 * its start or misreading characters (two tax records of source A's tune split read 6–17 and
 * 13–17); a clean read that stops, with empty paper where the rest would go, is a note cut short
 * (source A's tune note set: a blue stamp cut at …真实有 on a phone photo, its first line under a
 * printed line).
 */
export function cleanCut(note: Pick<ReadBlock, 'match' | 'unsure'>, unread: UnreadWriting | null, printed: Box[]): boolean {
  const m = note.match;
  if (m.complete === null || m.targetStart !== 0 || m.fidelity < CLEAN_FIDELITY || note.unsure) return false;
  if (!unread?.reliable || unread.room.length === 0) return false;
  return !unread.room.some((r) => printed.some((b) => overlapShare(r, b) > 0));
}

/** More of the sentence, or as much read more faithfully. */
function betterReading(a: ReadBlock, b: ReadBlock): boolean {
  return a.match.coverage > b.match.coverage || (a.match.coverage === b.match.coverage && a.match.fidelity > b.match.fidelity);
}

function isReadable(b: ReadBlock): boolean {
  return normalize(b.text).length >= READABLE_HAN && b.confidence >= READABLE_CONF;
}

/**
 * The note's own box: the reader lines holding the aligned characters, a line with trailing
 * characters (a name written straight after the note) trimmed in proportion to what it read.
 */
function noteExtent(b: ReadBlock): { box: Box; lineHeight: number; parts: Box[] } {
  let offset = 0;
  const parts: Box[] = [];
  for (const l of b.lines) {
    const len = normalize(l.text).length;
    const a = Math.max(offset, b.match.start);
    const e = Math.min(offset + len, b.match.end);
    if (e > a && len > 0) {
      const x0 = l.box.x + (l.box.w * (a - offset)) / len;
      const x1 = l.box.x + (l.box.w * (e - offset)) / len;
      parts.push({ x: x0, y: l.box.y, w: x1 - x0, h: l.box.h });
    }
    offset += len;
  }
  if (parts.length === 0) return { box: b.box, lineHeight: b.box.h, parts: [b.box] };
  const x0 = Math.min(...parts.map((p) => p.x)), y0 = Math.min(...parts.map((p) => p.y));
  const x1 = Math.max(...parts.map((p) => p.x + p.w)), y1 = Math.max(...parts.map((p) => p.y + p.h));
  const heights = parts.map((p) => p.h).sort((p, q) => p - q);
  return { box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, lineHeight: heights[heights.length >> 1], parts };
}

/**
 * The note's line boxes, none reaching into a name split off after the note (name-after-note.ts):
 * the proportional cut of a line leaves the name's first characters in the note, a name being
 * written larger than the note.
 */
function ownLines(note: ReadBlock, parts: Box[]): Box[] {
  if (!note.name) return parts;
  const n = note.name;
  return parts.map((p) => (p.y < n.y + n.h && n.y < p.y + p.h && p.x + p.w > n.x ? { ...p, w: Math.max(1, n.x - p.x) } : p));
}

/**
 * A stamp's own ink: its framed region(s) and whatever holds its read text — not the whole block,
 * which also takes in a signature in the same ink within 1.5 line heights of the frame (a blue
 * signature under a blue stamp was cleared with it and reported missing).
 */
function stampExtent(note: ReadBlock, textBox: Box, regions: InkRegion[]): Box {
  const parts = regions.filter(
    (r) => r.ink === note.ink && overlapShare(r.box, note.box) > 0.8 && (r.framed || overlapShare(r.box, textBox) > 0),
  );
  return parts.reduce((acc, r) => union(acc, r.box), note.frame ? union(textBox, note.frame) : textBox);
}

/**
 * Share of a printed line's box under the note's read lines above which the note is "over print".
 * On two tax records of source A's tune split the note's line covers 0.4–0.6 of
 * 本凭证不作为纳税人记账…; the partial notes written in clear space (three single pages and the
 * income and tax printouts of one case) overlap no printed line.
 */
const OVER_PRINT = 0.2;

function overlapShare(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? (w * h) / (a.w * a.h || 1) : 0;
}

function union(a: Box, b: Box): Box {
  const x0 = Math.min(a.x, b.x), y0 = Math.min(a.y, b.y);
  return { x: x0, y: y0, w: Math.max(a.x + a.w, b.x + b.w) - x0, h: Math.max(a.y + a.h, b.y + b.h) - y0 };
}

const roundSignature = (s: Signature): Signature => ({ ...s, box: s.box && roundBox(s.box) });
const round = (v: number) => Math.round(v * 1000) / 1000;
const roundBox = (b: Box): Box => ({ x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.w), h: Math.round(b.h) });

/** The reading goes on past the aligned sentence, which lacks at most its last two characters. */
export function misreadEnd(text: string, match: { end: number; targetEnd: number }): boolean {
  return ATTESTATION_LENGTH - match.targetEnd <= 2 && [...normalize(text)].length > match.end;
}
