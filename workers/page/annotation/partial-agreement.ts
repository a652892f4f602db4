import type { AttestationMatch } from './match-attestation.ts';

/**
 * Where the sentence 与原件一致，本单位已核实确认真实有效 may stop between clauses, as an index into
 * its 17 Han characters: after 与原件一致 (5) and after 本单位已核实 (11).
 */
export const CLAUSE_ENDS: readonly number[] = [5, 11];

/** One reading of the note: its alignment with the sentence, and whether assembling it was unsure. */
export interface PartialReading {
  match: AttestationMatch;
  unsure: boolean;
}

/**
 * A partial reading over print (or one whose assembly was unsure) is no evidence on its own that
 * the note is partial: the print under it spoils the reading, and the page goes to review. Two
 * readings made apart — the first pass over the page, and the sweep over the ink pulled away from
 * the print — that both stop at the same clause boundary are: a spoilt reading loses characters
 * where the print crosses it, which rarely falls exactly on a clause boundary twice.
 * Returns true when `other` confirms `note` as partial.
 */
export function partialConfirmed(note: PartialReading, others: PartialReading[]): boolean {
  const m = note.match;
  if (m.complete !== false || !CLAUSE_ENDS.includes(m.targetEnd)) return false;
  return others.some(
    (o) => o.match !== m && o.match.complete === false && o.match.targetEnd === m.targetEnd && o.match.targetStart === m.targetStart,
  );
}
