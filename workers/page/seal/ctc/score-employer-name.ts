import { alignName, greedyDecode } from './align-name.ts';
import type { CharProbs, NameRecogniser } from './name-recogniser.ts';
import { nameVariants, nearMissNames, shortFormVariants } from './name-variants.ts';
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
   * win by NEAR_MARGIN, whatever the blur, before its seal is accepted.
   */
  nearMargin: number;
  /** the near miss that came closest */
  nearest: string | null;
  /** degrees of the ring the name's span covers (a short form's span scaled to the full name's length) */
  arcDeg: number;
  /** the middle of the name's span, as a fraction of the strip */
  centre?: number;
}

/**
 * The seal's full name runs along the arc (domain research: "自左而右环行", spread over about 240°).
 * When the employer's name fits but covers less than this of the ring, the seal's name goes on past it
 * (…有限公司海淀分公司: drawn branch seals put the employer's part in 157–181°). Tune: the employer's
 * own names accepted on 225–303°.
 */
const MIN_NAME_ARC_DEG = 200;

/** A neighbour read at ≥ this probability counts as text that continues the name (tune: junk around the code reads < 0.6). */
const NEIGHBOUR_PROB = 0.8;
/** Neighbours within this many of the name's own mean steps per character continue it (the name's pitch; the gap is ≥ 3 characters wide). */
const NEIGHBOUR_PITCH = 1.5;

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
    const reach = Math.max(2, Math.round(pitch * NEIGHBOUR_PITCH));
    const near = greedy.filter((g) => (g.step < a.span[0] && g.step >= a.span[0] - reach) || (g.step > a.span[1] && g.step <= a.span[1] + reach));
    // characters of the name itself next to it are the name's own other end (a name round nearly the
    // whole ring, read twice on the over-long strip) or the part a short form leaves out, not a longer name
    const ext = near.map((g) => rec.charOf(g.cls)).filter((ch, i) => Math.exp(near[i]!.logp) >= NEIGHBOUR_PROB && CJK.test(ch) && !own.has(ch)).join('');
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

/**
 * Accept the employer's name when it explains the strip almost as well as the best path and no two
 * neighbouring characters of it are contradicted. Tune (74 employer seal strips against 4104 pairs of
 * a strip with another corpus company's name): per-character gap ≥ −1.0 with worst pair ≤ 8 nats took
 * 59 of 74 and no other company; the closest other names sat at (−1.09, 8.8) and (−0.77, 11.0).
 */
export const ACCEPT_PER_CHAR = -1.0;
const ACCEPT_WORST_PAIR = 8;
/**
 * …or when it explains the strip nearly as well as the best path (per character ≥ −0.6) with one
 * contradicted pair of up to 11 nats: one character of the name lost or smudged (a 300 dpi seal under a
 * signature, a cut-off page, heavy JPEG). Source B tune, every other company name of the split scored on
 * every strip of every employer-side seal: none in this box, the closest at (−0.63, 13.2) and
 * (−0.99, 14.0); source A's closest others sat at (−0.77, 11.0) and (−1.09, 8.8). Takes 3 of B's open
 * own seals.
 */
const ACCEPT_CLEAN_PER_CHAR = -0.6;
const ACCEPT_CLEAN_WORST_PAIR = 11;
/**
 * Reject only a strip that confidently reads as a company and contradicts the name hard. Tune: the
 * other companies' seals scored −4.9 … −9.8 per character with worst pairs 18.9–44; the employer's own
 * strips never fell below −3.4 when they read as a company at all.
 */
const REJECT_PER_CHAR = -2.5;
const REJECT_WORST_PAIR = 15;
/**
 * A long name with one foreign word (科技发展 for 科技) costs little per character but much in one
 * place: reject at −1.0 per character when a pair costs ≥ 20 nats. Tune: no employer strip that reads
 * as a company has both (the worst, a blurred single page, −2.5 with a pair of 15.4).
 */
const REJECT_WORD_PER_CHAR = -1.0;
const REJECT_WORD_PAIR = 20;

/**
 * The employer's name must explain the strip at least e² ≈ 7× better than its best near miss (same name
 * with a word inserted, or its branch). A likelihood ratio, not a fitted cut-off: the separation it asks
 * for is independent of how blurred the strip is. Tune: accepted employer strips beat …分公司 by 3–40
 * nats (median 20) and an inserted word by ≥ 15.
 */
export const NEAR_MARGIN = 2;

/** The seal's name reads longer than the employer's: more name next to it, a near miss explains it as well, or it leaves much of the arc to other text. */
export function readsLonger(s: EmployerNameScore): boolean {
  return !!s.extended || s.nearMargin < NEAR_MARGIN || s.arcDeg < MIN_NAME_ARC_DEG;
}

/** The name explains the strip well enough to be accepted (before the longer-name veto). */
function accepts(s: EmployerNameScore): boolean {
  return (s.perChar >= ACCEPT_PER_CHAR && s.worstPair <= ACCEPT_WORST_PAIR) || (s.perChar >= ACCEPT_CLEAN_PER_CHAR && s.worstPair <= ACCEPT_CLEAN_WORST_PAIR);
}

/** true: the employer's seal; false: another company's, read with confidence; null: cannot tell (→ review). */
export function employerMatch(s: EmployerNameScore | null, readsAsCompany: boolean): boolean | null {
  if (!s) return null;
  if (accepts(s)) return readsLonger(s) ? null : true;
  if (!readsAsCompany) return null;
  if (s.perChar <= REJECT_PER_CHAR && s.worstPair >= REJECT_WORST_PAIR) return false;
  if (s.perChar <= REJECT_WORD_PER_CHAR && s.worstPair >= REJECT_WORD_PAIR) return false;
  return null;
}

/** Whether the strip confidently reads a company's legal form (公司 / 有限 / 事务所 …, both characters at ≥ 0.9). */
export function readsAsCompany(p: CharProbs, rec: NameRecogniser): boolean {
  const g = greedyDecode(p).filter((x) => Math.exp(x.logp) >= 0.9).map((x) => rec.charOf(x.cls)).join('');
  return /公司|有限|合伙|事务所/u.test(g);
}
