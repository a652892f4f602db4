import type { OcrLine } from '../types.ts';
import { fillMisreadEnds, matchAttestation, normalize, type AttestationMatch } from './match-attestation.ts';

export interface AssembledReading {
  text: string;
  /** The reader lines the text was joined from, in that order. */
  lines: OcrLine[];
  match: AttestationMatch;
  /**
   * The sentence is read partial but other characters sit on the same line where its missing part
   * would be: the rest may be there, misread (print under the note, faded strokes). Not decidable.
   */
  unsure: boolean;
}

/**
 * Joins a block's reader lines into one reading of the note and scores it by the sentence.
 *
 * Lines come back from the reader in no reliable order: a rotated two-line stamp put its second,
 * longer line first (its right end rises above the first line's top; one page read
 * 本单位已核实确认真实有效与原件一致). So two orders are scored and the better kept: reading order
 * (by line centre, then left to right), and the lines that each hold part of the sentence put in the
 * sentence's order — a note's lines are parts of one sentence whatever their layout.
 */
export function assembleReading(raw: OcrLine[]): AssembledReading {
  const centre = (l: OcrLine) => l.box.y + l.box.h / 2;
  const reading = [...raw].sort((p, q) =>
    Math.abs(centre(p) - centre(q)) < Math.min(p.box.h, q.box.h) / 2 ? p.box.x - q.box.x : centre(p) - centre(q),
  );
  const parts = reading
    .map((l) => ({ l, m: matchAttestation(l.text) }))
    .filter((p) => p.m.complete !== null)
    .sort((p, q) => p.m.targetStart - q.m.targetStart)
    .map((p) => p.l);
  let best = score(reading);
  if (parts.length > 1) {
    const bySentence = score(parts);
    if (bySentence.match.coverage > best.match.coverage) best = bySentence;
  }
  return best;
}

function score(lines: OcrLine[]): AssembledReading {
  const text = lines.map((l) => l.text).join('');
  const match = matchAttestation(text);
  if (match.complete === null) return { text, lines, match, unsure: false };
  // Characters on the same line before the aligned start / after its end: room for misread ends.
  let offset = 0;
  let before = 0;
  let after = 0;
  for (const l of lines) {
    const len = normalize(l.text).length;
    if (match.start >= offset && match.start < offset + len) before = match.start - offset;
    if (match.end > offset && match.end <= offset + len) after = offset + len - match.end;
    offset += len;
  }
  const filled = fillMisreadEnds(match, before, after);
  const unsure = filled.complete === false && ((filled.targetStart > 0 && before > 0) || (filled.targetEnd < 17 && after > 0));
  return { text, lines, match: filled, unsure };
}
