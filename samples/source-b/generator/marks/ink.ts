/**
 * Inks and their texture. Colours vary per impression; texture is an SVG filter seeded from the
 * mark's stream: grain (paper fibres the ink skipped), blotches (uneven pressure / ink load) and a
 * small displacement that roughens edges. Filters change pixels only, never the box read back.
 */
import type { RandomStream } from '../rng.ts';
import type { MmBox } from './geometry.ts';
import { inflate } from './geometry.ts';
import { type Defs, n } from './svg.ts';

export type InkKind = 'seal' | 'pen-blue' | 'pen-black' | 'pen-red' | 'stamp-blue' | 'stamp-black' | 'stamp-red';

function hsl(h: number, s: number, l: number): string {
  const hue = ((h % 360) + 360) % 360;
  const a = s * Math.min(l, 1 - l);
  const f = (k0: number): string => {
    const k = (k0 + hue / 30) % 12;
    const v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

export function inkColour(kind: InkKind, rng: RandomStream): string {
  switch (kind) {
    case 'seal':
    case 'stamp-red':
      // Vermilion to crimson: #c8102e is hsl(350, 85%, 42%).
      return hsl(rng.between(346, 364), rng.between(0.68, 0.9), rng.between(0.38, 0.5));
    case 'pen-blue':
      return hsl(rng.between(222, 234), rng.between(0.55, 0.8), rng.between(0.24, 0.38));
    case 'pen-black':
      return hsl(rng.between(215, 245), rng.between(0.04, 0.14), rng.between(0.09, 0.17));
    case 'pen-red':
      return hsl(rng.between(352, 364), rng.between(0.7, 0.88), rng.between(0.4, 0.48));
    case 'stamp-blue':
      // Stamp-pad blue leans violet.
      return hsl(rng.between(228, 248), rng.between(0.5, 0.75), rng.between(0.34, 0.46));
    case 'stamp-black':
      return hsl(rng.between(0, 360), rng.between(0, 0.06), rng.between(0.1, 0.2));
  }
}

export function penInk(color: 'blue' | 'black' | 'red'): InkKind {
  return color === 'blue' ? 'pen-blue' : color === 'black' ? 'pen-black' : 'pen-red';
}

export function stampInk(color: 'blue' | 'black' | 'red'): InkKind {
  return color === 'blue' ? 'stamp-blue' : color === 'black' ? 'stamp-black' : 'stamp-red';
}

const seed = (rng: RandomStream): number => rng.integer(1, 99999);

/** Alpha from a noise's red channel: a = k·R + o (clamped by the filter). */
const alphaFrom = (k: number, o: number): string => `0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 ${n(k)} 0 0 0 ${n(o)}`;

function region(box: MmBox, pad: number): string {
  const r = inflate(box, pad);
  return `x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" filterUnits="userSpaceOnUse" primitiveUnits="userSpaceOnUse" color-interpolation-filters="sRGB"`;
}

/**
 * Rubber-stamp ink (seals, note stamps): dense but mottled, with pinholes where the paper's grain
 * stood proud, big soft blotches of more and less ink, and rough edges. `strength` 0..1 raises
 * the share of skipped grain (faint or dry impressions).
 */
export function stampTexture(defs: Defs, rng: RandomStream, box: MmBox, strength: number): string {
  const id = defs.id('stampink');
  // Noise values centre on 0.5; ink where the grain stands above a threshold, ramping over 1/k.
  const grainK = 8;
  const grainT = 0.24 + 0.17 * strength + rng.between(-0.02, 0.02);
  defs.add(
    `<filter id="${id}" ${region(box, 3)}>` +
      `<feTurbulence type="fractalNoise" baseFrequency="${n(rng.between(2.4, 3.6))}" numOctaves="2" seed="${seed(rng)}" result="g"/>` +
      `<feColorMatrix in="g" type="matrix" values="${alphaFrom(grainK, -grainK * grainT)}" result="ga"/>` +
      `<feTurbulence type="fractalNoise" baseFrequency="${n(rng.between(0.05, 0.11))}" numOctaves="2" seed="${seed(rng)}" result="b"/>` +
      `<feColorMatrix in="b" type="matrix" values="${alphaFrom(3.2, -0.35 - 0.6 * strength)}" result="ba"/>` +
      `<feComposite in="ga" in2="ba" operator="arithmetic" k1="1" result="ia"/>` +
      `<feTurbulence type="turbulence" baseFrequency="${n(rng.between(1.4, 2.4))}" numOctaves="1" seed="${seed(rng)}" result="e"/>` +
      `<feDisplacementMap in="SourceGraphic" in2="e" scale="${n(rng.between(0.15, 0.3))}" xChannelSelector="R" yChannelSelector="B" result="r"/>` +
      `<feComposite in="r" in2="ia" operator="in"/>` +
      `</filter>`,
  );
  return id;
}

/**
 * Pen ink: a low-frequency warp (a hand never repeats a glyph exactly; it also breaks the font's
 * perfect strokes) and a light grain where a ballpoint skipped.
 */
export function penTexture(defs: Defs, rng: RandomStream, box: MmBox, wobbleMm: number): string {
  const id = defs.id('penink');
  defs.add(
    `<filter id="${id}" ${region(box, 3)}>` +
      `<feTurbulence type="fractalNoise" baseFrequency="${n(rng.between(0.35, 0.6))}" numOctaves="2" seed="${seed(rng)}" result="w"/>` +
      `<feDisplacementMap in="SourceGraphic" in2="w" scale="${n(wobbleMm)}" xChannelSelector="R" yChannelSelector="G" result="d"/>` +
      `<feTurbulence type="fractalNoise" baseFrequency="${n(rng.between(3, 5))}" numOctaves="1" seed="${seed(rng)}" result="g"/>` +
      `<feColorMatrix in="g" type="matrix" values="${alphaFrom(4, rng.between(-0.6, -0.2))}" result="ga"/>` +
      `<feComposite in="d" in2="ga" operator="in"/>` +
      `</filter>`,
  );
  return id;
}
