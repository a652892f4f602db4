import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Rng } from '../rng.ts';
import { markCanvas, unevenInk } from './ink.ts';
import { stampFrame } from './annotation.ts';

/**
 * Several "hands" for the note set (samples/corpus/<split>/notes/): the checks are scored on real
 * scans written by many people, so one font with jitter is not enough. Each hand is a font (only
 * AR PL UKai is a real hand among the fonts the generator has; UMing and Noto Sans stand in for a
 * neat ballpoint and a block hand), a pen width, a slant, an aspect, a spacing and an elastic warp
 * of every glyph (strokes bent a little differently every time, as no person writes a character
 * twice the same).
 */
export interface HandStyle {
  name: string;
  font: string;
  /** Glyph size range, mm. */
  sizeMm: [number, number];
  /** Horizontal shear (negative leans right). */
  slant: [number, number];
  /** Per-glyph rotation sd (radians) and baseline wobble sd (glyph heights). */
  rot: number;
  wobble: number;
  /** Outline stroke width in glyph heights: a ballpoint's trace is heavier than a font's hairlines. */
  pen: number;
  /** Glyph width / height. */
  aspect: [number, number];
  /** Advance per glyph, in glyph widths. */
  advance: [number, number];
  /** Elastic warp amplitude, in glyph heights (0: none). */
  warp: number;
}

export const HANDS: readonly HandStyle[] = [
  { name: 'kai-neat', font: '"AR PL UKai CN"', sizeMm: [5.5, 8], slant: [-0.12, 0.05], rot: 0.06, wobble: 0.05, pen: 0.025, aspect: [0.95, 1.05], advance: [0.86, 1.02], warp: 0.015 },
  { name: 'kai-fast', font: '"AR PL UKai CN"', sizeMm: [5, 7], slant: [-0.32, -0.15], rot: 0.1, wobble: 0.08, pen: 0.06, aspect: [0.78, 0.92], advance: [0.78, 0.92], warp: 0.05 },
  { name: 'kai-large', font: '"AR PL UKai CN"', sizeMm: [8, 10.5], slant: [-0.08, 0.08], rot: 0.05, wobble: 0.04, pen: 0.045, aspect: [1.02, 1.2], advance: [0.9, 1.05], warp: 0.035 },
  { name: 'kai-small', font: '"AR PL UKai CN"', sizeMm: [4, 5.2], slant: [-0.15, 0], rot: 0.07, wobble: 0.06, pen: 0.04, aspect: [0.9, 1.0], advance: [0.82, 0.95], warp: 0.03 },
  { name: 'ming-ballpoint', font: '"AR PL UMing CN"', sizeMm: [5, 7.5], slant: [-0.2, -0.05], rot: 0.07, wobble: 0.06, pen: 0.07, aspect: [0.88, 1.0], advance: [0.85, 1.0], warp: 0.06 },
  { name: 'sans-block', font: '"Noto Sans CJK JP"', sizeMm: [5, 7], slant: [-0.1, 0.05], rot: 0.08, wobble: 0.07, pen: 0.03, aspect: [0.85, 1.05], advance: [0.9, 1.08], warp: 0.07 },
];

/** One glyph rendered apart and bent by a smooth random displacement field. */
function warpedGlyph(ch: string, g: number, style: HandStyle, color: string, rng: Rng): Canvas {
  const size = Math.ceil(g * 1.6);
  const c = createCanvas(size, size);
  const ctx = c.getContext('2d');
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  ctx.font = `${g}px ${style.font}`;
  ctx.lineJoin = 'round';
  ctx.fillText(ch, g * 0.3, g * 1.2);
  ctx.lineWidth = g * style.pen;
  ctx.strokeText(ch, g * 0.3, g * 1.2);
  if (style.warp <= 0) return c;
  const src = ctx.getImageData(0, 0, size, size);
  const out = ctx.createImageData(size, size);
  const a = style.warp * g;
  // Two low-frequency waves per axis: strokes bend, they do not shatter.
  const w = [0, 1, 2, 3].map(() => ({ f: rng.range(0.6, 1.6) / size, p: rng.range(0, Math.PI * 2), amp: a * rng.range(0.4, 1) }));
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const dx = w[0].amp * Math.sin(2 * Math.PI * w[0].f * y + w[0].p) + w[1].amp * Math.sin(2 * Math.PI * w[1].f * (x + y) + w[1].p);
      const dy = w[2].amp * Math.sin(2 * Math.PI * w[2].f * x + w[2].p) + w[3].amp * Math.sin(2 * Math.PI * w[3].f * (x - y) + w[3].p);
      const sx = Math.round(x + dx), sy = Math.round(y + dy);
      if (sx < 0 || sy < 0 || sx >= size || sy >= size) continue;
      const s = (sy * size + sx) * 4, o = (y * size + x) * 4;
      out.data[o] = src.data[s];
      out.data[o + 1] = src.data[s + 1];
      out.data[o + 2] = src.data[s + 2];
      out.data[o + 3] = src.data[s + 3];
    }
  ctx.putImageData(out, 0, 0);
  return c;
}

/** Writes `text` in `style` at the current origin of `ctx` (baseline y = 0); returns the advance in px. */
export function writeLine(ctx: SKRSContext2D, text: string, gPx: number, style: HandStyle, color: string, rng: Rng, drift = 0): number {
  const slant = rng.range(style.slant[0], style.slant[1]);
  let x = 0;
  [...text].forEach((ch, i) => {
    const s = gPx * rng.range(0.88, 1.12);
    // Digits and dots take about half a Han character's room.
    const narrow = /[0-9./-]/.test(ch) ? 0.55 : 1;
    const aspect = rng.range(style.aspect[0], style.aspect[1]);
    const glyph = warpedGlyph(ch, s, style, color, rng);
    ctx.save();
    ctx.translate(x, i * drift * gPx + rng.normal(0, gPx * style.wobble));
    ctx.rotate(rng.normal(0, style.rot));
    ctx.transform(aspect, 0, slant, 1, 0, 0);
    ctx.drawImage(glyph, -s * 0.3, -s * 1.2);
    ctx.restore();
    x += s * aspect * narrow * rng.range(style.advance[0], style.advance[1]);
  });
  return x;
}

/**
 * The note (or any words) in one hand on its own transparent canvas: one line, or two broken after
 * the comma (or at a random point when `twoLines` and there is no comma).
 */
export function drawHandWords(text: string, pxPerMm: number, rng: Rng, color: string, style: HandStyle, twoLines: boolean): Canvas {
  const g = rng.range(style.sizeMm[0], style.sizeMm[1]) * pxPerMm;
  const chars = [...text];
  const at = text.includes('，') ? text.indexOf('，') + 1 : Math.ceil(chars.length / 2);
  // Broken after the comma, or in the middle of a long text without one; one line never runs past 150 mm.
  const split = (twoLines || chars.length * g * 1.1 > 150 * pxPerMm) && at < chars.length && (text.includes('，') || chars.length > 8);
  const lines = split ? [chars.slice(0, at).join(''), chars.slice(at).join('')] : [text];
  const longest = Math.max(...lines.map((l) => [...l].length));
  const c = markCanvas(longest * g * 1.3 + g * 1.5, lines.length * g * 1.5 + g * 0.9);
  const ctx = c.getContext('2d');
  const drift = rng.range(-0.04, 0.04);
  lines.forEach((ln, li) => {
    ctx.save();
    ctx.translate(g * 0.4 + (li > 0 ? rng.range(0, g * 0.6) : 0), g * 1.15 + li * g * 1.45);
    writeLine(ctx, ln, g, style, color, rng, drift);
    ctx.restore();
  });
  unevenInk(c, rng, rng.range(0.06, 0.16));
  return tight(c, Math.round(pxPerMm));
}

/** The canvas cut to its ink (plus `pad` px), so the mark's box in the truth is the writing's box. */
function tight(c: Canvas, pad: number): Canvas {
  const { width: w, height: h } = c;
  const d = c.getContext('2d').getImageData(0, 0, w, h).data;
  let x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (d[(y * w + x) * 4 + 3] > 24) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  if (x1 < 0) return c;
  x0 = Math.max(0, x0 - pad); y0 = Math.max(0, y0 - pad);
  x1 = Math.min(w - 1, x1 + pad); y1 = Math.min(h - 1, y1 + pad);
  const out = markCanvas(x1 - x0 + 1, y1 - y0 + 1);
  out.getContext('2d').drawImage(c, x0, y0, x1 - x0 + 1, y1 - y0 + 1, 0, 0, x1 - x0 + 1, y1 - y0 + 1);
  return out;
}

/**
 * A rubber stamp whose frame fits its own text: a stamp that says only 与原件一致 (common on its own)
 * is a different stamp, not a whole one pressed badly.
 */
export function drawFittedStamp(text: string, pxPerMm: number, rng: Rng, color: string, twoLines: boolean): Canvas {
  const g = rng.range(4, 5.4) * pxPerMm;
  const chars = [...text];
  const at = text.includes('，') ? text.indexOf('，') + 1 : chars.length;
  const lines = twoLines && at < chars.length ? [chars.slice(0, at), chars.slice(at)] : [chars];
  // the pen width is drawn after the glyph size and before the font, as it always was (the samples stay byte-identical)
  const { c, ctx, w } = stampFrame(Math.max(...lines.map((l) => l.length)), lines.length, g, rng.range(0.45, 0.8) * pxPerMm, color);
  ctx.font = `bold ${g}px ${rng.pick(['"Noto Serif CJK JP"', '"Noto Sans CJK JP"', '"AR PL UMing CN"'])}`;
  ctx.textAlign = 'center';
  lines.forEach((ln, li) => {
    const x0 = 3 + w / 2 - (ln.length * g * 1.05) / 2;
    ln.forEach((ch, i) => ctx.fillText(ch, x0 + (i + 0.5) * g * 1.05, 3 + g * 1.35 + li * g * 1.45));
  });
  unevenInk(c, rng, rng.range(0.2, 0.45));
  return c;
}
