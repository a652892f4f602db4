import type { GreyImage } from './types.ts';

export interface GreyLevels {
  /** Paper brightness: 90th percentile (text pages are mostly paper). */
  paper: number;
  /** Ink darkness: 1st percentile, i.e. the cores of the darkest strokes. */
  ink: number;
  /** Fraction of pixels darker than halfway between ink and paper. */
  inkFraction: number;
}

const PAPER_PERCENTILE = 0.9;
const INK_PERCENTILE = 0.01;

/** Global paper and ink levels from the grey histogram (one pass). */
export function greyLevels(img: GreyImage): GreyLevels {
  const hist = new Uint32Array(256);
  const d = img.data;
  for (let i = 0; i < d.length; i++) hist[d[i]]++;
  const paper = percentile(hist, d.length, PAPER_PERCENTILE);
  const ink = percentile(hist, d.length, INK_PERCENTILE);
  const mid = (paper + ink) >> 1;
  let dark = 0;
  for (let v = 0; v < mid; v++) dark += hist[v];
  return { paper, ink, inkFraction: dark / d.length };
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
