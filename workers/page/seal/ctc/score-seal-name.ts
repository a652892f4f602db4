import type { Ellipse } from '../fit-ring.ts';
import { sealOwner } from '../seal-owner.ts';
import { findTextGap, stretchStrip, type InkImage } from '../unwrap-seal-ring.ts';
import { greedyDecode } from './align-name.ts';
import type { CharProbs, NameRecogniser } from './name-recogniser.ts';
import { SEAL_NAME } from './name-thresholds.ts';
import { ACCEPT_PER_CHAR, employerMatch, NEAR_MARGIN, readSpan, readsLonger, scoreEmployerName, type EmployerNameScore } from './score-employer-name.ts';
import { otherUnitName, unitNamesOnStrip, type ReadUnitName } from './other-unit-name.ts';
import { nameStrip, OVERRUN, type NameStripOptions } from './strip-variants.ts';

/** Strip stretch: black at the median inked pixel (the same setting as the OCR read, tune 0.3–0.7 alike). */
const STRIP_BLACK_AT = 0.5;
export interface SealNameScore {
  /** the name as read on one turn of the ring (best path, Han characters only), '' when nothing legible */
  text: string;
  /** everything read on the strip (for the issuer words of seal-owner.ts) */
  all: string;
  match: boolean | null;
  score: EmployerNameScore | null;
  /**
   * 0..1, how sure `match` is: an accepted name by how far it clears the acceptance (0.9–1), another
   * unit's by how clearly its name was read (its mean character probability, ≥ 0.8), SEAL_NAME.openConfidence
   * when undecided.
   */
  confidence: number;
}

interface StripRead extends SealNameScore {
  /** unit names read on the strip (other-unit-name.ts) */
  units: ReadUnitName[];
  /** the name fits but the seal's name reads longer (score-employer-name.ts readsLonger) */
  longer: boolean;
}

function judge(p: CharProbs, rec: NameRecogniser, employer: string | null): StripRead {
  const all = readSpan(p, rec);
  const score = employer ? scoreEmployerName(p, rec, employer) : null;
  // one turn of the ring (the strip holds two): centred on where the employer's name fits best, so a
  // name across the seam reads whole; else the turn that starts at the seam
  const turn = (2 * Math.PI) / (2 * Math.PI + 2 * OVERRUN);
  const from = score?.centre === undefined ? (1 - turn) / 2 : Math.min(1 - turn, Math.max(0, score.centre - turn / 2));
  const inTurn = greedyDecode(p).filter((g) => g.step >= from * p.steps && g.step < (from + turn) * p.steps);
  const text = inTurn.map((g) => rec.charOf(g.cls)).join('').replace(/[^\p{Script=Han}()（）]/gu, '');
  let match: boolean | null = employerMatch(score);
  // a short name covers less of the ring (tune: 10 characters on 187–192°) than the arc rule asks for:
  // a turn that reads exactly the name, every character clearly, holds nothing else to make it longer
  const han = inTurn.filter((g) => /\p{Script=Han}/u.test(rec.charOf(g.cls)));
  const exact = !!score && han.map((g) => rec.charOf(g.cls)).join('') === score.variant && han.every((g) => Math.exp(g.logp) >= SEAL_NAME.clearProb);
  if (match === null && exact && score && !score.extended && score.nearMargin >= NEAR_MARGIN && score.perChar >= ACCEPT_PER_CHAR) match = true;
  const confidence = match === true && score ? acceptedConfidence(score.perChar) : SEAL_NAME.openConfidence;
  const longer = !!score && score.perChar >= ACCEPT_PER_CHAR && readsLonger(score) && !(exact && !score.extended && score.nearMargin >= NEAR_MARGIN);
  return { text, all, score, match, confidence, longer, units: employer ? unitNamesOnStrip(p, rec) : [] };
}

/** 0.9 at the acceptance cut-off, 1 from 1.4 nats per character above it (a clean read of the name). */
function acceptedConfidence(perChar: number): number {
  return Math.round((0.9 + 0.1 * Math.min(1, Math.max(0, (perChar - ACCEPT_PER_CHAR) / 1.4))) * 100) / 100;
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
   * Whether a unit name read on this strip may make the seal another unit's. Only the two red-ink
   * strips: the other readings exist to find the employer's name in a hard strip, and luminance also
   * carries black print that touches the ring (a tax record of source A's tune split: the employer's own
   * seal read as another name on it).
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
 * compared afterwards), strip after strip (PLANS) until one accepts it. Without an employer only the
 * first strip is read (for whose seal it is). An employer accepted on any strip is a match: the
 * acceptance needs the name to explain the strip nearly as well as the best path and better than its
 * near misses, which no other company's name did on any strip of tune. Another unit's seal needs every
 * strip read (decideOther).
 */
export async function scoreSealName(src: SealNameSource, rec: NameRecogniser, employer: string | null): Promise<SealNameScore> {
  const gap = src.seam ?? findTextGap(src.ink, src.e);
  let shape: InkImage | null = null;
  let longer = false;
  const tried: Array<{ r: StripRead; plan: StripPlan }> = [];
  for (const plan of PLANS) {
    let ink = src.ink;
    if (plan.ink === 'shape') {
      if (!src.shapeInk) continue;
      shape ??= src.shapeInk();
      ink = shape;
    }
    const strip = nameStrip(ink, src.e, plan.band, gap);
    const r = judge(await rec.probs(plan.stretch === null ? strip : stretchStrip(strip, plan.stretch)), rec, employer);
    if (!employer) return strip0(r);
    if (r.match === true && !longer) return strip0(r);
    // an issuer's seal (the tax bureau's on a tax record) read as such on the first strip: the further
    // strips could only look for the employer's name in it (unless the employer is itself such a body)
    if (tried.length === 0 && sealOwner(r.text || null, r.all) === 'issuer' && sealOwner(employer) !== 'issuer') return strip0({ ...r, match: null });
    // a strip on which the name fits but the seal's name reads longer (…分公司 after it, a near miss
    // explaining it as well) vetoes a match on every later strip: a blurred branch seal must not match
    // because one reading lost its suffix (drawn blurred 北京领航…有限公司分公司: the plain strip read the
    // 分 after the name, the shape strip garbled it into the name)
    if (r.longer) longer = true;
    tried.push({ r: { ...r, match: null }, plan });
  }
  // the seal's text for whose seal it is (seal-owner.ts) comes from red ink only: by shape, black
  // print under the ring reads along with it
  const red = tried.filter((t) => t.plan.ink === 'red').map((t) => t.r);
  const best = red.reduce((b, x) => ((x.score?.perChar ?? -Infinity) > (b.score?.perChar ?? -Infinity) ? x : b));
  const other = decideOther(tried, employer!);
  return strip0(other ? { ...best, match: false, confidence: other } : best);
}

/** The strip's read without its working fields. */
function strip0(r: StripRead): SealNameScore {
  return { text: r.text, all: r.all, match: r.match, score: r.score, confidence: r.confidence };
}

/**
 * Another unit's seal, or not: a unit name read clearly on a red strip (otherUnitName), and either no
 * strip of the four explains the employer's name (SEAL_NAME.rejectBestPerChar) or, for a near namesake (恒通
 * for 领航, 发展 inserted, another place), that name read clearly throughout while every red strip
 * contradicts a pair of the employer's hard. Returns the confidence of the call, or null.
 */
function decideOther(tried: Array<{ r: StripRead; plan: StripPlan }>, employer: string): number | null {
  const rejecting = tried.filter((t) => t.plan.mayReject).map((t) => t.r);
  const other = otherUnitName(rejecting.flatMap((r) => r.units), employer);
  if (!other) return null;
  const bestPerChar = Math.max(...tried.map((t) => t.r.score?.perChar ?? -Infinity));
  const clear = other.probs.every((p) => p >= SEAL_NAME.clearProb);
  const nearNamesake = clear && rejecting.every((r) => !r.score?.extended && (r.score?.worstPair ?? 0) >= SEAL_NAME.foreignWordPair);
  if (bestPerChar > SEAL_NAME.rejectBestPerChar && !nearNamesake) return null;
  return Math.round((other.probs.reduce((a, b) => a + b, 0) / other.probs.length) * 100) / 100;
}
