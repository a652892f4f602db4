import type { Box } from '../../../rules/contract/index.ts';
import type { InkMap } from './classify-ink.ts';
import type { ReadBlock } from './read-candidates.ts';
import { normalize, type AttestationMatch } from './match-attestation.ts';
import { FIRST_CLAUSE } from './sweep-note.ts';
import { decideCompleteness, unreadWriting, type UnreadWriting } from './unread-writing.ts';
import { overlapShare } from './boxes.ts';
import { NOTE } from './thresholds.ts';

/** What the ink around the note says, for the completeness decision. */
export interface NoteInk {
  map: InkMap;
  /** Boxes whose ink is not the note's: print for dark and blue notes, seals for red ones, a name split off after the note. */
  exclude: Box[];
  /** Printed lines of the page. */
  printed: Box[];
  /** Seals: inks mix where a note runs into one (blue over red reads as neither). */
  seals: Box[];
  /** A stamp's own extent: its text is searched inside it only. */
  within?: Box;
}

/**
 * Is the note whole? `false` only on positive evidence: the reading stops before the sentence's
 * end AND the note's ink stops there too (unread-writing.ts measured on a line that is the note's
 * own, with the room where the missing characters would stand clear of print). Anything less —
 * the ink not measurable, the rest's room over print or a seal, a reading that starts late (the
 * ink before it is not measured), a misread end — is `null` (review).
 */
export function noteCompleteness(note: ReadBlock, ink: NoteInk): { complete: boolean | null; unread: UnreadWriting | null } {
  const m = note.match;
  if (m.complete === null) return { complete: null, unread: null };
  if (m.targetEnd >= NOTE.length) return { complete: m.complete === true ? true : null, unread: null };
  const unread = unreadWriting(ink.map, note.ink, note.lines, m, ink.exclude, ink.within);
  let complete = decideCompleteness(m, unread);
  if (complete !== false) return { complete, unread };
  // The reading stops early; does the ink? Only a measurement on the note's own line counts, with
  // the place of the first missing character clear of print (a written rest could have been cleared
  // with it) and of seals (a blue note running into a red seal is neither colour there: two whole
  // notes on source B read …确认真实 and …确认真为, their ends across the seal) — and for a dark
  // note over print, a clean reading from the first character (cleanCut).
  const overPrint = note.ink === 'dark' && ink.printed.some((b) => overlapShare(b, note.box) >= NOTE.overPrint);
  const near = nearRoom(unread);
  if (!unread.reliable || hits(near, ink.printed) || near.some((r) => ink.seals.some((sl) => inSeal(r, sl))) || (overPrint && !cleanCut(note, unread, ink.printed))) complete = null;
  // Read up to one or two characters before the end, with other characters read in their place
  // (…真实仪 for …真实有效): the likelier story is a misread end, not a note cut short — review.
  if (complete === false && misreadEnd(note.text, m)) complete = null;
  return { complete, unread };
}

/** The box reaches into the round (or oval) seal drawn inside the seal's box, not just its corners. */
function inSeal(r: Box, s: Box): boolean {
  const cx = s.x + s.w / 2, cy = s.y + s.h / 2;
  const px = Math.max(r.x, Math.min(cx, r.x + r.w)), py = Math.max(r.y, Math.min(cy, r.y + r.h));
  return ((px - cx) / (s.w / 2)) ** 2 + ((py - cy) / (s.h / 2)) ** 2 < 1;
}
const hits = (room: Box[], boxes: Box[]) => room.some((r) => boxes.some((b) => overlapShare(r, b) > 0));
const roomOverPrint = (u: UnreadWriting, printed: Box[]) => hits(u.room, printed);
/**
 * Where the first missing character would stand: 1.5 pitches after the last read one, and the
 * first 2.5 pitches of the line under the note. A note goes on with its characters ≤ 0.4 pitch
 * apart, so a rest written further on would have ink here; print or a seal further along says
 * nothing about where the note stopped.
 */
function nearRoom(u: UnreadWriting): Box[] {
  return u.room.map((r, i) => ({ ...r, w: Math.min(r.w, (i === 0 ? NOTE.nearAfter : NOTE.nearBelow) * u.pitch) }));
}

/**
 * Completeness of a note read only as its first clause, too spoilt to align (与原致，): the reading is
 * taken as 与原件一致 [0, 5) of the sentence, ending after its last character found in the clause's
 * order, and weighed against the ink after it and under it (unreadWriting, decideCompleteness). Ink
 * whose rest would lie over print is not measured: null (review).
 */
export function clauseCompleteness(c: Pick<ReadBlock, 'text' | 'lines' | 'ink' | 'framed' | 'box'>, map: InkMap, exclude: Box[]): boolean | null {
  const han = [...normalize(c.text)];
  const inClause = han.map((ch, i) => (FIRST_CLAUSE.includes(ch) ? i : -1)).filter((i) => i >= 0);
  if (inClause.length === 0 || c.lines.length === 0) return null;
  const start = inClause[0]!, end = inClause[inClause.length - 1]! + 1;
  const exact = Math.min(NOTE.firstClauseHan, inClause.length);
  const match: AttestationMatch = {
    coverage: NOTE.firstClauseHan / NOTE.length, complete: false, matched: han.slice(start, end).join(''), exact,
    fidelity: exact / Math.max(exact, end - start), start, end, targetStart: 0, targetEnd: NOTE.firstClauseHan,
  };
  const u = unreadWriting(map, c.ink, c.lines, match, exclude, c.framed ? c.box : undefined);
  // Other characters read on the clause's line: its geometry is not the clause's alone.
  if (!u.reliable) return null;
  if (roomOverPrint(u, exclude)) return null;
  return decideCompleteness(match, u);
}

/**
 * A partial reading over print that the print cannot have spoilt: read from the sentence's first
 * character with every aligned character right (fidelity ≥ NOTE.cleanFidelity), nothing else read
 * where the rest would be (not unsure), its ink measured on a line that is the note's own, and the
 * room where the missing characters would stand — after the last one and on the line under it —
 * clear of print. Print spoils a reading by losing its start or misreading characters (notes across
 * a tax record's print read 6–17 and 13–17); a clean read that stops, with empty paper where the
 * rest would go, is a note cut short (a blue stamp cut at …真实有 under a printed line).
 */
export function cleanCut(note: Pick<ReadBlock, 'match' | 'unsure'>, unread: UnreadWriting | null, printed: Box[]): boolean {
  const m = note.match;
  if (m.complete === null || m.targetStart !== 0 || m.fidelity < NOTE.cleanFidelity || note.unsure) return false;
  if (!unread?.reliable || unread.room.length === 0) return false;
  return !roomOverPrint(unread, printed);
}

/** The reading goes on past the aligned sentence, which lacks at most its last two characters. */
export function misreadEnd(text: string, match: { end: number; targetEnd: number }): boolean {
  return NOTE.length - match.targetEnd <= 2 && [...normalize(text)].length > match.end;
}
