import type { GreyImage } from './types.ts';

export interface GreyLevels {
  /** Paper brightness: 90th percentile (text pages are mostly paper). */
  paper: number;
  /** Ink darkness: 10th percentile of the pixels clearly darker than paper (stroke cores); = paper when none. */
  ink: number;
  /** How many pixels are clearly darker than paper. */
  inkPixels: number;
  /** Fraction of pixels darker than halfway between ink and paper. */
  inkFraction: number;
}

const PAPER_PERCENTILE = 0.9;
/** "Clearly ink" = this many levels below paper. Faint but legible print (tune: ID-card copies,
 * grey scans) stays well below it; paper noise (σ ≤ 11 in the corpus) stays above. */
const INK_DROP = 40;
/** Stroke cores: the darkest tenth of the ink pixels (the rest are anti-aliased stroke edges). */
const INK_CORE = 0.1;

/** Global paper and ink levels from the grey histogram (one pass). */
export function greyLevels(img: GreyImage): GreyLevels {
  const hist = new Uint32Array(256);
  const d = img.data;
  for (let i = 0; i < d.length; i++) hist[d[i]]++;
  const paper = percentile(hist, d.length, PAPER_PERCENTILE);
  // A page-wide percentile lands on paper for a sparse page (a signature page is < 1 % ink); a
  // percentile of the clearly dark pixels measures the stroke cores whatever their share of the page.
  let inkPixels = 0;
  for (let v = 0; v < Math.max(0, paper - INK_DROP); v++) inkPixels += hist[v];
  let ink = paper;
  if (inkPixels > 0) {
    let acc = 0;
    for (let v = 0; v < 256; v++) { acc += hist[v]; if (acc >= inkPixels * INK_CORE) { ink = v; break; } }
  }
  const mid = (paper + ink) >> 1;
  let dark = 0;
  for (let v = 0; v < mid; v++) dark += hist[v];
  return { paper, ink, inkPixels, inkFraction: dark / d.length };
}

export function percentile(hist: Uint32Array, total: number, p: number): number {
  const target = total * p;
  let acc = 0;
  for (let v = 0; v < hist.length; v++) {
    acc += hist[v];
    if (acc >= target) return v;
  }
  return hist.length - 1;
}
