import type { RandomStream } from '../rng.ts';
import { clamp255, newRaster, NOISE_MASK, pixelNoise, smoothField, type Raster } from './raster.ts';

/** The scanner's (or camera's) tone response for the sheet as a 3 × 256 lookup. */
export function toneCurve(phone: boolean, rng: RandomStream): Uint8Array {
  const white = phone ? rng.between(222, 245) : rng.between(236, 252);
  const black = phone ? rng.between(30, 58) : rng.between(12, 38);
  const gamma = rng.between(0.9, 1.15);
  const tint = [rng.between(-2, 2), 0, rng.between(-3, 2)];
  const lut = new Uint8Array(768);
  for (let ch = 0; ch < 3; ch++) {
    for (let v = 0; v < 256; v++) lut[ch * 256 + v] = clamp255(Math.round(black + (white + tint[ch] - black) * Math.pow(v / 255, gamma)));
  }
  return lut;
}

/**
 * A phone's view of the desk: light falling off across the frame, sometimes the soft shadow of the
 * phone or a hand, vignetting, and a colour cast from the room's light.
 */
export function phoneLight(img: Raster, rng: RandomStream): void {
  const { w, h, data } = img;
  const a = rng.between(0, 2 * Math.PI);
  const dx = Math.cos(a);
  const dy = Math.sin(a);
  const slope = rng.between(0.08, 0.25);
  const level = rng.between(0.9, 1.04);
  const hasShadow = rng.yes(0.6);
  const sa = rng.between(0, 2 * Math.PI);
  const snx = Math.cos(sa);
  const sny = Math.sin(sa);
  const sOffset = rng.between(0.25, 0.45); // the shadow covers the frame beyond this (fraction of the half-diagonal)
  const sDepth = rng.between(0.12, 0.3);
  const sSoft = rng.between(0.05, 0.15);
  const vignette = rng.between(0.05, 0.18);
  const casts: [number, number, number][] = [
    [1.06, 1.0, 0.86], // warm bulb
    [1.03, 1.0, 0.93],
    [0.94, 1.0, 1.06], // daylight through a window
    [0.98, 1.02, 0.94], // fluorescent
  ];
  const cast = rng.oneOf(casts).map((k) => k * rng.between(0.98, 1.02));
  const uneven = smoothField(w, h, 2, 3, rng.child('uneven'));
  const half = Math.hypot(w, h) / 2;
  const cx = w / 2;
  const cy = h / 2;
  // The shadow's soft edge is a logistic in t; tabulated, since exp per pixel is costly.
  const SIG_N = 2048;
  const SIG_RANGE = 10;
  const sig = new Float32Array(SIG_N + 1);
  for (let k = 0; k <= SIG_N; k++) sig[k] = 1 - sDepth / (1 + Math.exp(-((k / SIG_N) * 2 - 1) * SIG_RANGE));
  const colX = new Float32Array(w);
  for (let x = 0; x < w; x++) colX[x] = (x - cx) / half;
  for (let y = 0; y < h; y++) {
    const ry = (y - cy) / half;
    for (let x = 0; x < w; x++) {
      const rx = colX[x];
      let k = level * (1 - slope * (rx * dx + ry * dy)) * (1 - vignette * (rx * rx + ry * ry)) * (1 + 0.03 * uneven[y * w + x]);
      if (hasShadow) {
        const t = (rx * snx + ry * sny - sOffset) / sSoft;
        k *= t <= -SIG_RANGE ? sig[0] : t >= SIG_RANGE ? sig[SIG_N] : sig[Math.round(((t / SIG_RANGE + 1) / 2) * SIG_N)];
      }
      const i = (y * w + x) * 3;
      data[i] = clamp255(data[i] * k * cast[0]);
      data[i + 1] = clamp255(data[i + 1] * k * cast[1]);
      data[i + 2] = clamp255(data[i + 2] * k * cast[2]);
    }
  }
}

/** Sensor noise: luminance noise of `sd` levels plus a smaller colour component. */
export function sensorNoise(img: Raster, sd: number, rng: RandomStream): void {
  const noise = pixelNoise(rng);
  const T = noise.table;
  const d = img.data;
  const chroma = sd * 0.4;
  for (let y = 0; y < img.h; y++) {
    let o = noise.start();
    const row = y * img.w * img.c;
    if (img.c === 1) {
      for (let x = 0; x < img.w; x++) d[row + x] = clamp255(d[row + x] + T[o++ & NOISE_MASK] * sd);
      continue;
    }
    for (let x = 0, i = row; x < img.w; x++, i += 3) {
      const l = T[o++ & NOISE_MASK] * sd;
      d[i] = clamp255(d[i] + l + T[o++ & NOISE_MASK] * chroma);
      d[i + 1] = clamp255(d[i + 1] + l + T[o++ & NOISE_MASK] * chroma);
      d[i + 2] = clamp255(d[i + 2] + l + T[o++ & NOISE_MASK] * chroma);
    }
  }
}

export function toGrey(img: Raster): Raster {
  if (img.c === 1) return img;
  const out = newRaster(img.w, img.h, 1);
  const d = img.data;
  for (let p = 0, i = 0; p < out.data.length; p++, i += 3) out.data[p] = (d[i] * 77 + d[i + 1] * 150 + d[i + 2] * 29) >> 8;
  return out;
}

const BAYER8 = (() => {
  // Recursive Bayer matrix, values 0..63.
  let m = [[0]];
  while (m.length < 8) {
    const n = m.length;
    const next: number[][] = Array.from({ length: 2 * n }, () => new Array<number>(2 * n).fill(0));
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        const v = 4 * m[y][x];
        next[y][x] = v;
        next[y][x + n] = v + 2;
        next[y + n][x] = v + 3;
        next[y + n][x + n] = v + 1;
      }
    }
    m = next;
  }
  return m;
})();

/** Fax-like 1-bit image: a fixed threshold, or an ordered dither that turns greys into patterns. */
export function binarise(img: Raster, rng: RandomStream): Raster {
  const g = toGrey(img);
  const dither = rng.yes(0.35);
  const threshold = rng.between(115, 170);
  const d = g.data;
  const { w, h } = g;
  // Dither only flat grey areas (fills, shading); strokes and their edges keep a clean threshold,
  // like a fax's text/photo mixed mode. "Flat" = no dark pixel within 2 px.
  const nearDark = dither ? darkNearby(d, w, h, 2, 110) : null;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      const t = nearDark && nearDark[p] === 0 && d[p] < 235 ? ((BAYER8[y & 7][x & 7] + 0.5) / 64) * 255 : threshold;
      d[p] = d[p] > t ? 255 : 0;
    }
  }
  // A fax line drops now and then: a few scan lines lose their black.
  const drops = rng.integer(0, 4);
  for (let k = 0; k < drops; k++) {
    const y = rng.integer(0, g.h - 1);
    d.fill(255, y * g.w, (y + 1) * g.w);
  }
  return g;
}

/** 1 where some pixel within `r` (a square) is darker than `level`. */
function darkNearby(d: Uint8Array, w: number, h: number, r: number, level: number): Uint8Array {
  const rows = new Uint8Array(d.length);
  for (let y = 0; y < h; y++) {
    let last = -1e9; // last dark x seen
    const row = y * w;
    for (let x = 0; x < w + r; x++) {
      if (x < w && d[row + x] < level) last = x;
      const at = x - r;
      if (at >= 0 && at - last <= r) rows[row + at] = 1;
    }
  }
  const out = new Uint8Array(d.length);
  for (let x = 0; x < w; x++) {
    let last = -1e9;
    for (let y = 0; y < h + r; y++) {
      if (y < h && rows[y * w + x]) last = y;
      const at = y - r;
      if (at >= 0 && at - last <= r) out[at * w + x] = 1;
    }
  }
  return out;
}
