import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import type { Rng } from '../rng.ts';
import { INK, markCanvas, unevenInk } from './ink.ts';

export const NOTE_TEXT = '与原件一致，本单位已核实确认真实有效';

/**
 * The handler's handwritten note: AR PL UKai with per-glyph jitter (size, rotation, baseline
 * drift, spacing) so it reads as one person's hand rather than a font. Often on two lines,
 * broken after the comma.
 */
export function drawHandNote(textToWrite: string, pxPerMm: number, rng: Rng, color: string): { canvas: Canvas; twoLines: boolean } {
  const glyphMm = rng.range(5.5, 8);
  const g = glyphMm * pxPerMm;
  const twoLines = rng.chance(0.5) && textToWrite.includes('，');
  const lines = twoLines ? [textToWrite.slice(0, textToWrite.indexOf('，') + 1), textToWrite.slice(textToWrite.indexOf('，') + 1)] : [textToWrite];
  const longest = Math.max(...lines.map((l) => [...l].length));
  const c = markCanvas(longest * g * 1.05 + g, lines.length * g * 1.5 + g * 0.6);
  const ctx = c.getContext('2d');
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  const slant = rng.range(-0.12, 0.05);
  const drift = rng.range(-0.04, 0.04);
  lines.forEach((ln, li) => {
    let x = g * 0.3 + (li > 0 ? rng.range(0, g * 0.6) : 0);
    [...ln].forEach((ch, i) => {
      const s = g * rng.range(0.86, 1.12);
      ctx.save();
      ctx.translate(x, g * 1.05 + li * g * 1.45 + i * drift * g + rng.normal(0, g * 0.05));
      ctx.rotate(rng.normal(0, 0.06));
      ctx.transform(1, 0, slant, 1, 0, 0);
      ctx.font = `${s}px "AR PL UKai CN"`;
      ctx.fillText(ch, 0, 0);
      // pens leave a heavier trace than the font's hairlines
      ctx.lineWidth = g * 0.025;
      ctx.strokeText(ch, 0, 0);
      ctx.restore();
      x += s * rng.range(0.86, 1.02);
    });
  });
  unevenInk(c, rng, 0.12);
  return { canvas: c, twoLines };
}

/**
 * A rubber stamp's canvas with its rectangular border drawn: room for `lineCount` lines of at most
 * `longest` glyphs of `g` px and a 3 px margin; stroke and fill set to the stamp's ink.
 */
export function stampFrame(longest: number, lineCount: number, g: number, lineWidth: number, color: string): { c: Canvas; ctx: SKRSContext2D; w: number } {
  const w = longest * g * 1.08 + g * 1.2;
  const h = lineCount * g * 1.45 + g * 0.9;
  const c = markCanvas(w + 6, h + 6);
  const ctx = c.getContext('2d');
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = lineWidth;
  ctx.strokeRect(3 + lineWidth, 3 + lineWidth, w - lineWidth * 2, h - lineWidth * 2);
  return { c, ctx, w };
}

/** The note as a rubber stamp: rectangular border, fixed type, red or blue stamp ink. */
export function drawStampNote(textToWrite: string, pxPerMm: number, rng: Rng, color: string, fullLength: number): Canvas {
  const g = rng.range(4, 5.2) * pxPerMm;
  const twoLines = rng.chance(0.6);
  const full = [...'与原件一致，本单位已核实确认真实有效'];
  const lines = twoLines ? [full.slice(0, 6).join(''), full.slice(6).join('')] : [full.join('')];
  const { c, ctx, w } = stampFrame(Math.max(...lines.map((l) => [...l].length)), lines.length, g, 0.6 * pxPerMm, color);
  ctx.font = `bold ${g}px "Noto Serif CJK JP"`;
  ctx.textAlign = 'center';
  let written = 0;
  const visible = [...textToWrite].length;
  lines.forEach((ln, li) => {
    const chars = [...ln];
    const x0 = 3 + w / 2 - (chars.length * g * 1.05) / 2;
    chars.forEach((ch, i) => {
      if (written < visible) ctx.fillText(ch, x0 + (i + 0.5) * g * 1.05, 3 + g * 1.35 + li * g * 1.45);
      written++;
    });
  });
  void fullLength;
  unevenInk(c, rng, rng.range(0.2, 0.45));
  return c;
}

export const NOTE_COLORS = { blue: INK.blue, black: INK.black, stampRed: INK.sealRed, stampBlue: INK.stampBlue };
