/**
 * Red marks that are not the employer's seal: a fingerprint in seal paste, a small printed logo,
 * and a red pen remark. Drawn around the origin; the caller places them.
 */
import type { RandomStream } from '../rng.ts';
import { type Pt, boxOfPoints, rotate } from './geometry.ts';
import { EXTRA_HANDS, sampleHand, writeLine } from './hands.ts';
import type { Drawn } from './signature.ts';
import { type Defs, n, polygonPath } from './svg.ts';

/** Ridges of a loop-type print: nested U-shapes inside an ellipse, broken where the skin did not ink. */
export function drawFingerprint(colour: string, rng: RandomStream): Drawn {
  const w = rng.between(11, 13);
  const h = rng.between(15, 17);
  const spacing = rng.between(0.45, 0.55);
  const rot = rng.between(-25, 25);
  const core = { x: rng.between(-1, 1), y: rng.between(-2, 1) };
  const paths: string[] = [];
  const all: Pt[] = [];
  const rings = Math.floor(h / 2 / spacing);
  const wobble = { f: rng.integer(2, 4), p: rng.between(0, 6.28) };
  for (let k = 1; k <= rings; k++) {
    const ry = k * spacing;
    const rx = ry * (w / h) * rng.between(0.97, 1.03);
    // Inner ridges open downward (the loop); outer ones close.
    const open = k < rings * 0.35 ? rng.between(40, 70) : 0;
    const keep = 0.93 - (k / rings) * 0.35;
    let deg = open / 2 - 180;
    while (deg < 180 - open / 2) {
      const len = rng.between(25, 110);
      const end = Math.min(180 - open / 2, deg + len);
      if (rng.yes(keep)) {
        const pts: Pt[] = [];
        for (let t = deg; t <= end; t += 4) {
          const r = 1 + 0.03 * Math.sin((wobble.f * t * Math.PI) / 180 + wobble.p + k * 0.3);
          const base = { x: core.x * (1 - k / rings) + rx * r * Math.sin((t * Math.PI) / 180), y: core.y * (1 - k / rings) + ry * r * Math.cos((t * Math.PI) / 180) };
          // Stay inside the finger's outline.
          if ((base.x / (w / 2)) ** 2 + (base.y / (h / 2)) ** 2 > 1) continue;
          pts.push(rotate(base, rot));
        }
        if (pts.length >= 2) {
          paths.push(`M${pts.map((p) => `${n(p.x)} ${n(p.y)}`).join('L')}`);
          all.push(...pts);
        }
      }
      deg = end + rng.between(3, 12);
    }
  }
  const width = rng.between(0.2, 0.28);
  const svg = `<path d="${paths.join('')}" fill="none" stroke="${colour}" stroke-width="${n(width)}" stroke-linecap="round"/>`;
  return { svg, box: boxOfPoints(all) };
}

/** A small printed logo: an abstract mark and sometimes a few capitals beside it. */
export function drawLogo(colour: string, rng: RandomStream, defs: Defs): Drawn {
  const s = rng.between(8, 12);
  const kind = rng.oneOf(['swoosh', 'bars', 'peaks', 'hex'] as const);
  const polys: Pt[][] = [];
  if (kind === 'swoosh') {
    const disc: Pt[] = [];
    for (let t = 0; t < 360; t += 6) disc.push({ x: (s / 2) * Math.cos((t * Math.PI) / 180), y: (s / 2) * Math.sin((t * Math.PI) / 180) });
    polys.push(disc);
    const band: Pt[] = [];
    for (let t = -1; t <= 1.001; t += 0.1) band.push({ x: (t * s) / 2, y: -0.1 * s + 0.18 * s * t * t });
    for (let t = 1; t >= -1.001; t -= 0.1) band.push({ x: (t * s) / 2, y: 0.04 * s + 0.18 * s * t * t });
    polys.push(band);
  } else if (kind === 'bars') {
    for (let i = 0; i < 3; i++) {
      const y = -s / 2 + i * s * 0.36;
      polys.push([{ x: -s / 2 + 0.2 * s, y }, { x: s / 2, y }, { x: s / 2 - 0.2 * s, y: y + s * 0.24 }, { x: -s / 2, y: y + s * 0.24 }]);
    }
  } else if (kind === 'peaks') {
    polys.push([{ x: -s / 2, y: s / 2 }, { x: -s / 8, y: -s / 2 }, { x: s / 4, y: s / 2 }]);
    polys.push([{ x: 0, y: s / 2 }, { x: s / 4, y: -s / 6 }, { x: s / 2, y: s / 2 }]);
  } else {
    const outer: Pt[] = [];
    const inner: Pt[] = [];
    for (let i = 0; i < 6; i++) {
      const t = ((i * 60 + 30) * Math.PI) / 180;
      outer.push({ x: (s / 2) * Math.cos(t), y: (s / 2) * Math.sin(t) });
      inner.push({ x: s * 0.34 * Math.cos(t), y: s * 0.34 * Math.sin(t) });
    }
    polys.push(outer, inner, [{ x: -s * 0.12, y: -s * 0.2 }, { x: s * 0.12, y: -s * 0.2 }, { x: s * 0.12, y: s * 0.2 }, { x: -s * 0.12, y: s * 0.2 }]);
  }
  let svg = `<path d="${polys.map(polygonPath).join('')}" fill="${colour}" fill-rule="evenodd"/>`;
  let box = boxOfPoints(polys.flat());
  if (rng.yes(0.6)) {
    const letters = Array.from({ length: rng.integer(2, 4) }, () => rng.oneOf([...'ABCDEHJKMNRSTXYZ'])).join('');
    const hand = sampleHand(EXTRA_HANDS.print, rng, s * 0.75);
    hand.style = { ...hand.style, family: 'WenQuanYi Micro Hei', weight: 700 };
    const line = writeLine(hand, letters, { x: s / 2 + 1.5, y: s * 0.27 }, colour, rng, defs, { driftDeg: 0, opacity: [1, 1] });
    svg += line.svg;
    box = boxOfPoints([{ x: box.x, y: box.y }, { x: box.x + box.w, y: box.y + box.h }, { x: line.box.x + line.box.w, y: line.box.y + line.box.h }, { x: line.box.x, y: line.box.y }]);
  }
  return { svg, box };
}

export const RED_REMARKS = ['已核对', '复印件', '请审核', '材料已收', '原件已验', '同意', '已阅', '经核查属实'] as const;

export function drawRedRemark(colour: string, rng: RandomStream, defs: Defs): Drawn & { text: string } {
  const text = rng.oneOf(RED_REMARKS);
  const hand = sampleHand(EXTRA_HANDS.remark, rng);
  const line = writeLine(hand, text, { x: 0, y: 0 }, colour, rng, defs);
  return { svg: line.svg, box: line.box, text };
}
