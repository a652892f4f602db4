/**
 * Writing by hand into printed forms: a pen (font, ink, size) chosen once per document, and text
 * drawn character by character with small rotations, baseline drift and uneven spacing, so a fill
 * does not sit on the printed baseline like type does.
 */
import type { RandomStream } from '../rng.ts';
import { esc } from './contract-page.ts';

export interface Pen {
  font: string;
  /** Ink colour (ballpoint blue, blue-black or black). */
  color: string;
  /** Character height in mm. */
  sizeMm: number;
  /** Whole-word tilt in degrees (people write uphill or downhill a little). */
  tiltDeg: number;
  /** 400 light ballpoint, 700 pressed hard / gel pen. */
  weight: 400 | 700;
}

// Single quotes: the family goes into a style="…" attribute.
const HAND_FONTS = ["'LXGW WenKai'", "'AR PL KaitiM GB'"] as const;
// Ballpoint blues mostly; black gel pens less often.
const INKS = ['#1a3fb0', '#2146a6', '#173a9c', '#2a3d8f', '#1f2f7a', '#202024'] as const;

export function pickPen(rng: RandomStream): Pen {
  return {
    font: `${rng.oneOf(HAND_FONTS)}, 'LXGW WenKai', cursive`,
    color: rng.oneOf(INKS),
    sizeMm: rng.between(4.4, 5.8),
    tiltDeg: rng.between(-2.5, 2.5),
    weight: rng.yes(0.3) ? 700 : 400,
  };
}

/**
 * Hand-written `text` as an inline-block span. `anchor` names it for the marks/truth side
 * (`data-anchor="blank-…"`). Empty text gives an empty string.
 */
export function handText(text: string, pen: Pen, rng: RandomStream, anchor?: string): string {
  if (!text) return '';
  let drift = 0;
  const chars = [...text].map((c) => {
    drift += rng.gauss(0, 0.2);
    drift = Math.max(-0.9, Math.min(0.9, drift));
    const rot = rng.gauss(0, 4.5);
    const scale = rng.between(0.86, 1.14);
    const gap = rng.between(-0.25, 0.45);
    // Latin digits are narrower in handwriting; CJK gets a bit more room.
    return `<span style="display:inline-block;margin-right:${gap.toFixed(2)}mm;transform:translateY(${drift.toFixed(2)}mm) rotate(${rot.toFixed(1)}deg) scale(${scale.toFixed(2)})">${esc(c === ' ' ? '\u00a0' : c)}</span>`;
  });
  // Hands write a little above the printed line, rarely on it.
  const lift = rng.between(-1.6, -0.3);
  const tilt = pen.tiltDeg + rng.gauss(0, 0.8);
  const a = anchor ? ` data-anchor="${anchor}"` : '';
  return `<span class="hand"${a} style="display:inline-block;white-space:nowrap;font-family:${pen.font};color:${pen.color};font-size:${pen.sizeMm.toFixed(2)}mm;font-weight:${pen.weight};line-height:1;opacity:0.92;transform:translateY(${lift.toFixed(2)}mm) rotate(${tilt.toFixed(1)}deg);transform-origin:left center">${chars.join('')}</span>`;
}

/**
 * A printed blank (an underlined gap `widthMm` wide); with `fill` the hand writes into it.
 * Empty blanks keep their width so the form reads 自____年__月__日.
 */
export function blank(widthMm: number, fill: string | null, pen: Pen, rng: RandomStream, anchor?: string): string {
  const inner = fill ? handText(fill, pen, rng, anchor) : '\u00a0';
  const a = !fill && anchor ? ` data-anchor="${anchor.replace(/^blank-/, 'empty-')}"` : '';
  return `<span class="bl"${a} style="display:inline-block;min-width:${widthMm.toFixed(1)}mm;border-bottom:0.25mm solid currentColor;text-align:center;line-height:1.1;text-indent:0">${inner}</span>`;
}
