import type { Box } from '../../../rules/contract/index.ts';
import type { Annotation } from './types.ts';
import type { InkMap } from './classify-ink.ts';
import type { InkRegion } from './find-ink-regions.ts';
import type { NotePlace } from './detect-signature.ts';
import { firstClauseTrace } from './sweep-note.ts';
import { bestReading, isReadable, medianLineHeight, noteExtent, type Reading } from './readings.ts';
import { clauseCompleteness, noteCompleteness } from './note-completeness.ts';
import { isSignatureLike, otherWriting, ownLines, stampExtent } from './note-geometry.ts';
import { overlapShare, roundBox } from './boxes.ts';
import { NOTE } from './thresholds.ts';

/** What the page's ink shows, besides the readings. */
export interface InkFacts {
  map: InkMap;
  /** Printed text (cleared as print). */
  printed: Box[];
  seals: Box[];
  /** Ink regions of the note search (print and seal red cleared). */
  regions: InkRegion[];
  /** The reader ran (without it, writing is only ever review). */
  reader: boolean;
  /** Blocks of likely writing (for the page without a reader). */
  writing: Box[];
}

export interface NoteDecision {
  annotation: Annotation;
  /** Where the note was found, for the signature beside it; null when no note was found. */
  place: NotePlace | null;
  /** Ink to clear before the signature is looked for: the note's own and other writing. */
  clear: Box[];
  /** No signature verdict can be given (unreadable writing): review. */
  signatureUnknown?: boolean;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
const LOW = 0.3;

/**
 * The note on one page from every reading made of it (each tagged with its pass) and the ink.
 * Pure: no reading is made here. In order:
 * 1. the best aligned reading of the writing (first pass, joined, wider, sweep, restored), unless a
 *    printed line reads more of the sentence: present, complete from the reading and the ink;
 * 2. a printed line that aligns: present, form printed;
 * 3. the first clause alone, too spoilt to align: present when two readings made apart agree, else review;
 * 4. sweep traces (≥ 4 of the sentence's characters, no alignment): review;
 * 5. writing that reads as nothing (and is not a name): review;
 * 6. else absent.
 */
export function decideNote(readings: Reading[], ink: InkFacts): NoteDecision {
  const note = bestReading(readings.filter((r) => r.origin !== 'printed' && r.origin !== 'trace'));
  // A printed line is taken for the note only when it reads the sentence from its start or holds
  // half of it: print shares the sentence's tail (…个人资料真实有效。 on a contract aligned as 4 of 17).
  const printed = bestReading(readings.filter((r) => r.origin === 'printed' && (r.match.targetStart === 0 || r.match.exact >= NOTE.printedMinExact)));
  if (note && (!printed || note.match.coverage >= printed.match.coverage)) return writtenNote(note, readings, ink);
  if (printed) return printedNote(printed, ink);

  const first = readings.filter((r) => r.origin === 'first');
  const traces = readings.filter((r) => r.origin === 'trace');
  // The sentence's first clause alone, read too spoilt to align (与原致 / 与康一致 for a short note
  // across the seal): a note is there, but how much of it the reading cannot tell — review. Two
  // readings made apart of the same ink (first pass, sweep) make the note's presence sure.
  const clause = [...first, ...traces].filter((b) => b.match.complete === null && firstClauseTrace(b.text));
  if (clause.length > 0 && traces.every((t) => firstClauseTrace(t.text))) {
    const c = [...clause].sort((a, b) => b.confidence - a.confidence)[0]!;
    const twice = clause.some((o) => o !== c && overlapShare(o.box, c.box) > 0);
    const lineHeight = medianLineHeight(c);
    // Sure of the note, the clause's ink settles how much of it there is: no ink after the clause nor
    // under it where the other 12 characters would go is a note cut short.
    const complete = twice ? clauseCompleteness(c, ink.map, c.ink === 'red' ? ink.seals : ink.printed) : null;
    const form = !twice ? 'unknown' : c.framed || c.ink === 'red' ? 'stamp' : 'handwritten';
    // The clause's own ink is the lines that read it: the block around them also holds a name
    // written under a short stamp, which would be cleared with it.
    const own = c.lines.filter((l) => firstClauseTrace(l.text)).map((l) => l.box);
    const ownInk = own.length > 0 ? own : [c.box];
    return {
      annotation: { present: twice ? true : null, complete, confidence: LOW, text: c.text, box: roundBox(c.box), form },
      place: { box: c.box, lineHeight, own: ownInk, unwritten: (NOTE.length - NOTE.firstClauseHan) * lineHeight },
      clear: ownInk,
    };
  }
  // Ink pulled apart by colour that holds ≥ 4 of the sentence's characters but too spoilt to align
  // (a red stamp across the red seal): a note may be there — review, not missing.
  if (traces.length > 0) {
    const t = [...traces].sort((a, b) => b.match.exact - a.match.exact)[0]!;
    return { annotation: { present: null, complete: null, confidence: LOW, text: t.text, box: roundBox(t.box), form: 'unknown' }, place: null, clear: [] };
  }
  const unreadable = ink.reader
    ? first.filter((b) => b.handwriting >= NOTE.clearWriting && !isReadable(b) && !isSignatureLike(b, ink.map)).map((b) => ({ box: b.box, text: b.text }))
    : ink.writing.map((box) => ({ box, text: null }));
  if (unreadable.length > 0) {
    const u = unreadable[0]!;
    return { annotation: { present: null, complete: null, confidence: LOW, text: u.text, box: roundBox(u.box), form: 'unknown' }, place: null, clear: [], signatureUnknown: true };
  }
  return { annotation: { present: false, complete: null, confidence: 0.8, text: null, box: null, coverage: 0 }, place: null, clear: [] };
}

/** A handwritten or stamped note read from its ink. */
function writtenNote(note: Reading, readings: Reading[], ink: InkFacts): NoteDecision {
  const { box, lineHeight, parts } = noteExtent(note);
  const stamp = note.framed || note.ink === 'red';
  // A stamp's frame belongs to the note; handwriting keeps only its read lines, so a name written
  // straight after the note (inside the same block) is still found.
  const own = stamp ? stampExtent(note, box, ink.regions) : box;
  const exclude = note.ink === 'red' ? ink.seals : note.name ? [...ink.printed, note.name] : ink.printed;
  const { complete, unread } = noteCompleteness(note, { map: ink.map, exclude, printed: ink.printed, seals: ink.seals, within: stamp ? own : undefined });
  const annotation: Annotation = {
    present: true,
    complete,
    confidence: round(Math.min(0.99, note.match.fidelity * (note.confidence / 100))),
    text: note.text,
    box: roundBox(own),
    coverage: round(note.match.coverage),
    form: stamp ? 'stamp' : 'handwritten',
  };
  const ownInk = stamp ? [own] : ownLines(note, parts);
  const words = otherWriting([...note.lines, ...readings.filter((r) => r.origin === 'first').flatMap((b) => b.lines)]);
  // The handler signs where the whole sentence would end: the zone reaches as far as for a whole note.
  const unwritten = Math.max(0, NOTE.length - (note.match.targetEnd - note.match.targetStart)) * (unread?.pitch || lineHeight);
  return { annotation, place: { box, lineHeight, own: ownInk, unwritten, name: note.name }, clear: [...ownInk, ...words] };
}

/** A printed or stamped note that tesseract read cleanly. */
function printedNote(p: Reading, ink: InkFacts): NoteDecision {
  const m = p.match;
  const { complete } = noteCompleteness(p, { map: ink.map, exclude: ink.printed, printed: ink.printed, seals: ink.seals });
  const annotation: Annotation = {
    present: true, complete, confidence: round(m.fidelity * (p.confidence / 100)), text: p.text,
    box: roundBox(p.box), coverage: round(m.coverage), form: 'printed',
  };
  // A partial printed-read note: the signature is looked for where the whole sentence would end, as for a written one.
  const unwritten = m.complete === false ? Math.max(0, NOTE.length - (m.targetEnd - m.targetStart)) * p.box.h : 0;
  return { annotation, place: { box: p.box, lineHeight: p.box.h, unwritten }, clear: [p.box] };
}
