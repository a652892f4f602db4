import { alignName, greedyDecode } from './align-name.ts';
import type { CharProbs, NameRecogniser } from './name-recogniser.ts';
import { nameVariants, nearMissNames, shortFormVariants } from './name-variants.ts';
import { SEAL_NAME } from './name-thresholds.ts';
import { STRIP_DEG } from './strip-variants.ts';

/** How well the employer's name explains a seal's name strip. */
export interface EmployerNameScore {
  /** the spelling that scored best (nameVariants) */
  variant: string;
  /** forward log-score of that spelling minus the best path's, per character, on the name's span (≈ +0.3…+0.6 for a clean read of the name) */
  perChar: number;
  /** the largest Viterbi cost (nats over the best path) of two neighbouring characters of the name: one wrong word shows here */
  worstPair: number;
  /** a confidently read CJK character right before or after the name's span: the seal's name is longer (分公司, a prefix) */
  extended: string | null;
  /**
   * Log-likelihood (nats, forward sums) of the name minus that of its best near miss (a word inserted
   * before the legal form, the branch …分公司): > 0 when the strip prefers the name. The employer must
   * win by SEAL_NAME.nearMargin, whatever the blur, before its seal is accepted.
   */
  nearMargin: number;
  /** the near miss that came closest */
  nearest: string | null;
  /** degrees of the ring the name's span covers (for a short form, the full name's span) */
  arcDeg: number;
  /** the middle of the name's span, as a fraction of the strip */
  centre?: number;
}

const CJK = /\p{Script=Han}/u;

/**
 * Scores every spelling of the employer's name as a substring of the strip and keeps the best. Its
 * short forms (name-variants.ts shortFormVariants) stand in only when the full name is not accepted and
 * a short form is: then the span, arc and centre stay the full name's (what the ring holds), so a
 * branch's seal that carries the company's name on too little of the ring stays a longer name.
 */
export function scoreEmployerName(p: CharProbs, rec: NameRecogniser, employer: string): EmployerNameScore | null {
  const full = nameVariants(employer);
  const own = new Set(full.join(''));
  const best = bestVariant(p, rec, full, own);
  if (!best) return null;
  if (!accepts(best.score)) {
    const short = bestVariant(p, rec, shortFormVariants(employer), own);
    if (short && accepts(short.score)) return withNearMargin(p, rec, { ...short, score: { ...short.score, arcDeg: best.score.arcDeg, centre: best.score.centre } });
  }
  return withNearMargin(p, rec, best);
}

interface Scored { score: EmployerNameScore; total: number }

function bestVariant(p: CharProbs, rec: NameRecogniser, variants: string[], own: Set<string>): Scored | null {
  let best: Scored | null = null;
  const greedy = greedyDecode(p);
  for (const v of variants) {
    const labels = [...v].map((ch) => rec.classOf(ch)).filter((c): c is number => c !== undefined && c > 0);
    if (labels.length < 2) continue;
    const a = alignName(p, labels);
    const perChar = a.forwardGap / labels.length;
    if (best && perChar <= best.score.perChar) continue;
    const pitch = (a.span[1] - a.span[0] + 1) / labels.length;
    const reach = Math.max(2, Math.round(pitch * SEAL_NAME.neighbourPitch));
    const near = greedy.filter((g) => (g.step < a.span[0] && g.step >= a.span[0] - reach) || (g.step > a.span[1] && g.step <= a.span[1] + reach));
    // characters of the name itself next to it are the name's own other end (a name round nearly the
    // whole ring, read twice on the over-long strip) or the part a short form leaves out, not a longer name
    const ext = near.map((g) => rec.charOf(g.cls)).filter((ch, i) => Math.exp(near[i]!.logp) >= SEAL_NAME.neighbourProb && CJK.test(ch) && !own.has(ch)).join('');
    let worstPair = 0;
    for (let i = 0; i + 1 < a.labelCost.length; i++) worstPair = Math.max(worstPair, a.labelCost[i]! + a.labelCost[i + 1]!);
    const score = { variant: v, perChar, worstPair, extended: ext || null, nearMargin: Infinity, nearest: null, arcDeg: ((a.span[1] - a.span[0] + 1) / p.steps) * STRIP_DEG, centre: (a.span[0] + a.span[1] + 1) / 2 / p.steps };
    best = { score, total: a.forwardGap };
  }
  return best;
}

function withNearMargin(p: CharProbs, rec: NameRecogniser, best: Scored): EmployerNameScore {
  const s = best.score;
  for (const n of nearMissNames(s.variant)) {
    const labels = [...n].map((ch) => rec.classOf(ch)).filter((c): c is number => c !== undefined && c > 0);
    const gap = best.total - alignName(p, labels).forwardGap;
    if (gap < s.nearMargin) { s.nearMargin = gap; s.nearest = n; }
  }
  return s;
}

/** The greedy read of the strip's steps from `from` to `to` (fractions of the strip), characters only. */
export function readSpan(p: CharProbs, rec: NameRecogniser, from = 0, to = 1): string {
  return greedyDecode(p).filter((g) => g.step >= from * p.steps && g.step < to * p.steps).map((g) => rec.charOf(g.cls)).join('').replace(/\s+/gu, '');
}

/** Kept for the callers that name them (score-seal-name.ts): see SEAL_NAME. */
export const ACCEPT_PER_CHAR = SEAL_NAME.acceptPerChar;
export const NEAR_MARGIN = SEAL_NAME.nearMargin;

/** The seal's name reads longer than the employer's: more name next to it, a near miss explains it as well, or it leaves much of the arc to other text. */
export function readsLonger(s: EmployerNameScore): boolean {
  return !!s.extended || s.nearMargin < SEAL_NAME.nearMargin || s.arcDeg < SEAL_NAME.minNameArcDeg;
}

/** The name explains the strip well enough to be accepted (before the longer-name veto). */
function accepts(s: EmployerNameScore): boolean {
  const t = SEAL_NAME;
  return (s.perChar >= t.acceptPerChar && s.worstPair <= t.acceptWorstPair) || (s.perChar >= t.acceptCleanPerChar && s.worstPair <= t.acceptCleanWorstPair);
}

/**
 * One strip's answer: true, the employer's name; null, this strip cannot tell. A strip never says
 * "another unit" on its own: that needs the other unit's name read (score-seal-name.ts decideOther).
 */
export function employerMatch(s: EmployerNameScore | null): true | null {
  if (!s) return null;
  return accepts(s) && !readsLonger(s) ? true : null;
}

/** Whether the strip confidently reads a company's legal form (公司 / 有限 / 事务所 …, both characters at ≥ 0.9). */
export function readsAsCompany(p: CharProbs, rec: NameRecogniser): boolean {
  const g = greedyDecode(p).filter((x) => Math.exp(x.logp) >= 0.9).map((x) => rec.charOf(x.cls)).join('');
  return /公司|有限|合伙|事务所/u.test(g);
}
