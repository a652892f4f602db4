import type { SmallPage } from './downsample-page.ts';
import type { SealCandidate } from './detect-seals.ts';
import { paperColour } from './red-ink-mask.ts';
import { ramp } from './score-ring.ts';

const MM_PER_IN = 25.4;
/** Round official seals are 38–45 mm (GA 241-2000: 公章 of enterprises 40–42 mm); the vote covers radii 17–25 mm to allow for scan scaling. */
const R_MIN_MM = 17;
const R_MAX_MM = 25;
/** A pixel is ink when darker than 78 % of the paper: a grey-scanned red seal sits at 35–70 % of paper. */
const DARK_SHARE = 0.78;
const BINS = 90;
/** Peaks of the centre vote that are verified (a text page has a few spurious ones). */
const PEAKS = 6;

export interface GreyRingStats {
  coverage: number;
  /** coverage at the ring minus the median coverage at radii 4–10 px away: a ring spikes, text does not */
  contrast: number;
  radius: number;
}

/**
 * Seals by shape alone, for pages without colour (greyscale scans, photocopied seals): a centre vote
 * along the intensity gradient of ink edges at the expected radii, then a check that the best circle
 * is covered by ink at almost every angle while nearby radii are not.
 */
export function findGreySeals(small: SmallPage, darkShare = DARK_SHARE): SealCandidate[] {
  const { width: w, height: h, data } = small;
  const [pr, pg, pb] = paperColour(small);
  const cut = ((pr + 2 * pg + pb) / 4) * darkShare;
  const lum = new Uint8Array(w * h);
  const dark = new Uint8Array(w * h);
  for (let i = 0, j = 0; i < w * h; i++, j += 3) {
    const l = (data[j]! + 2 * data[j + 1]! + data[j + 2]!) >> 2;
    lum[i] = l;
    if (l < cut) dark[i] = 1;
  }
  const pxPerMm = small.dpi / MM_PER_IN;
  const rMin = Math.round(R_MIN_MM * pxPerMm), rMax = Math.round(R_MAX_MM * pxPerMm);
  const acc = new Uint16Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      if (!dark[i] || (dark[i - 1] && dark[i + 1] && dark[i - w] && dark[i + w])) continue;
      const gx = lum[i - w + 1]! + 2 * lum[i + 1]! + lum[i + w + 1]! - lum[i - w - 1]! - 2 * lum[i - 1]! - lum[i + w - 1]!;
      const gy = lum[i + w - 1]! + 2 * lum[i + w]! + lum[i + w + 1]! - lum[i - w - 1]! - 2 * lum[i - w]! - lum[i - w + 1]!;
      const g = Math.hypot(gx, gy);
      if (g < 40) continue;
      const ux = gx / g, uy = gy / g;
      // the outer edge of a ring points away from the centre, the inner edge towards it; radii in 2 px
      // steps (the 3×3 peak sum absorbs the gaps) halve the vote time
      for (const sgn of [-1, 1]) {
        for (let r = rMin; r <= rMax; r += 2) {
          const cx = Math.round(x + sgn * r * ux), cy = Math.round(y + sgn * r * uy);
          if (cx < 0 || cy < 0 || cx >= w || cy >= h) break;
          acc[cy * w + cx]!++;
        }
      }
    }
  }
  const peaks = topPeaks(acc, w, h, PEAKS, rMin);
  const out: SealCandidate[] = [];
  for (const [cx, cy] of peaks) {
    const st = ringStats(dark, w, h, cx, cy, rMin - 3, rMax + 3);
    if (!st) continue;
    // drawn grey seals: ring coverage 1.0 / contrast 0.65 (full ink), 0.83 / 0.58 (faint, uneven);
    // the best circles through printed tables reach ≤ 0.55 coverage and ≤ 0.17 contrast. Capped at 0.75:
    // shape alone is weaker evidence than red ink.
    const score = 0.75 * ramp(st.coverage, 0.65, 0.82) * ramp(st.contrast, 0.22, 0.35);
    if (score > 0) out.push({ ellipse: { cx, cy, a: st.radius, b: st.radius, phi: 0, residual: 0, points: 0 }, score, grey: true });
  }
  return out;
}

function topPeaks(acc: Uint16Array, w: number, h: number, k: number, sep: number): Array<[number, number]> {
  // 3×3 box sum to merge votes spread by rounding
  const list: Array<[number, number, number]> = [];
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      if (acc[i]! < 8) continue;
      const s = acc[i - w - 1]! + acc[i - w]! + acc[i - w + 1]! + acc[i - 1]! + acc[i]! + acc[i + 1]! + acc[i + w - 1]! + acc[i + w]! + acc[i + w + 1]!;
      list.push([s, x, y]);
    }
  }
  list.sort((p, q) => q[0] - p[0]);
  const out: Array<[number, number]> = [];
  for (const [, x, y] of list) {
    if (out.some(([px, py]) => Math.hypot(px - x, py - y) < sep)) continue;
    out.push([x, y]);
    if (out.length >= k) break;
  }
  return out;
}

/** Angular ink coverage of circles about (cx, cy) for every radius; the ring is the best covered. */
export function ringStats(dark: Uint8Array, w: number, h: number, cx: number, cy: number, r0: number, r1: number): GreyRingStats | null {
  const cov: number[] = [];
  for (let r = r0; r <= r1; r++) {
    let hit = 0, inside = 0;
    for (let b = 0; b < BINS; b++) {
      const t = (b / BINS) * 2 * Math.PI;
      const x = Math.round(cx + r * Math.cos(t)), y = Math.round(cy + r * Math.sin(t));
      if (x < 1 || y < 1 || x >= w - 1 || y >= h - 1) continue;
      inside++;
      const i = y * w + x;
      // ±1 px radially: the fitted centre is only good to a pixel
      if (dark[i] || dark[Math.round(cy + (r + 1) * Math.sin(t)) * w + Math.round(cx + (r + 1) * Math.cos(t))] || dark[Math.round(cy + (r - 1) * Math.sin(t)) * w + Math.round(cx + (r - 1) * Math.cos(t))]) hit++;
    }
    // less than 40 % of the circle on the page: too little to judge
    cov.push(inside >= BINS * 0.4 ? hit / inside : 0);
  }
  let best = -1;
  for (let k = 3; k < cov.length - 3; k++) if (best < 0 || cov[k]! > cov[best]!) best = k;
  if (best < 0) return null;
  const nearby = cov.filter((_, k) => Math.abs(k - best) >= 4 && Math.abs(k - best) <= 10).sort((p, q) => p - q);
  const med = nearby.length ? nearby[nearby.length >> 1]! : 1;
  return { coverage: cov[best]!, contrast: cov[best]! - med, radius: r0 + best };
}
