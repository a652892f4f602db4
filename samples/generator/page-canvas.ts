import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

export const A4_MM = { w: 210, h: 297 } as const;

/** A drawing surface in millimetres: document layouts are written once and drawn at any dpi. */
export interface MmPage {
  ctx: SKRSContext2D;
  /** pixels per millimetre (0 for vector output, where coordinates stay in mm). */
  pxPerMm: number;
}

export function createScanCanvas(dpi: number): { canvas: Canvas; page: MmPage; widthPx: number; heightPx: number } {
  const pxPerMm = dpi / 25.4;
  const widthPx = Math.round(A4_MM.w * pxPerMm);
  const heightPx = Math.round(A4_MM.h * pxPerMm);
  const canvas = createCanvas(widthPx, heightPx);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, widthPx, heightPx);
  ctx.scale(pxPerMm, pxPerMm);
  return { canvas, page: { ctx, pxPerMm }, widthPx, heightPx };
}

export interface TextOpts {
  font?: string;
  weight?: 'normal' | 'bold';
  align?: 'left' | 'center' | 'right';
  color?: string;
}

/** Draws one line of text with its baseline at y (mm); size is the em size in mm. */
export function text(p: MmPage, s: string, x: number, y: number, size: number, o: TextOpts = {}): number {
  const { ctx } = p;
  ctx.font = `${o.weight ?? 'normal'} ${size}px ${o.font ?? '"Noto Sans CJK JP"'}`;
  ctx.fillStyle = o.color ?? '#141414';
  ctx.textAlign = o.align ?? 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(s, x, y);
  return ctx.measureText(s).width;
}

export function measure(p: MmPage, s: string, size: number, font = '"Noto Sans CJK JP"', weight = 'normal'): number {
  p.ctx.font = `${weight} ${size}px ${font}`;
  return p.ctx.measureText(s).width;
}

/** Wraps a paragraph to a width, returns the y after the last line. */
export function paragraph(p: MmPage, s: string, x: number, y: number, width: number, size: number, lineGap: number, o: TextOpts = {}): number {
  let line = '';
  let yy = y;
  for (const ch of s) {
    if (measure(p, line + ch, size, o.font) > width && line) {
      text(p, line, x, yy, size, o);
      yy += size * lineGap;
      line = '';
    }
    line += ch;
  }
  if (line) {
    text(p, line, x, yy, size, o);
    yy += size * lineGap;
  }
  return yy;
}

export function line(p: MmPage, x1: number, y1: number, x2: number, y2: number, width = 0.25, color = '#222'): void {
  const { ctx } = p;
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

export function rect(p: MmPage, x: number, y: number, w: number, h: number, width = 0.25, color = '#222'): void {
  p.ctx.strokeStyle = color;
  p.ctx.lineWidth = width;
  p.ctx.strokeRect(x, y, w, h);
}
