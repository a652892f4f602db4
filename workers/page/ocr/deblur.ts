import type { GreyPage } from './reread-weak-lines.ts';

/** A straight smear of `length` px along one axis: the sheet or the scanner moved during the scan. */
export interface MotionBlur {
  axis: 'x' | 'y';
  length: number;
}

/**
 * The longest smear looked for, in px at 150 dpi. 3 mm: the tune motion-blurred scans measure
 * 10.5–13 px (1.8–2.2 mm); a longer smear leaves nothing OCR could use even restored.
 */
const MAX_SMEAR_150 = 18;
/**
 * A smear shorter than this (px at 150 dpi) is not told apart from the strokes' own width: 10.5-pt
 * CJK strokes are 1–3 px wide at 150 dpi, bold heading strokes about 4.
 */
const MIN_SMEAR_150 = 5;
/**
 * A box smear of length L makes the derivative along it the difference of two copies of the page L
 * apart, so its autocorrelation falls to about −0.5 of its peak at lag L in theory; the tune
 * motion-blurred scans show −0.25 to −0.36 (the scan's own softness and JPEG spread it). −0.2 keeps
 * clear of the shallow drift that table rows' regular spacing leaves at large lags (≥ −0.13 here
 * before the curve turns).
 */
const SMEAR_DIP = -0.2;

/** Autocorrelation of the first difference along one axis, normalised by its zero lag, for lags 0..maxLag. */
export function derivativeAutocorrelation(grey: GreyPage, axis: 'x' | 'y', maxLag: number): Float64Array {
  const { data, width: w, height: h } = grey;
  const acc = new Float64Array(maxLag + 1);
  const lines = axis === 'x' ? h : w;
  const len = axis === 'x' ? w : h;
  const stride = axis === 'x' ? 1 : w;
  const d = new Float64Array(len - 1);
  // Every second line is plenty: strokes and smears run over many lines.
  for (let l = 0; l < lines; l += 2) {
    const base = axis === 'x' ? l * w : l;
    let any = false;
    for (let i = 0; i < len - 1; i++) {
      d[i] = data[base + (i + 1) * stride] - data[base + i * stride];
      if (d[i] !== 0) any = true;
    }
    if (!any) continue;
    for (let lag = 0; lag <= maxLag; lag++) {
      let s = 0;
      for (let i = 0; i + lag < len - 1; i++) s += d[i] * d[i + lag];
      acc[lag] += s;
    }
  }
  if (acc[0] > 0) for (let lag = maxLag; lag >= 0; lag--) acc[lag] /= acc[0];
  return acc;
}

/** The deepest point of a normalised autocorrelation at lag ≥ 1, and whether the curve rises again after it (a dip, not a drift). */
function deepest(r: Float64Array): { lag: number; value: number; turns: boolean } {
  let lag = 1;
  for (let i = 2; i < r.length; i++) if (r[i] < r[lag]) lag = i;
  return { lag, value: r[lag], turns: lag <= r.length - 3 };
}

/**
 * Motion blur along one axis, measured on a grey page of `dpi`: the derivative along the smear dips
 * deeply at the smear's length (and the curve turns up again after it), while across the smear the
 * print stays sharp (its dip sits at a stroke's width). A page blurred the same in every direction
 * (defocus) is not motion: null, as for a sharp page. Length in the page's own px.
 */
export function estimateMotionBlur(grey: GreyPage, dpi: number): MotionBlur | null {
  const k = dpi / 150;
  const maxLag = Math.ceil(MAX_SMEAR_150 * k) + 2;
  const rx = deepest(derivativeAutocorrelation(grey, 'x', maxLag));
  const ry = deepest(derivativeAutocorrelation(grey, 'y', maxLag));
  for (const [axis, along, across] of [['x', rx, ry], ['y', ry, rx]] as const) {
    if (along.turns && along.value <= SMEAR_DIP && along.lag >= MIN_SMEAR_150 * k && across.lag < MIN_SMEAR_150 * k) {
      return { axis, length: along.lag };
    }
  }
  return null;
}

/** Keeps the Richardson–Lucy ratio finite on bare paper: a fraction of one grey level. */
const EPS = 0.5;

/**
 * Richardson–Lucy deconvolution of a motion smear: the page's ink (255 − grey, so print is the
 * positive signal on a zero background) is restored under a box kernel of the smear's length along
 * its axis, `iterations` steps. The box runs as a running sum (a few operations a pixel whatever its
 * length) and is symmetric, so it is its own adjoint.
 */
export function deblurMotion(grey: GreyPage, blur: MotionBlur, iterations: number): GreyPage {
  // A vertical smear is restored on the transposed page: running along rows keeps memory access in order (≈ 2× faster).
  const page = blur.axis === 'x' ? grey : transpose(grey);
  const { width: w, height: h } = page;
  const n = w * h;
  const observed = new Float32Array(n);
  for (let i = 0; i < n; i++) observed[i] = 255 - page.data[i] + EPS;
  const estimate = Float32Array.from(observed);
  const blurred = new Float32Array(n);
  const ratio = new Float32Array(n);
  for (let it = 0; it < iterations; it++) {
    boxAlongRows(estimate, blurred, blur.length, w, h);
    for (let i = 0; i < n; i++) ratio[i] = observed[i] / (blurred[i] > EPS ? blurred[i] : EPS);
    boxAlongRows(ratio, blurred, blur.length, w, h);
    for (let i = 0; i < n; i++) estimate[i] *= blurred[i];
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = 255 + EPS - estimate[i];
    out[i] = v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
  }
  const restored = { data: out, width: w, height: h };
  return blur.axis === 'x' ? restored : transpose(restored);
}

function transpose(g: GreyPage): GreyPage {
  const { width: w, height: h, data } = g;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[x * h + y] = data[y * w + x];
  return { data: out, width: h, height: w };
}

/** Mean over a window of L px along each row (centred; an even L reaches one px further right), edges clamped. */
function boxAlongRows(src: Float32Array, dst: Float32Array, L: number, w: number, h: number): void {
  const back = Math.floor((L - 1) / 2);
  const fwd = L - 1 - back;
  const last = w - 1;
  for (let y = 0; y < h; y++) {
    const base = y * w;
    let sum = 0;
    for (let i = -back; i <= fwd; i++) sum += src[base + (i < 0 ? 0 : i > last ? last : i)];
    for (let i = 0; i < w; i++) {
      dst[base + i] = sum / L;
      const add = i + fwd + 1;
      const drop = i - back;
      sum += src[base + (add > last ? last : add)] - src[base + (drop < 0 ? 0 : drop)];
    }
  }
}
