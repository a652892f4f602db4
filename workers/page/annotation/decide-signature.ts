import type { Box } from '../../../rules/contract/index.ts';
import type { Signature } from './types.ts';
import type { Candidate } from './signature-strokes.ts';
import { SIGNATURE } from './thresholds.ts';

/** The search pass that found a candidate (gather-signature.ts). */
export type SignaturePass = 'region' | 'pen-cut' | 'writing-cut' | 'pen-layer' | 'name-stretch';

/** Everything the signature search saw in the signing places, for one pure decision. */
export interface SignatureEvidence {
  /** Ink shaped like a signature in a signing place, each with the pass that found it. */
  found: (Candidate & { pass: SignaturePass })[];
  /** A personal name seal (名章) in a signing place. */
  nameSeal: Box | null;
  /** The note was found (the places beside it are known). */
  note: boolean;
  /** Ink in a signing place that is neither print nor a signature (filled, red, unjudgeable, a name joined to print). */
  unclear: Box | null;
  /** A printed line taller than print in a signing place: tesseract stretched it over writing. */
  hidden: Box | null;
  /** The core signing place (after the note, the lines under it) is on the page. */
  placesOnPage: boolean;
}

const byScore = (a: Candidate, b: Candidate) => b.score * b.region.cells - a.score * a.region.cells;

/**
 * The handler's signature from the evidence, in order:
 * 1. signature-like ink in a signing place: present (the likeliest by score × size);
 * 2. a name seal there: review (guide 五 says 签字; some offices accept 签章);
 * 3. no note (the places beside it unknown), ink that cannot be told, a printed line stretched
 *    over writing, or a signing place off the page: review;
 * 4. else absent — every signing place seen, holding nothing but print — at SIGNATURE.absentConfidence.
 */
export function decideSignature(e: SignatureEvidence): Signature {
  const best = [...e.found].sort(byScore)[0];
  if (best) return { present: true, box: best.region.box, confidence: Math.min(SIGNATURE.maxConfidence, 0.5 + best.score * 0.5) };
  if (e.nameSeal) return { present: null, box: e.nameSeal, confidence: 0.5 };
  const review = (box: Box | null): Signature => ({ present: null, box, confidence: SIGNATURE.reviewConfidence });
  if (!e.note) return review(null);
  if (e.unclear) return review(e.unclear);
  if (e.hidden) return review(e.hidden);
  if (!e.placesOnPage) return review(null);
  return { present: false, box: null, confidence: SIGNATURE.absentConfidence };
}
