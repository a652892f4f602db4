import type { RandomStream } from '../rng.ts';

/** An interleaved 8-bit image: 3 channels (RGB) or 1 (grey). */
export interface Raster {
  w: number;
  h: number;
  c: 1 | 3;
  data: Uint8Array;
}

export function newRaster(w: number, h: number, c: 1 | 3 = 3): Raster {
  return { w, h, c, data: new Uint8Array(w * h * c) };
}

export function clamp255(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

export function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

/**
 * Per-pixel randomness without a call into the seeded stream for each pixel (that would cost
 * seconds per page): a table of Gaussian draws filled from the stream. Hot loops read it in order
 * from a random start per row (`start()`); scattered uses draw single values. Deterministic from
 * the stream.
 */
export interface PixelNoise {
  /** 65 536 standard normal draws; index with `& NOISE_MASK`. */
  table: Float32Array;
  /** A random start index into the table. */
  start(): number;
  /** One standard normal draw. */
  gauss(): number;
  /** Uniform in [0, 1). */
  uniform(): number;
}

export const NOISE_MASK = 0xffff;

export function pixelNoise(rng: RandomStream): PixelNoise {
  const table = new Float32Array(NOISE_MASK + 1);
  for (let i = 0; i < table.length; i++) table[i] = rng.gauss();
  let s = rng.integer(1, 0x7fffffff) >>> 0;
  const step = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  return {
    table,
    start: () => step() & NOISE_MASK,
    gauss: () => table[step() & NOISE_MASK],
    uniform: () => step() / 4294967296,
  };
}

/**
 * Smooth random field in about [-1, 1]: a coarse grid of random values, interpolated with a
 * smoothstep so the cells do not show. Used for lighting, paper and background unevenness.
 */
export function smoothField(w: number, h: number, cellsX: number, cellsY: number, rng: RandomStream): Float32Array {
  const gx = cellsX + 2;
  const gy = cellsY + 2;
  const grid = new Float32Array(gx * gy);
  for (let i = 0; i < grid.length; i++) grid[i] = rng.between(-1, 1);
  const out = new Float32Array(w * h);
  const fx = cellsX / w;
  const fy = cellsY / h;
  const colI = new Int32Array(w);
  const colT = new Float32Array(w);
  for (let x = 0; x < w; x++) {
    const u = x * fx;
    colI[x] = Math.floor(u);
    const t = u - colI[x];
    colT[x] = t * t * (3 - 2 * t);
  }
  for (let y = 0; y < h; y++) {
    const v = y * fy;
    const j = Math.floor(v);
    let t = v - j;
    t = t * t * (3 - 2 * t);
    const r0 = j * gx;
    const r1 = (j + 1) * gx;
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const i = colI[x];
      const a = grid[r0 + i] + (grid[r0 + i + 1] - grid[r0 + i]) * colT[x];
      const b = grid[r1 + i] + (grid[r1 + i + 1] - grid[r1 + i]) * colT[x];
      out[row + x] = a + (b - a) * t;
    }
  }
  return out;
}
