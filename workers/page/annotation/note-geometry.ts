import type { Box } from '../../../rules/contract/index.ts';
import type { OcrLine } from '../types.ts';
import type { InkMap } from './classify-ink.ts';
import type { InkRegion } from './find-ink-regions.ts';
import type { ReadBlock } from './read-candidates.ts';
import { matchAttestation, normalize } from './match-attestation.ts';
import { strokeFeatures } from './stroke-features.ts';
import { firstClauseTrace } from './sweep-note.ts';
import { findSigningLabels } from './signing-places.ts';
import { overlapShare, union } from './boxes.ts';
import { NOTE } from './thresholds.ts';

/**
 * Wider than this (mm) and unreadable is a note we cannot read; narrower and read as ≤ 3 characters
 * is a signature's size: 与原件一致 alone at note size is ≈ 30–35 mm, a 2–3 character name ≈ 15–30 mm.
 */
const NOTE_MIN_MM = 36;
/** A pen stroke running unbroken over more than 1.3 line heights is cursive — a signature's scribble. */
const CURSIVE_STROKE = 1.3;
export function isSignatureLike(b: ReadBlock, map: InkMap): boolean {
  // 与原致 is the note's first clause, not a name, however small it is written.
  if (normalize(b.text).length > 3 || firstClauseTrace(b.text)) return false;
  return b.box.w / map.pxPerMm < NOTE_MIN_MM || (b.ink !== 'red' && strokeFeatures(map, b.box, b.ink).longestStroke >= CURSIVE_STROKE);
}

/**
 * A stamp's own ink: its framed region(s) and whatever holds its read text — not the whole block,
 * which also takes in a signature in the same ink within 1.5 line heights of the frame (a blue
 * signature under a blue stamp was cleared with it and reported missing).
 */
export function stampExtent(note: ReadBlock, textBox: Box, regions: InkRegion[]): Box {
  const parts = regions.filter(
    (r) => r.ink === note.ink && overlapShare(r.box, note.box) > 0.8 && (r.framed || overlapShare(r.box, textBox) > 0),
  );
  return parts.reduce((acc, r) => union(acc, r.box), note.frame ? union(textBox, note.frame) : textBox);
}

/**
 * The note's line boxes, none reaching into a name split off after the note (name-after-note.ts):
 * the proportional cut of a line leaves the name's first characters in the note, a name being
 * written larger than the note.
 */
export function ownLines(note: ReadBlock, parts: Box[]): Box[] {
  const n = note.name;
  if (!n) return parts;
  return parts.map((p) => (p.y < n.y + n.h && n.y < p.y + p.h && p.x + p.w > n.x ? { ...p, w: Math.max(1, n.x - p.x) } : p));
}

/**
 * Writing the reader read confidently as words that are not the note: a date (≥ 4 digits) or a phrase
 * of ≥ 5 Han characters that shares < 2 with the sentence (仅供办理工作居住证使用). A signature is
 * neither — a name is 2–3 characters, a scribble reads as little or at low confidence — so these
 * lines are cleared before the signature is looked for (on an unsigned page a date written by the
 * note was taken for the signature). A line holding the label 经办人签字 is not cleared: the name
 * written after it is the signature.
 */
const DATE_DIGITS = 4;
const PHRASE_HAN = 5;
export function otherWriting(lines: OcrLine[]): Box[] {
  const phrase = (t: string) => (t.match(/[0-9]/g)?.length ?? 0) >= DATE_DIGITS || normalize(t).length >= PHRASE_HAN;
  return lines
    .filter((l) => l.confidence >= NOTE.readableConf && matchAttestation(l.text).exact < 2 && findSigningLabels([l], 1).length === 0)
    .flatMap((l) => tokens(l).filter((t) => phrase(t.text)).map((t) => t.box));
}

/**
 * A reader line's blank-separated stretches, each with its share of the line's box: a line read
 * across a name and the seal's text beside it (晓 专用章型) is a name and a phrase, and only the
 * phrase is other writing.
 */
function tokens(l: OcrLine): { text: string; box: Box }[] {
  const parts = l.text.trim().split(/\s+/u);
  const total = parts.reduce((n, p) => n + [...p].length, 0) || 1;
  let at = 0;
  return parts.map((p) => {
    const n = [...p].length;
    const box = { ...l.box, x: l.box.x + (l.box.w * at) / total, w: (l.box.w * n) / total };
    at += n;
    return { text: p, box };
  });
}
