/**
 * A company seal impression: ring (single, double or oval), the name along the upper arc, a star,
 * sometimes a 专用章 line under it and the 13-digit code along the bottom. Geometry is computed
 * in sheet coordinates (turned by hand, not by a transform) so the box read back is the box of the
 * ring, and a missing part (uneven pressure) is cut out of the geometry rather than hidden.
 */
import type { SealPlan } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type Pt, boxOfPoints, clipHalfPlane, ellipsePolygon, rotate } from './geometry.ts';
import type { SealOutline } from './seal-shape.ts';
import { chordFor } from './seal-shape.ts';
import { inkColour, stampTexture } from './ink.ts';
import type { Drawn } from './signature.ts';
import { type Defs, MULTIPLY, esc, n, polygonPath } from './svg.ts';

/** Glyph positions at equal arc lengths along an ellipse between two angles (clockwise from top). */
function alongArc(ae: number, be: number, from: number, to: number, count: number): { p: Pt; deg: number }[] {
  const steps = 720;
  const pts: Pt[] = [];
  const len: number[] = [0];
  for (let i = 0; i <= steps; i++) {
    const t = ((from + ((to - from) * i) / steps) * Math.PI) / 180;
    pts.push({ x: ae * Math.sin(t), y: -be * Math.cos(t) });
    if (i > 0) len.push(len[i - 1]! + Math.hypot(pts[i]!.x - pts[i - 1]!.x, pts[i]!.y - pts[i - 1]!.y));
  }
  const total = len[steps]!;
  const out: { p: Pt; deg: number }[] = [];
  let j = 0;
  for (let k = 0; k < count; k++) {
    const want = (total * (k + 0.5)) / count;
    while (j < steps && len[j + 1]! < want) j++;
    const p = pts[j]!;
    // Outward normal of the ellipse, as an angle clockwise from "up".
    const deg = (Math.atan2(p.x / (ae * ae), -p.y / (be * be)) * 180) / Math.PI;
    out.push({ p, deg });
  }
  return out;
}

function arcLength(ae: number, be: number, from: number, to: number): number {
  let total = 0;
  let prev: Pt | null = null;
  for (let i = 0; i <= 360; i++) {
    const t = ((from + ((to - from) * i) / 360) * Math.PI) / 180;
    const p = { x: ae * Math.sin(t), y: -be * Math.cos(t) };
    if (prev) total += Math.hypot(p.x - prev.x, p.y - prev.y);
    prev = p;
  }
  return total;
}

function star(outer: number, centre: Pt): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : outer * 0.382;
    const t = (i * 36 * Math.PI) / 180;
    pts.push({ x: centre.x + r * Math.sin(t), y: centre.y - r * Math.cos(t) });
  }
  return pts;
}

export function drawSeal(plan: SealPlan, shape: SealOutline, centre: Pt, rng: RandomStream, defs: Defs): Drawn {
  const { a, b, rot } = shape;
  const oval = plan.shape === 'oval';
  const toSheet = (p: Pt): Pt => {
    const q = rotate(p, rot);
    return { x: q.x + centre.x, y: q.y + centre.y };
  };
  // Uneven pressure: the part beyond a chord did not ink (in local, unturned coordinates).
  const phi = rng.between(0, 2 * Math.PI);
  const cutD = plan.inked < 0.999 ? chordFor(1 - Math.max(0.3, plan.inked)) : 2;
  const cutN = { x: Math.cos(phi) / a, y: Math.sin(phi) / b };
  const kept = (p: Pt, margin = 0): boolean => p.x * cutN.x + p.y * cutN.y < cutD - margin;
  const clip = (poly: Pt[]): Pt[] => (cutD < 2 ? clipHalfPlane(poly, cutN, cutD) : poly);
  const ringPath = (ra: number, rb: number, width: number): string =>
    polygonPath(clip(ellipsePolygon(ra, rb, 1.5)).map(toSheet)) + polygonPath(clip(ellipsePolygon(ra - width, rb - width, 1.5)).map(toSheet));

  const colour = inkColour('seal', rng);
  const bw = oval ? rng.between(0.8, 1.1) : rng.between(1.0, 1.45);
  const outerPoly = clip(ellipsePolygon(a, b, 1.5)).map(toSheet);
  const parts: string[] = [`<path d="${ringPath(a, b, bw)}" fill-rule="evenodd"/>`];
  let inset = bw;
  if (plan.shape === 'double-ring') {
    const gap = rng.between(0.6, 1.0);
    const w = rng.between(0.28, 0.42);
    parts.push(`<path d="${ringPath(a - bw - gap, b - bw - gap, w)}" fill-rule="evenodd"/>`);
    inset += gap + w;
  }

  const family = rng.yes(0.6) ? 'AR PL SungtiL GB' : 'WenQuanYi Zen Hei';
  // Song strokes are too thin for a seal's cut letters: thicken them with an outline.
  const thicken = family.startsWith('AR') ? rng.between(0.18, 0.3) : rng.between(0.02, 0.1);
  const glyph = (ch: string, p: Pt, deg: number, size: number, sx: number, centreOnGlyph: boolean): string => {
    if (!kept(p, (size * 0.5) / Math.min(a, b))) return '';
    const s = toSheet(p);
    const y = centreOnGlyph ? 0.37 * size : 0;
    return (
      `<text transform="translate(${n(s.x)} ${n(s.y)}) rotate(${n(rot + deg)}) scale(${n(sx)} 1)" x="0" y="${n(y)}" ` +
      `font-size="${n(size)}" text-anchor="middle" stroke-width="${n(thicken / sx)}">${esc(ch)}</text>`
    );
  };

  // The name along the upper arc, spanning 200–270°, longer names spanning more.
  const name = [...plan.company];
  const lo = Math.min(262, 196 + (name.length - 8) * 5.5);
  const span = Math.min(270, Math.max(200, rng.between(lo, lo + 10)));
  let fs = Math.min(a, b) * 2 * (oval ? rng.between(0.15, 0.17) : rng.between(0.14, 0.165));
  const gapText = rng.between(0.5, 0.9);
  const textA = a - inset - gapText - fs / 2;
  const textB = b - inset - gapText - fs / 2;
  const perGlyph = arcLength(textA, textB, -span / 2, span / 2) / name.length;
  let sx = Math.min(1.0, (perGlyph * 0.9) / fs);
  if (sx < 0.5) {
    fs = (perGlyph * 0.9) / 0.5;
    sx = 0.5;
  }
  for (const [i, at] of alongArc(textA, textB, -span / 2, span / 2, name.length).entries()) {
    parts.push(glyph(name[i]!, at.p, at.deg, fs, sx, true));
  }

  // Centre: a star, and for special-purpose seals the seal's purpose under it.
  const purpose = oval || (plan.shape === 'double-ring' ? rng.yes(0.5) : rng.yes(0.25)) ? rng.oneOf(['合同专用章', '财务专用章']) : null;
  const starR = oval ? b * rng.between(0.28, 0.34) : a * rng.between(0.32, 0.36);
  const starC = { x: 0, y: purpose ? -b * 0.1 : 0 };
  const starPoly = clip(star(starR, starC)).map(toSheet);
  if (starPoly.length >= 3) parts.push(`<path d="${polygonPath(starPoly)}"/>`);
  if (purpose) {
    const ps = Math.min(a, b) * 2 * rng.between(0.085, 0.1);
    const y = starC.y + starR + ps * 0.95;
    [...purpose].forEach((ch, i) => {
      parts.push(glyph(ch, { x: (i - 2) * ps * 1.05, y }, 0, ps, 1, true));
    });
  }
  if (plan.code) {
    const digits = [...plan.code];
    const cs = Math.min(2.5, Math.max(1.8, Math.min(a, b) * 0.11));
    const codeSpan = oval ? rng.between(70, 90) : rng.between(75, 100);
    const codeA = a - inset - 0.5;
    const codeB = b - inset - 0.5;
    // Along the bottom, read left to right, the digits' tops toward the centre.
    for (const at of alongArc(codeA, codeB, 180 + codeSpan / 2, 180 - codeSpan / 2, digits.length).map((v, i) => ({ ...v, ch: digits[i]! }))) {
      parts.push(glyph(at.ch, at.p, at.deg + 180, cs, 1, false));
    }
  }

  const box = boxOfPoints(outerPoly);
  const texture = stampTexture(defs, rng, box, plan.faint ? 0.8 : rng.between(0, 0.45));
  // Pressure falls off across the seal, toward the unpressed part when there is one.
  const gradId = defs.id('press');
  const dir = cutD < 2 ? rotate({ x: Math.cos(phi), y: Math.sin(phi) }, rot) : rotate({ x: 1, y: 0 }, rng.between(0, 360));
  const low = cutD < 2 ? rng.between(0.35, 0.55) : rng.between(0.55, 0.85);
  const r = Math.max(a, b);
  defs.add(
    `<linearGradient id="${gradId}-g" gradientUnits="userSpaceOnUse" x1="${n(centre.x - dir.x * r)}" y1="${n(centre.y - dir.y * r)}" x2="${n(centre.x + dir.x * r)}" y2="${n(centre.y + dir.y * r)}">` +
      `<stop offset="0" stop-color="#fff"/><stop offset="${n(rng.between(0.3, 0.6))}" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="${n(low)}"/></linearGradient>` +
      `<mask id="${gradId}" maskUnits="userSpaceOnUse" x="${n(box.x - 2)}" y="${n(box.y - 2)}" width="${n(box.w + 4)}" height="${n(box.h + 4)}">` +
      `<rect x="${n(box.x - 2)}" y="${n(box.y - 2)}" width="${n(box.w + 4)}" height="${n(box.h + 4)}" fill="url(#${gradId}-g)"/></mask>`,
  );
  const opacity = plan.faint ? rng.between(0.2, 0.45) : rng.between(0.82, 0.97);
  const svg =
    `<g data-truth="seal" style="${MULTIPLY};opacity:${n(opacity)}" filter="url(#${texture})">` +
    `<g mask="url(#${gradId})" fill="${colour}" stroke="${colour}" stroke-width="0" font-family="${family}">${parts.join('')}</g></g>`;
  return { svg, box };
}
