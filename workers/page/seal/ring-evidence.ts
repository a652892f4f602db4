import type { Ellipse } from './fit-ring.ts';

/** What the ink around a fitted ring looks like. Densities are ink share of the pixels in that band. */
export interface RingEvidence {
  /** share of the in-page angles (72 bins) with ink on the ring (ρ 0.88–1.08) */
  ringCoverage: number;
  /** share of the full ring that lies inside the page */
  inPage: number;
  /** ink share inside ρ < 0.8: text, star, or — for a fingerprint or emblem — a filled blob */
  interiorDensity: number;
  /** share of in-page angles with ink in the text band (ρ 0.5–0.86) */
  textCoverage: number;
  /** ink share just outside the ring (ρ 1.15–1.4): a seal stands on paper */
  outsideDensity: number;
}

const BINS = 72;

export function ringEvidence(mask: Uint8Array, w: number, h: number, e: Ellipse): RingEvidence {
  const c = Math.cos(e.phi), s = Math.sin(e.phi);
  const R = e.a * 1.4;
  const x0 = Math.max(0, Math.floor(e.cx - R)), x1 = Math.min(w - 1, Math.ceil(e.cx + R));
  const y0 = Math.max(0, Math.floor(e.cy - R)), y1 = Math.min(h - 1, Math.ceil(e.cy + R));
  const ringHit = new Uint8Array(BINS), textHit = new Uint8Array(BINS);
  let inInk = 0, inAll = 0, outInk = 0, outAll = 0;
  for (let y = y0; y <= y1; y++) {
    const dy = y - e.cy;
    for (let x = x0; x <= x1; x++) {
      const dx = x - e.cx;
      const u = (dx * c + dy * s) / e.a, v = (-dx * s + dy * c) / e.b;
      const rho = Math.sqrt(u * u + v * v);
      if (rho > 1.4) continue;
      const ink = mask[y * w + x]! !== 0;
      if (rho < 0.8) { inAll++; if (ink) inInk++; }
      else if (rho > 1.15) { outAll++; if (ink) outInk++; }
      if (!ink) continue;
      if ((rho >= 0.88 && rho <= 1.08) || (rho >= 0.5 && rho <= 0.86)) {
        let bin = Math.floor(((Math.atan2(v, u) + Math.PI) / (2 * Math.PI)) * BINS);
        if (bin >= BINS) bin = BINS - 1;
        if (rho >= 0.88) ringHit[bin] = 1; else textHit[bin] = 1;
      }
    }
  }
  let inPageBins = 0, ringN = 0, textN = 0;
  for (let b = 0; b < BINS; b++) {
    const t = ((b + 0.5) / BINS) * 2 * Math.PI - Math.PI;
    const u = Math.cos(t) * e.a, v = Math.sin(t) * e.b;
    const px = e.cx + u * c - v * s, py = e.cy + u * s + v * c;
    // a bin counts when its ring point is at least 1 px inside the page
    if (px < 1 || py < 1 || px > w - 2 || py > h - 2) continue;
    inPageBins++;
    ringN += ringHit[b]!;
    textN += textHit[b]!;
  }
  return {
    ringCoverage: inPageBins ? ringN / inPageBins : 0,
    inPage: inPageBins / BINS,
    interiorDensity: inAll ? inInk / inAll : 0,
    textCoverage: inPageBins ? textN / inPageBins : 0,
    outsideDensity: outAll ? outInk / outAll : 0,
  };
}
