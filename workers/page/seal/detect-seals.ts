import type { Box } from '../../../rules/contract/index.ts';
import type { RasterPage } from '../types.ts';
import { downsamplePage, type SmallPage } from './downsample-page.ts';
import { rednessMap } from './red-ink-mask.ts';
import { dilateBox, labelComponents } from './label-components.ts';
import { fitCircle, fitEllipse, fitRobust, outlinePoints, type Ellipse } from './fit-ring.ts';
import { ringEvidence } from './ring-evidence.ts';
import { scoreRing } from './score-ring.ts';
import { findGreySeals } from './find-grey-seals.ts';
import { findTouchingRings, outlineArcShare } from './find-touching-rings.ts';

export interface SealDetection {
  /** true: a seal was found; false: none; null: only weak evidence (→ review) */
  present: boolean | null;
  /** confidence in `present` (for false: that there is no seal), 0..1 */
  confidence: number;
  /** seal boxes in page pixels, best first */
  boxes: Box[];
  /** the seal was found by shape on a colourless (grey / photocopied) impression */
  grey: boolean;
}

export interface SealCandidate {
  ellipse: Ellipse;
  score: number;
  grey: boolean;
}

/** Chroma that starts a red component (seed) and the chroma it may grow through (hysteresis). */
// measured on drawn seals: full-strength ink 120–200, faint impressions (alpha 0.35) 45–70 at 75 dpi;
// white paper with scanner noise and JPEG colour fringes of black text stays under 20
const SEED_CHROMA = 40;
const GROW_CHROMA = 22;
const MM_PER_IN = 25.4;
/** score that makes a seal (present: true) and the weak-evidence band that asks for review */
// separation on the drawn set: seals 0.7–1.0, look-alikes (fingerprint, emblem, rules, handwriting) < 0.1
export const PRESENT_SCORE = 0.5;
export const WEAK_SCORE = 0.2;
/**
 * The shape-only search runs on pages with almost no colour (greyscale scans, colour scans of
 * photocopies). A red seal colours ≥ 0.2 % of a page at 75 dpi (0.23 % for the faintest drawn one),
 * a blue signature ~0.1 %; pages with more colour and no red ring are not searched by shape (saves ~35 ms).
 */
const GREY_PAGE_COLOUR = 0.003;
/**
 * A faint seal scanned in grey sits at 82–90 % of the paper's brightness (two pages of source A's tune split, noisy grey
 * scans), lighter than the grey search's ink cut (78 %): nothing is found and the page would read as
 * confidently unstamped. When the first search finds nothing, the shape search runs again with ink at
 * ≤ 93 % of paper (75 dpi averaging keeps scanner noise on paper above 95 %); a ring found only so is
 * weak evidence (score capped below PRESENT_SCORE → review) until its arc reads as a company's name.
 */
const FAINT_GREY_DARK_SHARE = 0.93;
const FAINT_GREY_SCORE_CAP = 0.45;

function toBox(e: Ellipse, small: SmallPage, page: RasterPage): Box {
  // axis-aligned extent of a rotated ellipse
  const c = Math.cos(e.phi), s = Math.sin(e.phi);
  const hw = Math.sqrt((e.a * c) ** 2 + (e.b * s) ** 2), hh = Math.sqrt((e.a * s) ** 2 + (e.b * c) ** 2);
  const f = small.factor;
  const x0 = Math.max(0, Math.floor((e.cx - hw - 1) * f)), y0 = Math.max(0, Math.floor((e.cy - hh - 1) * f));
  const x1 = Math.min(page.width, Math.ceil((e.cx + hw + 2) * f)), y1 = Math.min(page.height, Math.ceil((e.cy + hh + 2) * f));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** Red ring-shaped components of the small page, scored. */
export function findRedSeals(small: SmallPage): { candidates: SealCandidate[]; colourShare: number } {
  const { width: w, height: h } = small;
  const red = rednessMap(small);
  const low = new Uint8Array(w * h);
  for (let i = 0; i < low.length; i++) if (red.score[i]! >= GROW_CHROMA) low[i] = 1;
  const pxPerMm = small.dpi / MM_PER_IN;
  // group pieces up to ~4 mm apart: uneven impressions break the ring into arcs with gaps of 1–3 mm
  const { labels, components } = labelComponents(dilateBox(low, w, h, Math.max(1, Math.round(2 * pxPerMm))), w, h);
  const seeded = new Set<number>();
  for (let i = 0; i < low.length; i++) if (red.score[i]! >= SEED_CHROMA) seeded.add(labels[i]!);
  const candidates: SealCandidate[] = [];
  for (const comp of components) {
    if (!seeded.has(comp.label)) continue;
    const span = Math.max(comp.x1 - comp.x0, comp.y1 - comp.y0) + 1;
    // a 40 mm seal cut in half by the page edge still spans 40 mm (+4 mm of grouping margin);
    // 24 mm rejects fingerprints and emblems early
    if (span < 24 * pxPerMm) continue;
    const pts = outlinePoints(labels, low, w, h, comp);
    // wider than any one seal (72 mm + margin): the ring touches other red marks — a stamped note's
    // frame, the tax bureau's 业务专用章 (a tax record's first page, source A's tune split: seal + note + bureau seal = one 157 mm
    // group, dropped whole before this). Only rings inside the group can be a seal; no single fit.
    if (span > 100 * pxPerMm) {
      for (const e of findTouchingRings(pts, small.dpi)) {
        // the group's own edges must trace the ring: seals in such groups on tune show 0.92–0.97 of the
        // angles, a circle inscribed in a red table grid 0.39 (it touches the rules only at tangents)
        if (outlineArcShare(pts, e, small.dpi) < 0.6) continue;
        const score = scoreRing(e, ringEvidence(low, w, h, e), small.dpi);
        if (score > 0) candidates.push({ ellipse: e, score, grey: false });
      }
      continue;
    }
    const circle = fitRobust(pts, fitCircle);
    let best: SealCandidate | null = null;
    for (const e of [circle, circle && circle.residual < 0.04 ? null : fitRobust(pts, fitEllipse)]) {
      if (!e) continue;
      const score = scoreRing(e, ringEvidence(low, w, h, e), small.dpi);
      if (!best || score > best.score) best = { ellipse: e, score, grey: false };
    }
    // no single ring explains the group: look for rings stamped over each other (or touching red marks)
    if ((!best || best.score < PRESENT_SCORE || mergedRings(best.ellipse)) && span >= 30 * pxPerMm) {
      const rings: SealCandidate[] = [];
      for (const e of findTouchingRings(pts, small.dpi)) {
        const score = scoreRing(e, ringEvidence(low, w, h, e), small.dpi);
        if (score > 0) rings.push({ ellipse: e, score, grey: false });
      }
      // an oval that is really two round seals over each other: their rings replace it when both are seals
      if (best && best.score >= PRESENT_SCORE && apartSeals(rings.filter((r) => r.score >= PRESENT_SCORE))) best = null;
      if (!best || best.score < PRESENT_SCORE) candidates.push(...rings);
    }
    if (best && best.score > 0) candidates.push(best);
  }
  return { candidates, colourShare: red.colourShare };
}

/**
 * An oval fit that may be two round seals stamped over each other (the employer's seal half over the
 * tax bureau's): clearly elongated and tracing its outline loosely. Ovals, drawn and scanned, fit to a
 * residual of 0.005–0.01 (source B's tune oval seal: 0.006 at b/a 0.75); two overlapping rings fitted
 * as one oval 0.02–0.045 (source B's tune: 0.043 at b/a 0.65; drawn pairs 0.03–0.04).
 */
const MERGED_MAX_ASPECT = 0.9;
const MERGED_MIN_RESIDUAL = 0.015;
function mergedRings(e: Ellipse): boolean {
  return e.b / e.a < MERGED_MAX_ASPECT && e.residual > MERGED_MIN_RESIDUAL;
}
/**
 * Two of the rings are seals whose centres lie a radius apart or more, so they stay two after dedupe;
 * rings closer than that (one seal nearly on top of the other) leave the oval as it was.
 */
function apartSeals(rings: SealCandidate[]): boolean {
  return rings.some((p, i) => rings.some((q, j) => j > i && Math.hypot(p.ellipse.cx - q.ellipse.cx, p.ellipse.cy - q.ellipse.cy) >= Math.max(p.ellipse.a, q.ellipse.a)));
}

/** Keeps the best of overlapping candidates (a ring split in two arcs yields two fits of one seal). */
function dedupe(cands: SealCandidate[]): SealCandidate[] {
  const out: SealCandidate[] = [];
  for (const c of [...cands].sort((p, q) => q.score - p.score)) {
    if (out.some((o) => Math.hypot(o.ellipse.cx - c.ellipse.cx, o.ellipse.cy - c.ellipse.cy) < Math.max(o.ellipse.a, c.ellipse.a))) continue;
    out.push(c);
  }
  return out;
}

/** Quick seal check without OCR: red rings first; on pages where none is found, rings by shape alone. */
export function detectSeals(page: RasterPage): SealDetection {
  const small = downsamplePage(page);
  const { candidates: red, colourShare } = findRedSeals(small);
  let cands = dedupe(red);
  if (!cands.some((c) => c.score >= PRESENT_SCORE) && colourShare < GREY_PAGE_COLOUR) {
    const grey = findGreySeals(small);
    cands = dedupe([...cands, ...grey]);
    if (!cands.some((c) => c.score >= WEAK_SCORE)) {
      const faint = findGreySeals(small, FAINT_GREY_DARK_SHARE).map((c) => ({ ...c, score: c.score * (FAINT_GREY_SCORE_CAP / 0.75) }));
      cands = dedupe([...cands, ...faint]);
    }
  }
  const strong = cands.filter((c) => c.score >= PRESENT_SCORE);
  if (strong.length) {
    return {
      present: true,
      confidence: round2(strong[0]!.score),
      boxes: strong.map((c) => toBox(c.ellipse, small, page)),
      grey: strong[0]!.grey,
    };
  }
  const weak = cands.filter((c) => c.score >= WEAK_SCORE);
  if (weak.length) {
    return { present: null, confidence: round2(weak[0]!.score), boxes: weak.map((c) => toBox(c.ellipse, small, page)), grey: weak[0]!.grey };
  }
  const bestScore = cands[0]?.score ?? 0;
  return { present: false, confidence: round2(1 - bestScore), boxes: [], grey: false };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
