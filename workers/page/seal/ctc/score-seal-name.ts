import type { Ellipse } from '../fit-ring.ts';
import { foreignWords } from '../match-company-name.ts';
import { sealOwner } from '../seal-owner.ts';
import { findTextGap, stretchStrip, type InkImage } from '../unwrap-seal-ring.ts';
import { greedyDecode } from './align-name.ts';
import type { CharProbs, NameRecogniser } from './name-recogniser.ts';
import { ACCEPT_PER_CHAR, employerMatch, readSpan, readsLonger, readsAsCompany, scoreEmployerName, type EmployerNameScore } from './score-employer-name.ts';
import { nameStrip, OVERRUN, type NameStripOptions } from './strip-variants.ts';

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

function judge(p: CharProbs, rec: NameRecogniser, employer: string | null): SealNameScore {
  const all = readSpan(p, rec);
  const score = employer ? scoreEmployerName(p, rec, employer) : null;
  // one turn of the ring (the strip holds two): centred on where the employer's name fits best, so a
  // name across the seam reads whole; else the turn that starts at the seam
  const turn = (2 * Math.PI) / (2 * Math.PI + 2 * OVERRUN);
  const from = score?.centre === undefined ? (1 - turn) / 2 : Math.min(1 - turn, Math.max(0, score.centre - turn / 2));
  const text = readSpan(p, rec, from, from + turn).replace(/[^\p{Script=Han}()（）]/gu, '');
  const company = readsAsCompany(p, rec);
  let match = employerMatch(score, company);
  if (match === null && employer && company && score && !score.extended && score.worstPair >= FOREIGN_WORD_PAIR) {
    const lead0 = from * p.steps, lead1 = (from + turn) * p.steps;
    const clear = greedyDecode(p).filter((g) => g.step >= lead0 && g.step < lead1 && Math.exp(g.logp) >= CLEAR_PROB).map((g) => rec.charOf(g.cls)).join('');
    if (foreignWords(clear, employer).length) match = false;
  }
  return { text, all, score, match };
}

/** The seal's ink, measured two ways (seal-ink-image.ts), and its ring. */
export interface SealNameSource {
  ink: InkImage;
  e: Ellipse;
  /** luminance where red ink is near (red seals only): sharper strokes than redness on low-dpi and blurred scans */
  shapeInk?: () => InkImage;
  /** where the strip's seam falls (ellipse-parameter radians); default the widest gap in the name band (findTextGap) */
  seam?: number;
}

interface StripPlan {
  name: string;
  ink: 'red' | 'shape';
  band?: NameStripOptions;
  /** strip stretch (black at this quantile of its ink), null: as unwrapped */
  stretch: number | null;
  /**
   * Whether a confident mismatch on this strip may answer false. Only the two red-ink strips: the other
   * readings exist to find the employer's name in a hard strip, and luminance also carries black print
   * that touches the ring (a tax record of source A's tune split: the employer's own seal read as another name on it).
   */
  mayReject: boolean;
}

/**
 * The strips tried in turn until one settles the seal: the red ink stretched to its own ink and as
 * unwrapped (as before), then the ink by shape, as unwrapped and stretched. Scans and PDF images keep
 * colour at half resolution or less (JPEG 4:2:0): on 100 dpi, 150 dpi and blurred seals redness smears
 * the strokes that luminance keeps sharp. Tune (75 seals; samples/bench/seal-name-study.ts): the
 * employer's name accepted on 59 of 72 own seals with the red strips, 68 by shape as unwrapped, 70 with
 * all four; no other company's name of the split accepted on any strip of any seal (≈ 4000 pairs).
 * A wider band, a larger ring, 2× sampling, other stretches added ≤ 1 seal each and were left out.
 * Each further strip costs one recogniser run (≈ 0.1 s), run only when the strips before it left the seal open.
 */
const PLANS: StripPlan[] = [
  { name: 'red', ink: 'red', stretch: STRIP_BLACK_AT, mayReject: true },
  { name: 'red-plain', ink: 'red', stretch: null, mayReject: true },
  { name: 'shape-plain', ink: 'shape', stretch: null, mayReject: false },
  { name: 'shape', ink: 'shape', stretch: STRIP_BLACK_AT, mayReject: false },
];

/**
 * Scores the employer's name on the seal's name band with the recogniser's CTC output (not a read
 * compared afterwards), strip after strip (PLANS) until one settles it. Without an employer only the
 * first strip is read (for whose seal it is). An employer accepted on any strip is a match: the
 * acceptance needs the name to explain the strip nearly as well as the best path and better than its
 * near misses, which no other company's name did on any strip of tune.
 */
export async function scoreSealName(src: SealNameSource, rec: NameRecogniser, employer: string | null): Promise<SealNameScore> {
  const gap = src.seam ?? findTextGap(src.ink, src.e);
  let shape: InkImage | null = null;
  let longer = false;
  const tried: SealNameScore[] = [];
  for (const plan of PLANS) {
    let ink = src.ink;
    if (plan.ink === 'shape') {
      if (!src.shapeInk) continue;
      shape ??= src.shapeInk();
      ink = shape;
    }
    const strip = nameStrip(ink, src.e, plan.band, gap);
    const r = judge(await rec.probs(plan.stretch === null ? strip : stretchStrip(strip, plan.stretch)), rec, employer);
    if (!employer) return r;
    if (r.match === true && !longer) return r;
    if (r.match === false && plan.mayReject) return r;
    // an issuer's seal (the tax bureau's on a tax record) read as such on the first strip: the further
    // strips could only look for the employer's name in it (unless the employer is itself such a body)
    if (tried.length === 0 && r.match === null && sealOwner(r.text || null, r.all) === 'issuer' && sealOwner(employer) !== 'issuer') return r;
    // a strip on which the name fits but the seal's name reads longer (…分公司 after it, a near miss
    // explaining it as well) vetoes a match on every later strip: a blurred branch seal must not match
    // because one reading lost its suffix (drawn blurred 北京领航…有限公司分公司: the plain strip read the
    // 分 after the name, the shape strip garbled it into the name)
    const s = r.score;
    if (s && s.perChar >= ACCEPT_PER_CHAR && readsLonger(s)) longer = true;
    // the seal's text for whose seal it is (seal-owner.ts) comes from red ink only: by shape, black
    // print under the ring reads along with it
    if (plan.ink === 'red') tried.push({ ...r, match: null });
  }
  return tried.reduce((b, x) => ((x.score?.perChar ?? -Infinity) > (b.score?.perChar ?? -Infinity) ? x : b));
}
