import type { Ellipse } from '../fit-ring.ts';
import { foreignWords } from '../match-company-name.ts';
import { findTextGap, stretchStrip, unwrapRing, type InkImage } from '../unwrap-seal-ring.ts';
import { greedyDecode } from './align-name.ts';
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
/**
 * A pair of the name this contradicted (nats) on a strip that clearly reads a word the employer's name
 * lacks makes it another entity: 北京星河数据科技发展有限公司 against …科技有限公司 scores only −0.64 per
 * character (the forward sum absorbs two extra characters) but its worst pair costs 14; tune's employer
 * strips that were not accepted had pairs 5.6–15.4, none with a confidently read foreign word.
 */
const FOREIGN_WORD_PAIR = 12;
/** Characters read at this probability or more count as read clearly (garbled ones sit well below). */
const CLEAR_PROB = 0.9;

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
  const company = readsAsCompany(p, rec);
  let match = employerMatch(score, company);
  if (match === null && employer && company && score && !score.extended && score.worstPair >= FOREIGN_WORD_PAIR) {
    const lead0 = lead * p.steps, lead1 = (1 - lead) * p.steps;
    const clear = greedyDecode(p).filter((g) => g.step >= lead0 && g.step < lead1 && Math.exp(g.logp) >= CLEAR_PROB).map((g) => rec.charOf(g.cls)).join('');
    if (foreignWords(clear, employer).length) match = false;
  }
  return { text, all, score, match };
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
