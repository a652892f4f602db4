import type { Canvas } from '@napi-rs/canvas';
import type { Rng } from '../rng.ts';
import { INK, markCanvas, unevenInk } from './ink.ts';

export interface SealStyle {
  /** Text on the upper arc (the unit's full name). */
  arcText: string;
  /** Horizontal text under the star (e.g. 业务专用章), or null. */
  bottomText: string | null;
  /** 13-digit 防伪编码 on the lower arc, or null. */
  code: string | null;
  diameterMm: number;
  star: boolean;
  color: string;
  /** 0..1, how unevenly the ink took. */
  unevenness: number;
  font: string;
}

export function randomCompanySealStyle(rng: Rng, company: string): SealStyle {
  return {
    arcText: company,
    bottomText: rng.chance(0.15) ? '合同专用章' : null,
    code: rng.chance(0.6) ? Array.from({ length: 13 }, () => rng.int(0, 9)).join('') : null,
    diameterMm: rng.range(38, 45),
    star: true,
    color: INK.sealRed(rng),
    unevenness: rng.range(0.25, 0.6),
    font: rng.pick(['"Noto Serif CJK JP"', '"AR PL UMing CN"', '"Noto Sans CJK JP"']),
  };
}

/** Draws a round seal, red on transparent, `pxPerMm` resolution. Returns a square canvas. */
export function drawSeal(style: SealStyle, pxPerMm: number, rng: Rng): Canvas {
  const size = style.diameterMm * pxPerMm;
  const c = markCanvas(size + 4, size + 4);
  const ctx = c.getContext('2d');
  const r = size / 2;
  const cx = c.width / 2;
  const cy = c.height / 2;
  ctx.strokeStyle = style.color;
  ctx.fillStyle = style.color;
  ctx.lineWidth = rng.range(1.0, 1.4) * pxPerMm;
  ctx.beginPath();
  ctx.arc(cx, cy, r - ctx.lineWidth / 2, 0, Math.PI * 2);
  ctx.stroke();

  if (style.star) {
    const sr = size * rng.range(0.16, 0.19);
    ctx.beginPath();
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? sr : sr * 0.382;
      ctx.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
    }
    ctx.closePath();
    ctx.fill();
  }

  // Arc text runs left to right over the top, glyph bases pointing at the centre.
  const chars = [...style.arcText];
  const textR = r - 1.6 * pxPerMm - size * 0.075;
  const glyph = Math.min(size * 0.15, (textR * 2 * Math.PI * 0.62) / chars.length / 0.95);
  const span = Math.min(Math.PI * 1.45, (chars.length * glyph * 1.02) / textR);
  ctx.font = `bold ${glyph}px ${style.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (chars.length === 1 ? span / 2 : (i * span) / (chars.length - 1));
    ctx.save();
    ctx.translate(cx + textR * Math.cos(a), cy + textR * Math.sin(a));
    ctx.rotate(a + Math.PI / 2);
    ctx.scale(0.82, 1.05);
    ctx.fillText(ch, 0, glyph * 0.5);
    ctx.restore();
  });

  if (style.bottomText) {
    const bs = size * 0.11;
    ctx.font = `bold ${bs}px ${style.font}`;
    ctx.fillText(style.bottomText, cx, cy + size * 0.3);
  }
  if (style.code) {
    const cs = size * 0.055;
    ctx.font = `${cs}px "Noto Sans CJK JP"`;
    const digits = [...style.code];
    const cr = r - 2.2 * pxPerMm;
    const cspan = (digits.length * cs * 0.75) / cr;
    digits.forEach((d, i) => {
      const a = Math.PI / 2 + cspan / 2 - (i * cspan) / (digits.length - 1);
      ctx.save();
      ctx.translate(cx + cr * Math.cos(a), cy + cr * Math.sin(a));
      ctx.rotate(a - Math.PI / 2);
      ctx.fillText(d, 0, 0);
      ctx.restore();
    });
  }
  unevenInk(c, rng, style.unevenness);
  return c;
}
