import type { Box } from '../../../rules/contract/index.ts';
import type { OcrLine } from '../types.ts';
import type { ReadBlock } from './read-candidates.ts';
import { BLUE, DARK, RED, type InkMap } from './classify-ink.ts';
import { matchAttestation, normalize } from './match-attestation.ts';
import { NOTE } from './thresholds.ts';

/**
 * Where a reading of the note came from. Every pass returns its readings tagged; the decision
 * (decide-note.ts) weighs them together:
 * - first: a block of writing read as it was found in clear space;
 * - joined: two first-pass blocks that each hold part of a two-line note, joined;
 * - wider: a partial note read again over a wider box with the print left in;
 * - sweep: ink pulled apart by colour and stroke width, read line by line (across a seal or print);
 * - trace: a sweep reading that holds ≥ 4 of the sentence's characters but does not align;
 * - restored: a motion-smeared block restored and read again;
 * - printed: a tesseract line (a printed or stamped note read cleanly).
 */
export type ReadingOrigin = 'first' | 'joined' | 'wider' | 'sweep' | 'trace' | 'restored' | 'printed';
export interface Reading extends ReadBlock { origin: ReadingOrigin }

export const tag = (origin: ReadingOrigin) => (b: ReadBlock): Reading => ({ ...b, origin });

/**
 * A tesseract line as a reading of the note, in the ink that fills its box: tesseract reads a
 * neat blue hand as confidently as print, and its ink is what the note's end is measured in.
 */
export function printedReading(l: OcrLine, map: InkMap): Reading {
  const n = [0, 0, 0];
  const x0 = Math.max(0, Math.floor(l.box.x)), x1 = Math.min(map.width, Math.ceil(l.box.x + l.box.w));
  const y0 = Math.max(0, Math.floor(l.box.y)), y1 = Math.min(map.height, Math.ceil(l.box.y + l.box.h));
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const c = map.classes[y * map.width + x];
    if (c === DARK) n[0]++; else if (c === BLUE) n[1]++; else if (c === RED) n[2]++;
  }
  const ink = n[1] > n[0] && n[1] >= n[2] ? 'blue' : n[2] > n[0] ? 'red' : 'dark';
  return { box: l.box, ink, framed: false, handwriting: 0, text: l.text, confidence: l.confidence, lines: [l], match: matchAttestation(l.text), unsure: false, origin: 'printed' };
}

/** More of the sentence, or as much read more faithfully. */
export function betterReading(a: ReadBlock, b: ReadBlock): boolean {
  return a.match.coverage > b.match.coverage || (a.match.coverage === b.match.coverage && a.match.fidelity > b.match.fidelity);
}

/** The best aligned reading among `rs`, or undefined. */
export function bestReading<T extends ReadBlock>(rs: T[]): T | undefined {
  let best: T | undefined;
  for (const r of rs) if (r.match.complete !== null && (!best || betterReading(r, best))) best = r;
  return best;
}

export function isReadable(b: ReadBlock): boolean {
  return normalize(b.text).length >= NOTE.readableHan && b.confidence >= NOTE.readableConf;
}

/**
 * The note's own box: the reader lines holding the aligned characters, a line with trailing
 * characters (a name written straight after the note) trimmed in proportion to what it read.
 * `parts` are those lines one by one.
 */
export function noteExtent(b: ReadBlock): { box: Box; lineHeight: number; parts: Box[] } {
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

/** Median height of a reading's lines (its box's height when it has none). */
export function medianLineHeight(b: ReadBlock): number {
  return b.lines.length ? b.lines.map((l) => l.box.h).sort((p, q) => p - q)[b.lines.length >> 1] : b.box.h;
}
