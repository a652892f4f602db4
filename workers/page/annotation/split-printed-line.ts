import type { OcrLine } from '../types.ts';

/**
 * A gap between two words of one tesseract line wider than this (mm) splits the line. Words of a
 * printed sentence sit ≤ 1 character (≈ 3–4 mm) apart; tesseract also joins text that only shares a
 * baseline across the page — a handwritten 与原件一 at the left and the printed 开具时间 … at the right
 * came back as one line (the last page of a 36-month tax record: a 520 px
 * ≈ 88 mm gap at 150 dpi).
 */
export const SEGMENT_GAP_MM = 8;

/**
 * Splits a tesseract line into runs of words separated by less than SEGMENT_GAP_MM, each with its own
 * text, box and mean word confidence. A line without word boxes, or without such a gap, is
 * returned as it is. Lets a note fragment on the same baseline as print be told apart from it.
 */
export function splitPrintedLine(line: OcrLine, pxPerMm: number): OcrLine[] {
  const words = [...(line.words ?? [])].filter((w) => w.text.trim() !== '').sort((a, b) => a.box.x - b.box.x);
  if (words.length < 2) return [line];
  const runs: (typeof words)[] = [[words[0]!]];
  for (let i = 1; i < words.length; i++) {
    const prev = runs[runs.length - 1]!;
    const end = Math.max(...prev.map((w) => w.box.x + w.box.w));
    if (words[i]!.box.x - end > SEGMENT_GAP_MM * pxPerMm) runs.push([words[i]!]);
    else prev.push(words[i]!);
  }
  if (runs.length === 1) return [line];
  return runs.map((ws) => {
    const x0 = Math.min(...ws.map((w) => w.box.x)), y0 = Math.min(...ws.map((w) => w.box.y));
    const x1 = Math.max(...ws.map((w) => w.box.x + w.box.w)), y1 = Math.max(...ws.map((w) => w.box.y + w.box.h));
    return {
      text: ws.map((w) => w.text).join(''),
      confidence: ws.reduce((s, w) => s + w.confidence, 0) / ws.length,
      box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 },
      words: ws,
    };
  });
}
