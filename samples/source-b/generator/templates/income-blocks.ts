/**
 * Blocks the income and tax templates share: the handler's free area (with its optional printed
 * 经办人 label), the row anchors and the font stacks source B may use.
 */
import type { RandomStream } from '../rng.ts';
import { esc } from './income-format.ts';

/** Source B's print fonts for these documents; the stacks never fall back to another CJK family. */
export const FONT = {
  zenHei: "'WenQuanYi Zen Hei', sans-serif",
  microHei: "'WenQuanYi Micro Hei', sans-serif",
  sung: "'AR PL SungtiL GB', serif",
} as const;

export interface HandlerArea {
  widthMm: number;
  heightMm: number;
  /** Printed label above the area, or null. */
  label: string | null;
  side: 'left' | 'right';
}

/** Height the handler block takes in the page body (label line included). */
export function handlerBlockMm(area: HandlerArea): number {
  return area.heightMm + (area.label ? 7 : 0);
}

/**
 * The handler's block: an optional 经办人 label (the signature goes right after it, on the same
 * line, so the line is left empty beyond the label) and the empty area where the employer stamps
 * and writes the note.
 */
export function handlerBlock(area: HandlerArea, labelFontPt: number): string {
  const label = area.label
    ? `<div style="height:7mm;line-height:7mm;font-size:${labelFontPt}pt;white-space:nowrap;"><span data-anchor="handler-label">${esc(area.label)}</span></div>`
    : '';
  return `<div style="flex:none;align-self:${area.side === 'left' ? 'flex-start' : 'flex-end'};width:${area.widthMm}mm;">${label}<div data-anchor="handler" style="width:${area.widthMm}mm;height:${area.heightMm}mm;"></div></div>`;
}

/** The bureau prints carry a 经办人 label on about half their pages; the app export never does. */
export function pickLabel(rng: RandomStream, probability: number): string | null {
  if (!rng.yes(probability)) return null;
  return rng.oneOf(['经办人：', '经办人签字：', '经办人（签字）：']);
}

/** Anchor that lets the truth writer find which page a month's row landed on. */
export function rowAnchor(period: string): string {
  return `row-${period}`;
}
