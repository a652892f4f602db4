import type { Box } from '../../../../rules/contract/index.ts';
import type { RasterPage } from '../../types.ts';
import type { Ellipse } from '../fit-ring.ts';
import { sealInkImage } from '../seal-ink-image.ts';
import { findTextGap, stretchStrip, unwrapRing, type InkImage } from '../unwrap-seal-ring.ts';

const DEG = Math.PI / 180;
/**
 * The strip runs half a turn past the seam at both ends: the ring twice (720°), so any text arc shorter
 * than a full turn lies whole on it once wherever the seam falls, and the name is scored as a substring
 * anywhere on it. A 50° overrun (460°) cut names longer than the seam's error allowed: the seam is the
 * widest inkless stretch of the name band (findTextGap), and where the code, a bottom line or uneven ink
 * fills the real gap it lands inside the name; a 17-character name on 250–300° of ring then lost its
 * ends, and drawn seals with the seam ≥ 60° into the name were even rejected as another company's.
 */
export const OVERRUN = 180 * DEG;
/** Degrees of ring a name strip covers. */
export const STRIP_DEG = 360 + (2 * OVERRUN) / DEG;

export interface NameStripOptions {
  rhoFrom?: number;
  rhoTo?: number;
  scale?: number;
  /** ring size factor (the fit may sit a few per cent off the ring) */
  size?: number;
}

/** The name band unwrapped over two turns centred on the seam, glyph tops up. */
export function nameStrip(ink: InkImage, e: Ellipse, o: NameStripOptions = {}, gap = findTextGap(ink, e)): InkImage {
  const k = o.size ?? 1;
  const ring = k === 1 ? e : { ...e, a: e.a * k, b: e.b * k };
  return unwrapRing(ink, ring, { start: gap - OVERRUN, sweep: 360 * DEG + 2 * OVERRUN, rhoFrom: o.rhoFrom ?? 0.93, rhoTo: o.rhoTo ?? 0.55, scale: o.scale ?? 1 });
}

/** 3×3 box mean (scanner noise on faint ink breaks strokes into specks the recogniser reads as marks). */
export function smoothInk(img: InkImage): InkImage {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0, n = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const yy = y + dy, xx = x + dx;
        if (yy < 0 || xx < 0 || yy >= h || xx >= w) continue;
        s += data[yy * w + xx]!; n++;
      }
      out[y * w + x] = Math.round(s / n);
    }
  }
  return { data: out, width: w, height: h };
}

export interface NamedStrip { name: string; image: InkImage }

/**
 * Strips of one seal's name band under several readings of the same pixels. 'study' gives every
 * variant measured (samples/bench/seal-name-study.ts).
 */
export function nameStripVariants(page: RasterPage, crop: Box, e: Ellipse, grey: boolean, set: 'study' | 'study2'): NamedStrip[] {
  if (set === 'study2') {
    const ink = sealInkImage(page, crop, grey);
    const gap = findTextGap(ink, e);
    const shape = grey ? ink : sealInkImage(page, crop, 'shape');
    const s = nameStrip(shape, e, {}, gap);
    return [
      { name: 'shape', image: stretchStrip(s, 0.5) },
      { name: 'shapePlain', image: s },
      { name: 'shapeWide', image: stretchStrip(nameStrip(shape, e, { rhoFrom: 0.97, rhoTo: 0.5 }, gap), 0.5) },
      { name: 'shapeX2', image: stretchStrip(nameStrip(shape, e, { scale: 2 }, gap), 0.5) },
    ];
  }
  const ink = sealInkImage(page, crop, grey);
  const gap = findTextGap(ink, e);
  const lum = grey ? null : sealInkImage(page, crop, true);
  const st = (img: InkImage, q = 0.5) => stretchStrip(img, q);
  const base = nameStrip(ink, e, {}, gap);
  const out: NamedStrip[] = [
    { name: 'base', image: st(base) },
    { name: 'plain', image: base },
    { name: 'q30', image: st(base, 0.3) },
    { name: 'q70', image: st(base, 0.7) },
    { name: 'wide', image: st(nameStrip(ink, e, { rhoFrom: 0.97, rhoTo: 0.5 }, gap)) },
    { name: 'narrow', image: st(nameStrip(ink, e, { rhoFrom: 0.9, rhoTo: 0.6 }, gap)) },
    { name: 'in', image: st(nameStrip(ink, e, { size: 0.96 }, gap)) },
    { name: 'out', image: st(nameStrip(ink, e, { size: 1.04 }, gap)) },
    { name: 'x2', image: st(nameStrip(ink, e, { scale: 2 }, gap)) },
    { name: 'smooth', image: st(smoothInk(base)) },
  ];
  if (lum) out.push({ name: 'lum', image: st(nameStrip(lum, e, {}, gap)) });
  return out;
}
