/**
 * Text-line angle by projection profiles: ink points are projected onto the vertical axis for
 * candidate angles; the angle whose row histogram is most peaked (largest sum of squares) lines
 * up the text lines. Coarse 0.5° search over ±MAX, then 0.05° refinement.
 */
export interface SkewEstimate {
  /** Degrees, positive = clockwise (lines descend to the right); null when not decidable. */
  deg: number | null;
  /** Peak score over the mean score across all angles: ~1 means no line structure. */
  peakedness: number;
  points: number;
}

const MAX_DEG = 15;
/** Enough ink points for a stable profile; beyond this we subsample (cost is points × angles). */
const MAX_POINTS = 20_000;
/** Fewer ink points than this (≈ 2 short lines at 150 dpi) cannot show a line direction. */
const MIN_POINTS = 1500;

export function estimateSkew(mask: Uint8Array, width: number, height: number, minPeakedness: number): SkewEstimate {
  // Use only the bottom pixel of each vertical ink run: baselines give sharper profiles than full glyphs.
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height - 1; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (mask[row + x] && !mask[row + width + x]) { xs.push(x); ys.push(y); }
    }
  }
  const n = xs.length;
  if (n < MIN_POINTS) return { deg: null, peakedness: 1, points: n };
  const step = Math.max(1, Math.floor(n / MAX_POINTS));
  const px: number[] = [];
  const py: number[] = [];
  for (let i = 0; i < n; i += step) { px.push(xs[i] - width / 2); py.push(ys[i]); }
  const pad = Math.ceil(width * Math.tan((MAX_DEG * Math.PI) / 180)) + 2;
  const bins = new Uint32Array(height + 2 * pad);
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < px.length; i++) bins[(py[i] - px[i] * t + pad) | 0]++;
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i] * bins[i];
    return s;
  };
  let best = 0, bestScore = -1, sum = 0, count = 0;
  for (let d = -MAX_DEG; d <= MAX_DEG + 1e-9; d += 0.5) {
    const s = score(d);
    sum += s; count++;
    if (s > bestScore) { bestScore = s; best = d; }
  }
  const coarse = best;
  for (let d = coarse - 0.5; d <= coarse + 0.5 + 1e-9; d += 0.05) {
    const s = score(d);
    if (s > bestScore) { bestScore = s; best = d; }
  }
  const peakedness = bestScore / (sum / count);
  const deg = peakedness >= minPeakedness ? Math.round(best * 100) / 100 : null;
  return { deg, peakedness, points: n };
}
