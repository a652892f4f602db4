import type { ReadBlock } from './read-candidates.ts';
import { matchAttestation, normalize } from './match-attestation.ts';
import { NOTE } from './thresholds.ts';

/**
 * A note written over two lines can come back as two blocks (与原件一致， / 本单位已核实…) when the
 * lines sit further apart than the grouping allows; each alone reads as a partial note (or as one
 * that lacks its last characters). Joins pairs of blocks that each hold part of the sentence,
 * within NOTE.joinMm of each other, in reading order.
 */
export function joinSplitNotes(read: ReadBlock[], pxPerMm: number): ReadBlock[] {
  // A reading that does not reach the sentence's end (or start) is a part too, even when it covers
  // enough to pass as whole: a whole two-line note read …确认真有 (16/17) in one block and
  // 实确认真实有效 in the next; alone the first was measured as cut one character short.
  const parts = read
    .filter((b) => b.match.complete === false || (b.match.complete === true && (b.match.targetEnd < NOTE.length || b.match.targetStart > 0)))
    .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const out: ReadBlock[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i]!, b = parts[j]!;
      const gap = Math.max(b.box.y - (a.box.y + a.box.h), a.box.y - (b.box.y + b.box.h), 0);
      if (gap > NOTE.joinMm * pxPerMm) continue;
      const text = [a.text + b.text, overlapJoin(a, b), overlapJoin(b, a)]
        .filter((t): t is string => t !== null)
        .sort((x, y) => matchAttestation(y).coverage - matchAttestation(x).coverage)[0]!;
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
 * A tesseract line that is mostly a piece of the sentence (≥ 3 of its characters read exactly, and
 * they make ≥ 0.6 of the line) is the note's handwriting read as print, not print: 与原件一致 over
 * the seal read 与原件我 at 79, and the tail 实有效 of a whole note read at 91, were cleared with the
 * print, so the short note was never read and the whole one lost its tail.
 * Printed lines share ≤ 2 characters with the sentence, or a few scattered in a long line.
 */
const FRAGMENT_EXACT = 3;
const FRAGMENT_SHARE = 0.6;
export function noteFragment(text: string): boolean {
  const m = matchAttestation(text);
  return m.exact >= FRAGMENT_EXACT && m.exact >= FRAGMENT_SHARE * [...normalize(text)].length;
}
