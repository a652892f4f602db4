import type { Ellipse } from '../fit-ring.ts';
import { findTextGap, stretchStrip, unwrapRing, type InkImage } from '../unwrap-seal-ring.ts';
import type { CharProbs, NameRecogniser } from './name-recogniser.ts';
import { employerMatch, readSpan, readsAsCompany, scoreEmployerName, type EmployerNameScore } from './score-employer-name.ts';

const DEG = Math.PI / 180;
/**
 * The strip runs 50° past the gap at both ends (460° in all): a name cut by a misjudged gap still
 * appears whole once, and the name is scored as a substring anywhere on it.
 */
const OVERRUN = 50 * DEG;
/** Strip stretch: black at the median inked pixel (the same setting as the OCR read, tune 0.3–0.7 alike). */
const STRIP_BLACK_AT = 0.5;

export interface SealNameScore {
  /** the name as read on one turn of the ring (best path, Han characters only), '' when nothing legible */
  text: string;
  /** everything read on the strip (for the issuer words of seal-owner.ts) */
  all: string;
  match: boolean | null;
  score: EmployerNameScore | null;
}

/** The name band unwrapped over 460° from the gap, glyph tops up. */
export function nameStrip(ink: InkImage, e: Ellipse, scale = 1): InkImage {
  const gap = findTextGap(ink, e);
  return unwrapRing(ink, e, { start: gap - OVERRUN, sweep: 360 * DEG + 2 * OVERRUN, rhoFrom: 0.93, rhoTo: 0.55, scale });
}

function judge(p: CharProbs, rec: NameRecogniser, employer: string | null): SealNameScore {
  const lead = OVERRUN / (360 * DEG + 2 * OVERRUN);
  const text = readSpan(p, rec, lead, 1 - lead).replace(/[^\p{Script=Han}()（）]/gu, '');
  const all = readSpan(p, rec);
  const score = employer ? scoreEmployerName(p, rec, employer) : null;
  return { text, all, score, match: employerMatch(score, readsAsCompany(p, rec)) };
}

/**
 * Scores the employer's name on the seal's name band with the recogniser's CTC output (not a read
 * compared afterwards): first on the strip stretched to its own ink, then as unwrapped when that does
 * not settle it (the stretch rescues faint strokes, the plain strip heavy ones; tune: each settled
 * seals the other left open).
 */
export async function scoreSealName(ink: InkImage, e: Ellipse, rec: NameRecogniser, employer: string | null): Promise<SealNameScore> {
  const strip = nameStrip(ink, e);
  const first = judge(await rec.probs(stretchStrip(strip, STRIP_BLACK_AT)), rec, employer);
  if (first.match !== null || !employer) return first;
  const second = judge(await rec.probs(strip), rec, employer);
  if (second.match !== null) return second;
  return (second.score?.perChar ?? -Infinity) > (first.score?.perChar ?? -Infinity) ? second : first;
}
