/**
 * The handwritten note 与原件一致，本单位已核实确认真实有效 (or its first `chars` characters) on
 * 1–3 lines, in one of the note hands. Drawn with its first baseline at y = 0, x = 0.
 */
import type { NotePlan } from './plan.ts';
import { NOTE_TEXT } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type MmBox, type Pt, union } from './geometry.ts';
import { type Hand, NOTE_HANDS, sampleHand, writeLine } from './hands.ts';
import type { Defs } from './svg.ts';

export interface NoteLine {
  box: MmBox;
  /** Pen position after the line's last glyph (on its baseline). */
  end: Pt;
}

export interface DrawnNote {
  svg: string;
  box: MmBox;
  lines: NoteLine[];
  text: string;
}

/** Splits the written text into lines, breaking after the comma when that is close to even. */
export function splitNote(text: string, lines: number): string[] {
  const chars = [...text];
  const count = Math.max(1, Math.min(lines, chars.length));
  if (count === 1) return [text];
  const comma = chars.indexOf('，');
  if (count === 2 && comma >= 0 && comma < chars.length - 2) return [chars.slice(0, comma + 1).join(''), chars.slice(comma + 1).join('')];
  if (count === 3 && comma >= 0 && chars.length - comma - 1 >= 4) {
    const rest = chars.slice(comma + 1);
    const half = Math.ceil(rest.length / 2);
    return [chars.slice(0, comma + 1).join(''), rest.slice(0, half).join(''), rest.slice(half).join('')];
  }
  const per = Math.ceil(chars.length / count);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += per) out.push(chars.slice(i, i + per).join(''));
  return out;
}

/** Estimated line width (mm) of `text` in `hand`, for fitting before drawing. */
export function estimateWidth(hand: Hand, text: string): number {
  let w = 0;
  for (const ch of text) w += hand.size * hand.squash * (/[，,.]/.test(ch) ? 0.6 : /[0-9]/.test(ch) ? 0.6 * hand.advance : hand.advance);
  return w;
}

export function drawHandNote(plan: NotePlan, colour: string, rng: RandomStream, defs: Defs, maxWidth: number): DrawnNote & { hand: Hand } {
  const text = [...NOTE_TEXT].slice(0, Math.max(1, Math.min(18, plan.chars))).join('');
  const rows = splitNote(text, plan.lines);
  const hand = sampleHand(NOTE_HANDS[plan.hand], rng);
  const widest = Math.max(...rows.map((r) => estimateWidth(hand, r)));
  // No room for this hand's size: the writer writes smaller.
  if (widest > maxWidth) hand.size = Math.max(3, (hand.size * maxWidth) / widest);
  const gap = hand.size * rng.between(1.35, 1.75);
  const parts: string[] = [];
  const lines: NoteLine[] = [];
  let x0 = 0;
  rows.forEach((row, i) => {
    if (i > 0) x0 += rng.between(-1, plan.hand === 'fast' ? 4 : 2);
    const line = writeLine(hand, row, { x: x0, y: i * gap }, colour, rng, defs);
    parts.push(line.svg);
    lines.push({ box: line.box, end: line.end });
  });
  return { svg: parts.join(''), box: union(lines.map((l) => l.box))!, lines, text, hand };
}
