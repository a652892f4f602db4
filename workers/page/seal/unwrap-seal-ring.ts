import type { Ellipse } from './fit-ring.ts';

/** An ink image (dark ink on white), one channel. */
export interface InkImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface UnwrapOptions {
  /** where the strip starts, in ellipse-parameter radians (image coordinates: 0 = +x, π/2 = down) */
  start: number;
  /** signed sweep in radians: + runs clockwise on the page (the name arc), − anticlockwise (the code) */
  sweep: number;
  /** normalised radii of the strip's first and last row (first = glyph tops) */
  rhoFrom: number;
  rhoTo: number;
  /** strip pixels per page pixel (default 1) */
  scale?: number;
}

/**
 * Polar unwrap of an ellipse's band into a straight strip: columns follow the arc, rows run across it,
 * so curved seal text becomes a straight text line for OCR. Bilinear sampling, 1 px ≈ 1 page px
 * along the arc at the band's middle.
 */
export function unwrapRing(ink: InkImage, e: Ellipse, o: UnwrapOptions): InkImage {
  const rhoMid = (o.rhoFrom + o.rhoTo) / 2;
  const meanR = (e.a + e.b) / 2;
  const k = o.scale ?? 1;
  const width = Math.max(8, Math.round(Math.abs(o.sweep) * meanR * rhoMid * k));
  const height = Math.max(8, Math.round(Math.abs(o.rhoTo - o.rhoFrom) * meanR * k));
  const out = new Uint8Array(width * height).fill(255);
  const c = Math.cos(e.phi), s = Math.sin(e.phi);
  const { data, width: W, height: H } = ink;
  for (let x = 0; x < width; x++) {
    const t = o.start + (o.sweep * (x + 0.5)) / width;
    const ct = Math.cos(t), st = Math.sin(t);
    for (let y = 0; y < height; y++) {
      const rho = o.rhoFrom + ((o.rhoTo - o.rhoFrom) * (y + 0.5)) / height;
      const u = e.a * rho * ct, v = e.b * rho * st;
      const px = e.cx + u * c - v * s, py = e.cy + u * s + v * c;
      const x0 = Math.floor(px), y0 = Math.floor(py);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= W || y0 + 1 >= H) continue;
      const fx = px - x0, fy = py - y0;
      const i = y0 * W + x0;
      const v0 = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const v1 = data[i + W]! * (1 - fx) + data[i + W + 1]! * fx;
      out[y * width + x] = Math.round(v0 * (1 - fy) + v1 * fy);
    }
  }
  return { data: out, width, height };
}

/**
 * Angle (ellipse parameter) at the middle of the widest stretch of the name band without ink: the
 * bottom of the seal, where the name arc ends (the name covers ≤ 260° of the arc on official seals).
 * The band ρ 0.66–0.84 holds the name's glyphs but not the code digits (ρ ≥ 0.85) and only the ends
 * of a bottom line of text.
 */
export function findTextGap(ink: InkImage, e: Ellipse, rhoFrom = 0.66, rhoTo = 0.84, dark = 128): number {
  const BINS = 180;
  const hist = new Float64Array(BINS);
  const c = Math.cos(e.phi), s = Math.sin(e.phi);
  for (let b = 0; b < BINS; b++) {
    const t = (b / BINS) * 2 * Math.PI;
    let n = 0;
    for (let k = 0; k < 8; k++) {
      const rho = rhoFrom + ((rhoTo - rhoFrom) * (k + 0.5)) / 8;
      const u = e.a * rho * Math.cos(t), v = e.b * rho * Math.sin(t);
      const px = Math.round(e.cx + u * c - v * s), py = Math.round(e.cy + u * s + v * c);
      if (px < 0 || py < 0 || px >= ink.width || py >= ink.height) { n += 0.5; continue; }
      if (ink.data[py * ink.width + px]! < dark) n++;
    }
    hist[b] = n;
  }
  // 40° window: about the gap between the name's two ends on a 240–260° arc, minus the code digits
  const win = 20;
  let best = 0, bestSum = Infinity;
  for (let b = 0; b < BINS; b++) {
    let sum = 0;
    for (let k = -win / 2; k < win / 2; k++) sum += hist[(b + k + BINS) % BINS]!;
    if (sum < bestSum) { bestSum = sum; best = b; }
  }
  return (best / BINS) * 2 * Math.PI;
}

/**
 * Contrast stretch of an unwrapped strip on its own ink. The seal-wide stretch (seal-ink-image.ts)
 * sets black at the ring and star, the most heavily inked parts; on faint, blurred and 150 dpi seals
 * the name's thin strokes then stay light grey and PP-OCR finds no line at all (tune: 9 of 58 seals
 * read nothing). Here black is the `blackAt` quantile of the strip's inked pixels.
 */
export function stretchStrip(img: InkImage, blackAt = 0.5): InkImage {
  const hist = new Uint32Array(256);
  for (const v of img.data) hist[255 - v]!++;
  // darkness ≤ 24 is paper: the seal-wide stretch already maps paper and print noise to white
  const floor = 24;
  let inked = 0;
  for (let d = floor + 1; d < 256; d++) inked += hist[d]!;
  if (inked < 16) return img;
  let acc = 0, top = 255;
  for (let d = 255; d > floor; d--) {
    acc += hist[d]!;
    if (acc >= inked * (1 - blackAt)) { top = d; break; }
  }
  const span = Math.max(24, top - floor);
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < out.length; i++) {
    const t = (255 - img.data[i]! - floor) / span;
    out[i] = t <= 0 ? 255 : t >= 1 ? 0 : Math.round(255 * (1 - t));
  }
  return { data: out, width: img.width, height: img.height };
}
