import type { Box } from '../../../rules/contract/index.ts';
import type { OcrLine } from '../types.ts';
import { BLUE, DARK, RED, type InkMap } from './classify-ink.ts';
import type { InkKind } from './find-ink-regions.ts';
import { COMPLETE_COVERAGE, normalize, type AttestationMatch } from './match-attestation.ts';

/**
 * Is a note read as partial really cut short, or is more of it written than was read?
 *
 * A reading that stops early is evidence about the reading, not yet about the note: the reader
 * drops characters it cannot make out (faded ends, an unusual hand, a seal across them). The ink is
 * the other witness. At the character size of the read lines, the ink that continues the note's last
 * read line past the last aligned character, and a line of the same ink just under it, are counted
 * in characters; a note cut short has none there, a note read short has the rest of the sentence.
 */
export interface UnreadWriting {
  /** Character pitch (px) of the note's writing: advance per character along a line. */
  pitch: number;
  /** Characters of the note's ink on its last read line after the last aligned character. */
  after: number;
  /** Characters of the note's ink on a line just under the last read line, from the note's left edge. */
  below: number;
  /**
   * false when the last read line is not almost all note (print read along with it): its box
   * and pitch are not the note's, and the ink says nothing about the note's end.
   */
  reliable: boolean;
  /**
   * Where the sentence's missing characters would stand: after the last read character on its line,
   * and on the line under it from the note's left edge (page pixels). Empty when nothing was measured.
   */
  room: Box[];
}

/**
 * Advance per character over the height of the reader's line box, for a line whose reading is too
 * short to measure it: the note's lines read whole on source A measure 0.7–1.0 (the reader's
 * box adds ≈ 20 % of a glyph above and below; hands advance 0.8–1.05 glyph widths).
 */
const PITCH_PER_HEIGHT = 0.85;
/** A horizontal gap wider than this (in pitches) ends the note's line: characters of one line sit ≤ 0.4 apart. */
const LINE_GAP = 0.8;
/** The band of a line searched for ink, in line heights: its middle, so ascenders of the next line stay out. */
const BAND = [0.2, 0.8] as const;
/** The line under the note: its centre within 0.6–1.9 line heights below the last line's centre. */
const BELOW_FROM = 0.6;
const BELOW_TO = 1.9;
/** Below, only ink starting within this many pitches of the note's left edge is a continuation. */
const BELOW_LEFT = 2;
/** Share of the last read line's characters that must be the note's for its geometry to be used. */
const OWN_LINE = 0.75;
/** Ink under the note spanning less than this (line heights) from top to bottom is no line of writing. */
const BELOW_MIN_H = 0.4;
/** Longest straight stroke of a written character: ≈ 1 pitch across, ≈ 1 line height down. */
const RULE_RUN = 2;
const FRAME_EDGE = 1.3;
/** Characters a line read without any Han character needs to be taken as other writing (2021.8.20). */
const OTHER_TEXT = 3;
/** A stamp's frame lines sit ≥ 0.4 characters outside its text (drawn stamps: 0.3–0.6 of a glyph). */
const FRAME_INSET = 0.3;

function inkClass(ink: InkKind): number {
  return ink === 'blue' ? BLUE : ink === 'red' ? RED : DARK;
}

/** Median of the lines' own pitch (width / characters read), bounded by the line height. */
export function notePitch(lines: OcrLine[]): number {
  const per = lines
    .map((l) => ({ l, n: [...normalize(l.text)].length }))
    .filter((x) => x.n >= 3)
    .map((x) => Math.min(x.l.box.w / x.n, PITCH_PER_HEIGHT * x.l.box.h))
    .sort((a, b) => a - b);
  if (per.length) return per[per.length >> 1];
  const hs = lines.map((l) => l.box.h).sort((a, b) => a - b);
  return PITCH_PER_HEIGHT * (hs[hs.length >> 1] ?? 0);
}

/**
 * Counts the note's ink beyond its reading. `lines` are the reader lines the reading was joined from,
 * in that order, in page coordinates; `match` its alignment; `exclude` boxes whose ink is not the
 * note's (printed lines for dark ink, seals for red); `within`: a stamp's frame, outside which
 * nothing is its text.
 */
export function unreadWriting(map: InkMap, ink: InkKind, lines: OcrLine[], match: AttestationMatch, exclude: Box[] = [], within?: Box): UnreadWriting {
  const pitch = notePitch(lines);
  const none = { pitch, after: 0, below: 0, reliable: false, room: [] };
  if (pitch <= 0 || lines.length === 0) return none;
  // The line holding the last aligned character, and that character's right edge (read characters
  // are taken as evenly spaced along the reader's box).
  let offset = 0;
  let last: { line: OcrLine; x: number; own: number; len: number } | null = null;
  for (const l of lines) {
    const len = [...normalize(l.text)].length;
    if (len > 0 && match.end > offset && match.end <= offset + len) {
      last = { line: l, x: l.box.x + (l.box.w * (match.end - offset)) / len, own: match.end - Math.max(offset, match.start), len };
    }
    offset += len;
  }
  if (!last) return none;
  // Characters are placed along the line in proportion to its reading: only sound when the line is
  // (nearly) all note. Print read into the same line (smaller characters: a note written across a tax
  // record's print) is not.
  let reliable = last.own >= OWN_LINE * last.len;
  // Red ink under a seal is the seal's as much as the note's: where the rest of a red note would
  // stand inside a seal, its ink cannot be told (真实有效 of a
  // stamp across the seal).
  if (ink === 'red') {
    const L0 = last.line.box;
    const rest: Box = { x: last.x, y: L0.y, w: (SENTENCE - match.targetEnd + 1) * pitch, h: L0.h };
    if (exclude.some((b) => b.x < rest.x + rest.w && rest.x < b.x + b.w && b.y < rest.y + rest.h && rest.y < b.y + b.h)) reliable = false;
  }
  const cls = inkClass(ink);
  // Lines the reader read as no Han character at all (a date, digits) are writing, but not the sentence's.
  exclude = exclude.concat(lines.filter((l) => normalize(l.text).length === 0 && l.text.replace(/\s/g, '').length >= OTHER_TEXT).map((l) => l.box));
  // A stamp's text lies inside its frame, and the frame's own lines are not text: only the inside,
  // a third of a character in from the frame, is searched.
  const inner = within && { x0: within.x + FRAME_INSET * pitch, y0: within.y + FRAME_INSET * pitch, x1: within.x + within.w - FRAME_INSET * pitch, y1: within.y + within.h - FRAME_INSET * pitch };
  const skip = (x: number, y: number) =>
    (inner !== undefined && (x < inner.x0 || x >= inner.x1 || y < inner.y0 || y >= inner.y1)) || exclude.some((b) => x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h);
  const L = last.line.box;
  const at = (x: number, y: number) => x >= 0 && y >= 0 && x < map.width && y < map.height && map.classes[y * map.width + x] === cls;
  // Straight ink longer than any stroke of a character is a stamp's frame (or a rule), not writing:
  // a horizontal run over RULE_RUN pitches, or a vertical one over FRAME_EDGE line heights.
  const run = (x: number, y: number, dx: number, dy: number, limit: number): number => {
    let n = 0;
    for (let k = 1; k <= limit && at(x + dx * k, y + dy * k); k++) n++;
    return n;
  };
  const straight = (x: number, y: number): boolean => {
    const hl = Math.ceil(RULE_RUN * pitch);
    const vl = Math.ceil(FRAME_EDGE * L.h);
    return run(x, y, 1, 0, hl) + run(x, y, -1, 0, hl) >= hl || run(x, y, 0, 1, vl) + run(x, y, 0, -1, vl) >= vl;
  };
  let top = Infinity, bottom = -Infinity;
  const colInk = (x: number, y0: number, y1: number): boolean => {
    if (x < 0 || x >= map.width) return false;
    let hit = false;
    for (let y = Math.max(0, Math.round(y0)); y < Math.min(map.height, Math.round(y1)); y++) {
      if (!at(x, y) || skip(x, y) || straight(x, y)) continue;
      hit = true;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
    return hit;
  };
  // After: follow the ink along the line's band while gaps stay under a character's room.
  const y0 = L.y + BAND[0] * L.h, y1 = L.y + BAND[1] * L.h;
  const start = Math.round(last.x);
  const limit = Math.min(map.width, Math.round(start + 18 * pitch));
  let lastInk = start;
  for (let x = start; x < limit && x - lastInk <= LINE_GAP * pitch; x++) if (colInk(x, y0, y1)) lastInk = x;
  const after = (lastInk - start) / pitch;
  // Below: a line of the same ink under the last read line, starting at the note's left edge.
  const left = Math.min(...lines.map((l) => l.box.x));
  const cy = L.y + L.h / 2;
  const b0 = cy + BELOW_FROM * L.h, b1 = cy + BELOW_TO * L.h;
  let first = -1, end = -1;
  top = Infinity; bottom = -Infinity;
  for (let x = Math.round(left - pitch); x < Math.min(map.width, Math.round(left + 18 * pitch)); x++) {
    if (first >= 0 && x - end > LINE_GAP * pitch) break;
    if (first < 0 && x > left + BELOW_LEFT * pitch) break;
    if (colInk(x, b0, b1)) {
      if (first < 0) first = x;
      end = x;
    }
  }
  // A line of writing is as tall as writing; what is left of a broken frame line or a rule is not.
  const below = first >= 0 && bottom - top >= BELOW_MIN_H * L.h ? (end - first) / pitch : 0;
  const rest = (SENTENCE - match.targetEnd + 1) * pitch;
  const room: Box[] = [{ x: last.x, y: L.y, w: rest, h: L.h }, { x: left - pitch, y: b0, w: rest + pitch, h: b1 - b0 }];
  return { pitch, after, below, reliable, room };
}

/**
 * The ink after the reading holds the characters the sentence still lacks when it takes their room
 * within these margins (characters). A character's visible ink is 0.75–0.95 of its pitch (the rest
 * is the gap to the next), so the last character alone measures ≥ 0.7; a comma, a stray stroke or
 * the edge of a frame ≤ 0.6. Between "cannot hold them" and "holds them" is a margin left to review.
 */
export const SHORT_BY = 0.6;
/**
 * Ink measured over many characters is off by up to a quarter of their number (pitch read from a
 * few characters, spacing varies along a line): the margin grows with what is missing.
 */
export const SHORT_SHARE = 0.25;
export const HOLDS_FROM = 0.45;
export const HOLDS_TO = 0.75;
/** Only this many missing characters at the end are ever taken as written from the ink alone. */
const MAX_INFERRED = 4;
const SENTENCE = 17;

/**
 * Completeness of a note from how far its reading reaches along the sentence and how much of the
 * note's ink lies beyond the reading, counted in characters at the note's own character size:
 * - the alignment reaches the sentence's last character (有效): the reading decides (coverage);
 * - the ink after the last aligned character (and a line of it under it) is too short to hold what
 *   the sentence still lacks: the note is cut short — incomplete, wherever it stops, one character
 *   before the end included, whether the characters after it were read right or not;
 * - it takes the room of just those characters (≤ 4): they are written and were dropped or misread
 *   by the reader — complete;
 * - more ink than that (a name or a date written on), or between the two margins: null (review).
 */
export function decideCompleteness(match: AttestationMatch, u: UnreadWriting | null): boolean | null {
  if (match.complete === null) return null;
  const missing = SENTENCE - match.targetEnd;
  if (missing <= 0) return match.complete;
  // Print read along with the note, or the rest of a red stamp inside the seal: the ink cannot be
  // measured. A reading that says partial stands; one that passes as whole while it stops short of the
  // end (a blue stamp cut at …确认真 on a phone photo reads just like a whole one that lost its end)
  // cannot be told either way — review, not a silent pass.
  if (u && !u.reliable) return match.complete === true ? null : match.complete;
  const written = u ? u.after + u.below : 0;
  if (written < missing - Math.max(SHORT_BY, SHORT_SHARE * missing)) return false;
  if (written < missing - HOLDS_FROM || written > missing + HOLDS_TO) return null;
  if (missing > MAX_INFERRED) return null;
  return match.coverage + missing / SENTENCE >= COMPLETE_COVERAGE ? true : null;
}
