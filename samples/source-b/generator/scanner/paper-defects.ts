import type { RandomStream } from '../rng.ts';
import { clamp255, NOISE_MASK, pixelNoise, smoothField, type Raster } from './raster.ts';

/**
 * What happened to the paper before it reached the scanner: photocopying (once or twice), toner
 * streaks along the feed, a fold. All work on the sheet at the working resolution, in place.
 */

function toGreyPlane(sheet: Raster): Uint8Array {
  const n = sheet.w * sheet.h;
  const g = new Uint8Array(n);
  const d = sheet.data;
  for (let p = 0, i = 0; p < n; p++, i += 3) g[p] = (d[i] * 77 + d[i + 1] * 150 + d[i + 2] * 29) >> 8;
  return g;
}

function fromGreyPlane(sheet: Raster, g: Uint8Array): void {
  const d = sheet.data;
  for (let p = 0, i = 0; p < g.length; p++, i += 3) d[i] = d[i + 1] = d[i + 2] = g[p];
}

/** A copier's tone curve: light greys (table fills, faint print) go to white, darks go darker. */
function copierCurve(rng: RandomStream): Uint8Array {
  const lo = rng.between(0.18, 0.3) * 255;
  const hi = rng.between(0.76, 0.86) * 255;
  const gamma = rng.between(0.85, 1.25);
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    const t = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
    lut[v] = Math.round(255 * Math.pow(t, gamma));
  }
  return lut;
}

/** Stray toner: small dark dots and a few short smudges, `count` of them. */
function speckle(g: Uint8Array, w: number, h: number, count: number, pxPerMm: number, rng: RandomStream): void {
  for (let k = 0; k < count; k++) {
    const cx = rng.between(0, w);
    const cy = rng.between(0, h);
    const r = rng.between(0.04, 0.16) * pxPerMm * (rng.yes(0.08) ? 3 : 1);
    const dark = rng.between(0.4, 1);
    const rx = Math.ceil(r + 1);
    for (let y = Math.max(0, Math.floor(cy - rx)); y < Math.min(h, cy + rx); y++) {
      for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(w, cx + rx); x++) {
        const dist = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
        const cover = Math.min(1, Math.max(0, r + 0.5 - dist));
        if (cover <= 0) continue;
        const p = y * w + x;
        g[p] = Math.round(g[p] * (1 - dark * cover));
      }
    }
  }
}

/** 3×3 minimum: every dark stroke grows by a pixel each side (toner spreading on a copy). */
function thicken(g: Uint8Array, w: number, h: number): Uint8Array {
  const tmp = new Uint8Array(g.length);
  const out = new Uint8Array(g.length);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let m = g[row + x];
      if (x > 0 && g[row + x - 1] < m) m = g[row + x - 1];
      if (x + 1 < w && g[row + x + 1] < m) m = g[row + x + 1];
      tmp[row + x] = m;
    }
  }
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let m = tmp[row + x];
      if (y > 0 && tmp[row - w + x] < m) m = tmp[row - w + x];
      if (y + 1 < h && tmp[row + w + x] < m) m = tmp[row + w + x];
      out[row + x] = m;
    }
  }
  return out;
}

/**
 * One pass through a copier. `generation` 2 is a copy of a copy: strokes thicken, mid-greys break
 * into a 45° halftone screen, grain and speckle grow.
 */
function copyOnce(g: Uint8Array, w: number, h: number, pxPerMm: number, generation: number, rng: RandomStream): Uint8Array {
  const lut = copierCurve(rng.child('curve'));
  const noise = pixelNoise(rng.child('grain'));
  const uneven = smoothField(w, h, 2, 3, rng.child('drum'));
  const grainSd = generation === 1 ? rng.between(2, 5) : rng.between(6, 12);
  const greyFloor = rng.between(0, generation === 1 ? 6 : 14); // the copy's paper is not quite white
  let out = g;
  if (generation > 1 && pxPerMm > 2.5) out = thicken(out, w, h);
  const period = Math.max(2.5, pxPerMm * rng.between(0.28, 0.42)); // 60–90 lines per inch
  const screen = generation > 1 ? rng.between(0.4, 0.75) : 0;
  const c = (2 * Math.PI) / period;
  const T = noise.table;
  for (let y = 0; y < h; y++) {
    let o = noise.start();
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      const n = T[o++ & NOISE_MASK];
      let v = lut[out[p]];
      if (screen > 0 && v > 25 && v < 235) {
        const dot = 0.5 + 0.25 * (Math.cos(c * (x + y) * 0.7071) + Math.cos(c * (x - y) * 0.7071));
        const hard = v / 255 > dot ? 255 : 0;
        v = v + (hard - v) * screen;
      }
      v = v * (1 - (greyFloor * (1 + 0.5 * uneven[p])) / 255) + n * (v < 250 ? grainSd : grainSd * 0.25);
      out[p] = clamp255(v);
    }
  }
  const area = (w / pxPerMm) * (h / pxPerMm);
  speckle(out, w, h, Math.round((area / 62370) * (generation === 1 ? rng.integer(30, 150) : rng.integer(200, 600))), pxPerMm, rng.child('speckle'));
  return out;
}

export function photocopy(sheet: Raster, pxPerMm: number, generations: 1 | 2, rng: RandomStream): void {
  let g = toGreyPlane(sheet);
  for (let k = 1; k <= generations; k++) g = copyOnce(g, sheet.w, sheet.h, pxPerMm, k, rng.child(`gen${k}`));
  fromGreyPlane(sheet, g);
}

/** 1–3 streaks down the page (the copier's drum or the feeder's glass), light or dark. */
export function tonerStreaks(sheet: Raster, pxPerMm: number, rng: RandomStream): void {
  const { w, h, data } = sheet;
  const n = rng.integer(1, 3);
  for (let k = 0; k < n; k++) {
    const s = rng.child(`streak${k}`);
    const cx = s.between(0.03, 0.97) * w;
    const half = (s.between(0.3, 2.5) * pxPerMm) / 2;
    const dark = s.yes(0.6);
    const strength = dark ? s.between(0.12, 0.4) : s.between(0.3, 0.75);
    const along = smoothField(1, h, 1, s.integer(3, 12), s.child('along'));
    const x0 = Math.max(0, Math.floor(cx - 3 * half));
    const x1 = Math.min(w, Math.ceil(cx + 3 * half));
    for (let y = 0; y < h; y++) {
      const a = strength * (0.7 + 0.3 * along[y]);
      for (let x = x0; x < x1; x++) {
        const t = (x + 0.5 - cx) / half;
        const prof = a * Math.exp(-t * t);
        const i = (y * w + x) * 3;
        for (let ch = 0; ch < 3; ch++) {
          const v = data[i + ch];
          data[i + ch] = dark ? v * (1 - prof) : v + (255 - v) * prof;
        }
      }
    }
  }
}

/**
 * A fold across the sheet: a shadowed valley on one side, a bright ridge on the other, a thin crease
 * line, and the paper near the fold pushed sideways a fraction of a millimetre.
 */
export function fold(sheet: Raster, pxPerMm: number, rng: RandomStream): void {
  const { w, h } = sheet;
  const across = rng.yes(0.7); // a horizontal fold (letter-folded) or a vertical one
  const angle = ((across ? 0 : 90) + rng.between(-2.5, 2.5)) * (Math.PI / 180);
  const px = across ? w / 2 : rng.between(0.35, 0.65) * w;
  const py = across ? rng.between(0.3, 0.7) * h : h / 2;
  // Unit normal of the fold line.
  const nx = -Math.sin(angle);
  const ny = Math.cos(angle);
  const valley = rng.between(0.05, 0.14);
  const valleyPx = rng.between(2.5, 6) * pxPerMm;
  const ridge = rng.between(8, 20);
  const ridgePx = rng.between(0.5, 1.0) * pxPerMm;
  const crease = rng.between(0.04, 0.12);
  const creasePx = rng.between(0.25, 0.45) * pxPerMm;
  const push = rng.between(0.1, 0.3) * pxPerMm * (rng.yes(0.5) ? 1 : -1);
  const pushPx = 3 * pxPerMm;
  const band = 12 * pxPerMm;
  const src = sheet.data.slice();
  const d = sheet.data;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dist = (x + 0.5 - px) * nx + (y + 0.5 - py) * ny;
      if (dist > band || dist < -band) continue;
      const shift = push * Math.exp(-((dist / pushPx) ** 2));
      const sx = Math.min(w - 1.001, Math.max(0, x - nx * shift));
      const sy = Math.min(h - 1.001, Math.max(0, y - ny * shift));
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      let k = 1 - crease * Math.exp(-((dist / creasePx) * (dist / creasePx)));
      // The valley's shadow rises smoothly from the crease (no step at the line).
      const dv = (dist - 0.6 * valleyPx) / valleyPx;
      k *= 1 - valley * Math.exp(-dv * dv) * (dist > 0 ? 1 : Math.exp(-((dist / ridgePx) ** 2)));
      const lift = dist < 0 ? ridge * Math.exp(-(((dist + ridgePx) / ridgePx) ** 2)) : 0;
      const i = (y * w + x) * 3;
      const a = (y0 * w + x0) * 3;
      const b = a + w * 3;
      for (let ch = 0; ch < 3; ch++) {
        const v = (src[a + ch] * (1 - fx) + src[a + 3 + ch] * fx) * (1 - fy) + (src[b + ch] * (1 - fx) + src[b + 3 + ch] * fx) * fy;
        d[i + ch] = clamp255(v * k + lift);
      }
    }
  }
}
