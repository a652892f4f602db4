import type { CharProbs } from './name-recogniser.ts';

/** How well one label sequence explains a span of a strip's CTC output (the rest of the strip is free). */
export interface NameAlignment {
  /** forward (sum over alignments) log-score of the labels on their span, minus the best path's on that span (≤ ~0) */
  forwardGap: number;
  /** per label: best path's log-prob minus the Viterbi path's over the steps that label holds (≥ 0) */
  labelCost: number[];
  /** steps [first, last] the Viterbi path spends on the labels */
  span: [number, number];
}

const NEG = -1e30;
function lse(a: number, b: number): number {
  if (a < b) [a, b] = [b, a];
  return b <= NEG ? a : a + Math.log1p(Math.exp(b - a));
}

/**
 * CTC scoring of a given label sequence as a SUBSTRING of the strip: before and after the labels every
 * step is free (scored at its own best class, so it neither helps nor hurts), in between the usual CTC
 * topology (blank = class 0, repeats need a blank between them). Runs the forward algorithm (sum) and
 * Viterbi (max, with the path kept to charge each label its own steps) on the same lattice.
 */
export function alignName(p: CharProbs, labels: number[]): NameAlignment {
  const T = p.steps, C = p.classes, N = labels.length;
  const best = bestPerStep(p);
  // states: 0 prefix, 1..2N+1 the CTC extended labels (odd = blank, even = label), 2N+2 suffix
  const S = 2 * N + 3, SUF = S - 1;
  const lab = (s: number) => (s % 2 === 1 ? 0 : labels[s / 2 - 1]!);
  const emit = (t: number, s: number) => (s === 0 || s === SUF ? best[t]! : p.logp[t * C + lab(s)]!);
  const sum = new Float64Array(S).fill(NEG), max = new Float64Array(S).fill(NEG);
  const back = new Int32Array(T * S).fill(-1);
  // t = 0: the prefix, the first blank or the first label
  for (const s of [0, 1, 2]) { sum[s] = emit(0, s); max[s] = emit(0, s); }
  const prevSum = new Float64Array(S), prevMax = new Float64Array(S);
  for (let t = 1; t < T; t++) {
    prevSum.set(sum); prevMax.set(max);
    for (let s = 0; s < S; s++) {
      const from: number[] = [s];
      if (s === 1 || s === 2) from.push(0);
      if (s >= 2 && s <= 2 * N + 1) from.push(s - 1);
      // skip the blank between two different labels
      if (s >= 4 && s % 2 === 0 && s <= 2 * N && labels[s / 2 - 1] !== labels[s / 2 - 2]) from.push(s - 2);
      if (s === SUF) from.push(2 * N, 2 * N + 1);
      let a = NEG, m = NEG, arg = -1;
      for (const f of from) {
        a = lse(a, prevSum[f]!);
        if (prevMax[f]! > m) { m = prevMax[f]!; arg = f; }
      }
      const e = emit(t, s);
      sum[s] = a + e; max[s] = m + e; back[t * S + s] = arg;
    }
  }
  const ends = [2 * N, 2 * N + 1, SUF];
  let total = NEG, endState = ends[0]!;
  for (const s of ends) { total = lse(total, sum[s]!); if (max[s]! > max[endState]!) endState = s; }
  // Viterbi path back: charge every step's shortfall to the label it belongs to (a blank to the label before it)
  const labelCost = new Array<number>(N).fill(0);
  let first = T, last = -1;
  let s = endState;
  for (let t = T - 1; t >= 0; t--) {
    if (s !== 0 && s !== SUF) {
      const k = Math.max(0, Math.floor(s / 2) - 1);
      labelCost[Math.min(k, N - 1)]! += best[t]! - p.logp[t * C + lab(s)]!;
      first = Math.min(first, t); last = Math.max(last, t);
    }
    if (t > 0) s = back[t * S + s]!;
  }
  let all = 0;
  for (let t = 0; t < T; t++) all += best[t]!;
  return { forwardGap: total - all, labelCost, span: [first, last] };
}

const bestCache = new WeakMap<CharProbs, Float64Array>();
/** Each step's best log-probability (kept per strip: every name scored on a strip needs it). */
function bestPerStep(p: CharProbs): Float64Array {
  const hit = bestCache.get(p);
  if (hit) return hit;
  const C = p.classes;
  const best = new Float64Array(p.steps);
  for (let t = 0; t < p.steps; t++) {
    let m = NEG;
    for (let c = 0; c < C; c++) m = Math.max(m, p.logp[t * C + c]!);
    best[t] = m;
  }
  bestCache.set(p, best);
  return best;
}

const greedyCache = new WeakMap<CharProbs, { cls: number; step: number; logp: number }[]>();
/** Best-path (greedy) decode: the classes of the steps, repeats merged and blanks dropped, with each one's step. */
export function greedyDecode(p: CharProbs): { cls: number; step: number; logp: number }[] {
  const hit = greedyCache.get(p);
  if (hit) return [...hit];
  const out: { cls: number; step: number; logp: number }[] = [];
  let prev = -1;
  for (let t = 0; t < p.steps; t++) {
    let arg = 0, m = NEG;
    for (let c = 0; c < p.classes; c++) if (p.logp[t * p.classes + c]! > m) { m = p.logp[t * p.classes + c]!; arg = c; }
    if (arg !== 0 && arg !== prev) out.push({ cls: arg, step: t, logp: m });
    prev = arg;
  }
  greedyCache.set(p, out);
  return [...out];
}
