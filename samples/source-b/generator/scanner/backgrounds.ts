import type { RandomStream } from '../rng.ts';
import type { Capture } from './plan.ts';
import { clamp255, newRaster, NOISE_MASK, pixelNoise, smoothField, type Raster } from './raster.ts';
import type { EdgeLook } from './warp.ts';

type Rgb = [number, number, number];

/** What surrounds the sheet in each capture, and how the sheet's edge meets it. */
export function surroundFor(capture: Capture, w: number, h: number, pxPerMm: number, rng: RandomStream): { background: Raster; edge: EdgeLook } {
  const light = (): [number, number] => {
    const a = rng.between(0, 2 * Math.PI);
    return [Math.cos(a), Math.sin(a)];
  };
  const none: EdgeLook = { shadow: 0, shadowMm: 1, shadowOffsetMm: [0, 0], glow: 0, glowMm: 1, rim: 0, rimMm: 1 };
  switch (capture) {
    case 'autocrop': {
      // Whatever the software left: white lid in a skewed sheet's corners, a thin edge line.
      const base = rng.between(238, 250);
      return { background: plainBed(w, h, [base, base, base - rng.between(0, 3)], 1.5, 0, rng), edge: { ...none, shadow: 0.25, shadowMm: 0.25 } };
    }
    case 'bed-light': {
      const base = rng.between(214, 236);
      const tint = rng.between(-4, 4);
      const [lx, ly] = light();
      const off = rng.between(0.1, 0.4);
      return {
        background: plainBed(w, h, [base + tint, base, base - tint - rng.between(0, 4)], 2, 0.015, rng),
        edge: { ...none, shadow: rng.between(0.15, 0.35), shadowMm: rng.between(0.3, 0.9), shadowOffsetMm: [lx * off, ly * off], rim: 0.03, rimMm: 0.8 },
      };
    }
    case 'bed-dark': {
      const base = rng.between(12, 45);
      return {
        background: plainBed(w, h, [base, base, base + rng.between(0, 4)], 2.5, 0.15, rng),
        edge: { ...none, glow: rng.between(25, 60), glowMm: rng.between(0.8, 2.5), rim: rng.between(0.08, 0.22), rimMm: rng.between(1.5, 4) },
      };
    }
    case 'phone': {
      const [lx, ly] = light();
      const off = rng.between(0.8, 3);
      return {
        background: desk(w, h, pxPerMm, rng),
        edge: { ...none, shadow: rng.between(0.25, 0.5), shadowMm: rng.between(1.5, 5), shadowOffsetMm: [lx * off, ly * off] },
      };
    }
  }
}

/** A scanner lid or bed: one colour, slow unevenness (`uneven` as a fraction), fine noise. */
function plainBed(w: number, h: number, rgb: Rgb, noiseSd: number, uneven: number, rng: RandomStream): Raster {
  const out = newRaster(w, h, 3);
  const field = uneven > 0 ? smoothField(w, h, 3, 4, rng.child('uneven')) : null;
  const noise = pixelNoise(rng.child('grain'));
  const d = out.data;
  const T = noise.table;
  for (let y = 0; y < h; y++) {
    let o = noise.start();
    for (let p = y * w, i = p * 3; p < (y + 1) * w; p++, i += 3) {
      const k = field ? 1 + uneven * field[p] : 1;
      const n = T[o++ & NOISE_MASK] * noiseSd;
      d[i] = clamp255(rgb[0] * k + n);
      d[i + 1] = clamp255(rgb[1] * k + n);
      d[i + 2] = clamp255(rgb[2] * k + n);
    }
  }
  return out;
}

/** A desk for phone photos: wood grain, a laminate top or cloth, from noise and gradients. */
function desk(w: number, h: number, pxPerMm: number, rng: RandomStream): Raster {
  const kind = rng.oneOf(['wood', 'wood', 'laminate', 'fabric'] as const);
  const palettes: Record<typeof kind, Rgb[]> = {
    wood: [
      [150, 105, 66],
      [120, 80, 50],
      [176, 134, 92],
      [95, 62, 40],
    ],
    laminate: [
      [196, 192, 182],
      [170, 170, 168],
      [205, 198, 184],
      [120, 124, 128],
    ],
    fabric: [
      [70, 84, 110],
      [64, 92, 74],
      [128, 70, 60],
      [170, 160, 140],
    ],
  };
  const base = rng.oneOf(palettes[kind]);
  const jitter = (c: number): number => c * rng.between(0.9, 1.1);
  const rgb: Rgb = [jitter(base[0]), jitter(base[1]), jitter(base[2])];
  const out = newRaster(w, h, 3);
  const d = out.data;
  const slow = smoothField(w, h, 4, 5, rng.child('slow'));
  const warp = smoothField(w, h, 6, 3, rng.child('warp'));
  const noise = pixelNoise(rng.child('grain'));
  const vertical = rng.yes(0.5);
  // Grain lines every 1.5–4 mm, wavy; per-line brightness from a fixed random row table.
  const period = rng.between(1.5, 4) * pxPerMm;
  const lines = new Float32Array(4096);
  const lineRng = rng.child('lines');
  for (let k = 0; k < lines.length; k++) lines[k] = lineRng.gauss(0, 1);
  const weave = rng.between(0.6, 1.2) * pxPerMm;
  // Tabulated waves: one sine period for the grain, row and column factors for the weave.
  const SIN_N = 1024;
  const sinTab = new Float32Array(SIN_N);
  for (let k = 0; k < SIN_N; k++) sinTab[k] = Math.sin((k / SIN_N) * 2 * Math.PI);
  const weaveX = new Float32Array(w);
  for (let x = 0; x < w; x++) weaveX[x] = Math.sin((x / weave) * Math.PI);
  const T = noise.table;
  for (let y = 0; y < h; y++) {
    let o = noise.start();
    const weaveY = Math.sin((y / weave) * Math.PI);
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      const n = T[o++ & NOISE_MASK];
      let k = 1 + 0.08 * slow[p];
      if (kind === 'wood') {
        const across = vertical ? x : y;
        const t = (across + warp[p] * period * 6) / period;
        const li = Math.floor(t);
        k *= 1 + 0.07 * sinTab[Math.floor((t - li) * SIN_N) & (SIN_N - 1)] + 0.05 * lines[li & 4095] + 0.03 * n;
      } else if (kind === 'fabric') {
        k *= 1 + 0.07 * weaveX[x] * weaveY + 0.06 * n + 0.1 * warp[p];
      } else {
        k *= 1 + 0.015 * n;
      }
      const i = p * 3;
      d[i] = clamp255(rgb[0] * k);
      d[i + 1] = clamp255(rgb[1] * k);
      d[i + 2] = clamp255(rgb[2] * k);
    }
  }
  return out;
}
