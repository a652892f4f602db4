/**
 * The reject gate: the lowest confidence at which each check's call may reject an application.
 * Below it — or for a check with no gate (null) — the same finding is raised as review, with a
 * message saying what the employer should check. A gate is set where the calls claiming the defect
 * (the ones a reject would rest on) were right in at least REQUIRED_ACCURACY of at least MIN_CALLS
 * cases at that confidence and above, on the tune splits of BOTH sample sources: a threshold that
 * holds on one source only is no evidence — and where the calls of the bin at the gate itself are
 * right as often (a large sure bin above cannot carry a poor one at the edge). Figures are the
 * defect-side reliability of samples/bench/calibration.ts (the same tables accuracy.ts prints):
 * right/calls at ≥ the gate; calibration.ts prints the gate the saved tables support beside this one.
 * Source A's column is calibration.ts on a full accuracy run of A's tune split (the page checks as
 * they stood before this table's last changes to them); it supports every open gate here. A check
 * that reports no confidence yet (clarity, edges) is gated on its decided calls as a whole: when it
 * starts reporting one, its gate is to be set again from the bins.
 */
export const REQUIRED_ACCURACY = 0.95;
/** Calls of both sources together; each source on its own must reach REQUIRED_ACCURACY. */
export const MIN_CALLS = 10;

export type GatedCheck =
  | 'seal_present'
  | 'seal_employer_match'
  | 'note_present'
  | 'note_complete'
  | 'signature'
  | 'unclear'
  | 'edges'
  | 'income_rows'
  | 'payer_name'
  | 'tax_rows'
  | 'term'
  | 'issued_date'
  | 'person_identity';

export interface Gate {
  /** The lowest confidence that may reject; null: this check never rejects on its own call. */
  minConfidence: number | null;
  /** The defect-side figure behind it on each source's tune split. */
  measured: { a: string; b: string };
}

export const REJECT_GATE: Record<GatedCheck, Gate> = {
  // Seal said absent: on B 6 of 11 right at 0.90-1.00 on income pages (saved reports); with the current
  // seal check (seal-accuracy.ts, all pages) A 32/32, B 34/40 — B below the required accuracy.
  seal_present: { minConfidence: null, measured: { a: '32/32 right (seal-accuracy, all pages, conf 0.87-1.00)', b: '34/40 right (seal-accuracy); 6/11 at >= 0.90 on income pages (saved reports)' } },
  // Another unit's seal, as the rules decide it (the employer's name or its garbled ring text is the
  // employer's: names.ts): 1 of 5 right at 1.00 — OCR of curved seal text garbles our own seal's name.
  // With the current seal check (seal-accuracy.ts) its "another unit" calls were 5/5 right on A and 4/4
  // on B: 9 calls, under MIN_CALLS — the next measurement may open this gate.
  seal_employer_match: { minConfidence: null, measured: { a: '5/5 right (seal-accuracy, all pages)', b: '4/4 right (seal-accuracy); 1/5 at >= 0.90 on income pages (saved reports)' } },
  // Note said absent on an income page: 5 of 12 right at 0.80-0.90 (it never reports more).
  note_present: { minConfidence: null, measured: { a: '0 calls at >= 0.90 (accuracy-a-tune)', b: '5/12 right at >= 0.80 (income pages)' } },
  // Note said incomplete: 5 of 7 right at >= 0.90, 6 of 9 at >= 0.80.
  note_complete: { minConfidence: null, measured: { a: '22/22 right at >= 0.90 (accuracy-a-tune)', b: '5/7 right at >= 0.90 (income pages)' } },
  // Signature said absent: 3 of 18 right at 0.80-0.90, 2 of 8 at 0.70-0.80.
  signature: { minConfidence: null, measured: { a: '9/9 right at 0.70-0.80, none at >= 0.90 (accuracy-a-tune)', b: '5/26 right at >= 0.70 (income pages)' } },
  // No confidence reported yet: every "unclear" call of the current clarity check is right on both tune
  // splits (quality-accuracy.ts; the saved after-first-fixes reports had one mild blur wrong, 6/7).
  unclear: { minConfidence: 0, measured: { a: '10/10 right (quality-accuracy, no confidence reported)', b: '6/6 right (quality-accuracy, no confidence reported)' } },
  // No confidence reported yet: every "cut or skewed" call right on both tune splits.
  edges: { minConfidence: 0, measured: { a: '32/32 right (quality-accuracy, no confidence reported)', b: '9/9 right (quality-accuracy, no confidence reported)' } },
  // Rows read at 0.70-0.80: 80 of 83 right, at >= 0.70: 297 of 308; 0.60-0.70: 11 of 15.
  income_rows: { minConfidence: 0.7, measured: { a: '760/760 right at >= 0.70 (accuracy-a-tune)', b: '297/308 right at >= 0.70' } },
  // A payer cell read as another unit (a one-character slip included), by its row's confidence: 5 of 6
  // right on source B tune (5/5 other units at 1.00, a slip at 0.85 wrong) — under MIN_CALLS, so no
  // reject rests on a payer name yet: another unit is review, a slip is the employer's.
  payer_name: { minConfidence: null, measured: { a: '8/36 right at >= 0.90 (accuracy-a-tune): payer names never reject', b: '5/6 right (all confidences; under MIN_CALLS)' } },
  // Rows read at >= 0.90: 342 of 353 right; 0.80-0.90: 8 of 15; 0.50-0.60: 41 of 113.
  tax_rows: { minConfidence: 0.9, measured: { a: '677/678 right at >= 0.90 (accuracy-a-tune)', b: '342/353 right at >= 0.90' } },
  // Terms read at >= 0.80: 20 of 20 right; 0.30-0.50: 0 of 3.
  term: { minConfidence: 0.8, measured: { a: '20/20 right at >= 0.80 (accuracy-a-tune)', b: '20/20 right at >= 0.80' } },
  // Issued dates at >= 0.90: 71 of 71 right; 0.80-0.90: 27 of 29; 0.50-0.60: 5 of 11.
  issued_date: { minConfidence: 0.9, measured: { a: '135/135 right at >= 0.90, 158/158 at >= 0.80 (accuracy-a-tune)', b: '71/71 right at >= 0.90' } },
  // A material's holder read as another person (rules/identity judgePerson `other`: a number holding its
  // check, or a masked one, read surely and not the applicant's; a name alone never is), by the
  // confidence of the reading it rests on (reliability.ts person_identity; pipeline runs of every case
  // of each tune split, samples/bench/results/identity/): every call right, A 0.80-1.00, B 0.71-0.94,
  // and every "the applicant" call too (A 43, B 58). Names alone were left out because source B's tune
  // pages read two three-character names two characters wrong, and 18-digit credit codes are no ID
  // numbers (province code). Few calls, half of them from the retirement cases.
  person_identity: { minConfidence: 0.7, measured: { a: '11/11 right at >= 0.70 (accuracy-a-tune, --only cases)', b: '9/9 right at >= 0.70 (accuracy-b-tune, --only cases)' } },
};

/**
 * Whether a call of `check` at `confidence` may reject. A call without a confidence counts as sure:
 * the contract's meaning of an absent confidence on issued dates and terms; clarity and edges,
 * which report none yet, are gated at 0 on the accuracy of all their calls.
 */
export function mayReject(check: GatedCheck, confidence: number | null | undefined): boolean {
  const min = REJECT_GATE[check].minConfidence;
  if (min === null) return false;
  return (confidence ?? 1) >= min;
}
