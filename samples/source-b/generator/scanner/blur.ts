import type { Raster } from './raster.ts';

/**
 * Blurs on interleaved 8-bit rasters. Small σ: an exact separable kernel; large σ: three box passes
 * per axis (running sums), which is a close Gaussian at O(1) per pixel.
 */
export function gaussianBlur(img: Raster, sigmaPx: number): Raster {
  if (sigmaPx <= 0.05) return img;
  let data = img.data;
  if (sigmaPx < 2) {
    // Repeated [1 2 1]/4 passes (variance ½ each): integer-only and quick on big pages.
    const passes = Math.max(1, Math.round(2 * sigmaPx * sigmaPx));
    for (let p = 0; p < passes; p++) data = binomialPass(binomialPass(data, img.w, img.h, img.c, true), img.w, img.h, img.c, false);
  } else {
    for (const size of boxSizes(sigmaPx, 3)) {
      data = boxPass(data, img.w, img.h, img.c, (size - 1) / 2, true);
      data = boxPass(data, img.w, img.h, img.c, (size - 1) / 2, false);
    }
  }
  return { ...img, data };
}

/** Box widths whose three-fold convolution has standard deviation σ. */
function boxSizes(sigma: number, n: number): number[] {
  const ideal = Math.sqrt((12 * sigma * sigma) / n + 1);
  let wl = Math.floor(ideal);
  if (wl % 2 === 0) wl--;
  const wu = wl + 2;
  const m = Math.round((12 * sigma * sigma - n * wl * wl - 4 * n * wl - 3 * n) / (-4 * wl - 4));
  return Array.from({ length: n }, (_, i) => (i < m ? wl : wu));
}

/** One [1 2 1]/4 pass along an axis; edges repeat the border pixel. */
function binomialPass(src: Uint8Array, w: number, h: number, c: number, horizontal: boolean): Uint8Array {
  const out = new Uint8Array(src.length);
  const rowLen = w * c;
  if (horizontal) {
    for (let y = 0; y < h; y++) {
      const base = y * rowLen;
      for (let i = base + c; i < base + rowLen - c; i++) out[i] = (src[i - c] + 2 * src[i] + src[i + c] + 2) >> 2;
      for (let ch = 0; ch < c; ch++) {
        const a = base + ch;
        out[a] = (3 * src[a] + src[a + c] + 2) >> 2;
        const b = base + rowLen - c + ch;
        out[b] = (3 * src[b] + src[b - c] + 2) >> 2;
      }
    }
  } else {
    for (let y = 0; y < h; y++) {
      const base = y * rowLen;
      const up = Math.max(0, y - 1) * rowLen;
      const down = Math.min(h - 1, y + 1) * rowLen;
      for (let i = 0; i < rowLen; i++) out[base + i] = (src[up + i] + 2 * src[base + i] + src[down + i] + 2) >> 2;
    }
  }
  return out;
}

/** Running-sum box filter of radius r along one axis; edges repeat the border pixel. */
function boxPass(src: Uint8Array, w: number, h: number, c: number, r: number, horizontal: boolean): Uint8Array {
  if (r <= 0) return src;
  const out = new Uint8Array(src.length);
  const inv = 1 / (2 * r + 1);
  const rowLen = w * c;
  if (horizontal && c === 3) {
    // All three channels in one sweep: one pass over the row's memory instead of three.
    for (let y = 0; y < h; y++) {
      const base = y * rowLen;
      const last = base + (w - 1) * 3;
      let a0 = src[base] * (r + 1);
      let a1 = src[base + 1] * (r + 1);
      let a2 = src[base + 2] * (r + 1);
      for (let j = 1; j <= r; j++) {
        const q = base + Math.min(j, w - 1) * 3;
        a0 += src[q];
        a1 += src[q + 1];
        a2 += src[q + 2];
      }
      for (let x = 0; x < w; x++) {
        const o = base + x * 3;
        out[o] = a0 * inv + 0.5;
        out[o + 1] = a1 * inv + 0.5;
        out[o + 2] = a2 * inv + 0.5;
        const add = x + r + 1 < w ? base + (x + r + 1) * 3 : last;
        const sub = x - r >= 0 ? base + (x - r) * 3 : base;
        a0 += src[add] - src[sub];
        a1 += src[add + 1] - src[sub + 1];
        a2 += src[add + 2] - src[sub + 2];
      }
    }
  } else if (horizontal) {
    for (let y = 0; y < h; y++) {
      const base = y * rowLen;
      for (let ch = 0; ch < c; ch++) {
        const first = src[base + ch];
        const last = src[base + (w - 1) * c + ch];
        let acc = first * (r + 1);
        for (let j = 1; j <= r; j++) acc += src[base + Math.min(j, w - 1) * c + ch];
        for (let x = 0; x < w; x++) {
          out[base + x * c + ch] = acc * inv + 0.5;
          const add = x + r + 1 < w ? src[base + (x + r + 1) * c + ch] : last;
          const sub = x - r >= 0 ? src[base + (x - r) * c + ch] : first;
          acc += add - sub;
        }
      }
    }
  } else {
    const acc = new Float64Array(rowLen);
    for (let i = 0; i < rowLen; i++) acc[i] = src[i] * (r + 1);
    for (let j = 1; j <= r; j++) {
      const base = Math.min(j, h - 1) * rowLen;
      for (let i = 0; i < rowLen; i++) acc[i] += src[base + i];
    }
    for (let y = 0; y < h; y++) {
      const ob = y * rowLen;
      for (let i = 0; i < rowLen; i++) out[ob + i] = acc[i] * inv + 0.5;
      const addBase = Math.min(y + r + 1, h - 1) * rowLen;
      const subBase = Math.max(y - r, 0) * rowLen;
      for (let i = 0; i < rowLen; i++) acc[i] += src[addBase + i] - src[subBase + i];
    }
  }
  return out;
}

/**
 * Linear motion smear of `lengthPx` at `angleDeg`: each pixel averages the pixels on a straight
 * path through it. Paths are digital lines (one step per pixel along the main axis), so every pixel
 * belongs to exactly one path and a running sum along it costs O(1) per pixel.
 */
export function motionBlur(img: Raster, lengthPx: number, angleDeg: number): Raster {
  const { w, h, c } = img;
  const src = img.data;
  const out = new Uint8Array(src.length);
  const a = (angleDeg * Math.PI) / 180;
  const alongX = Math.abs(Math.cos(a)) >= Math.abs(Math.sin(a));
  // Main axis steps are 1 pixel; the path advances `slope` on the other axis per step.
  const slope = alongX ? Math.tan(a) : 1 / Math.tan(a);
  const steps = alongX ? w : h;
  const other = alongX ? h : w;
  const half = Math.max(1, Math.round((lengthPx * (alongX ? Math.abs(Math.cos(a)) : Math.abs(Math.sin(a)))) / 2));
  const offs = new Int32Array(steps);
  let lo = 0;
  let hi = 0;
  for (let s = 0; s < steps; s++) {
    offs[s] = Math.round(s * slope);
    lo = Math.min(lo, offs[s]);
    hi = Math.max(hi, offs[s]);
  }
  const idx = new Int32Array(steps);
  const pre = new Float64Array(steps + 1);
  for (let start = -hi; start < other - lo; start++) {
    let n = 0;
    for (let s = 0; s < steps; s++) {
      const o = start + offs[s];
      if (o < 0 || o >= other) continue;
      idx[n++] = alongX ? (o * w + s) * c : (s * w + o) * c;
    }
    if (n === 0) continue;
    for (let ch = 0; ch < c; ch++) {
      pre[0] = 0;
      for (let i = 0; i < n; i++) pre[i + 1] = pre[i] + src[idx[i] + ch];
      for (let i = 0; i < n; i++) {
        const i0 = Math.max(0, i - half);
        const i1 = Math.min(n, i + half + 1);
        out[idx[i] + ch] = (pre[i1] - pre[i0]) / (i1 - i0) + 0.5;
      }
    }
  }
  return { ...img, data: out };
}
