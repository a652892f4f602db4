import type { AttestationMatch } from './match-attestation.ts';

/** One reading of the note: its alignment with the sentence, and whether assembling it was unsure. */
export interface PartialReading {
  match: AttestationMatch;
  unsure: boolean;
}

/**
 * A partial reading over print (or one whose assembly was unsure) is no evidence on its own that
 * the note is partial: the print under it spoils the reading, and the page goes to review. Two
 * readings made apart — the first pass over the page, and the sweep over the ink pulled away from
 * the print — that both read the note from its first character and stop at the same character are.
 *
 * Not only clause boundaries: on source A's tune split the partial notes stop after 5, 9 and 12
 * characters (与原件一致 | …本单位已 | …已核实确), and on the four pages where two readings were
 * made (partial notes written in clear space, three single pages and one income printout of a
 * case) they stopped at the same character. The spoilt readings of whole notes written across the
 * print of two tax records lost the sentence's start instead (read 6–17 and 13–17, both unsure),
 * and no whole note of that split gave two agreeing partial readings.
 * Returns true when another reading in `others` confirms `note` as partial.
 */
export function partialConfirmed(note: PartialReading, others: PartialReading[]): boolean {
  const m = note.match;
  if (m.complete !== false || m.targetStart !== 0) return false;
  return others.some(
    (o) => o.match !== m && o.match.complete === false && o.match.targetStart === 0 && o.match.targetEnd === m.targetEnd && !(o.unsure && note.unsure),
  );
}
