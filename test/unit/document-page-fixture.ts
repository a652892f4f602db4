import type { PageText } from '../../workers/document/types.ts';

/** A page of OCR-like lines, one per row, 60 px apart, as tesseract (psm 4) hands them over. */
export function ocrPage(lines: string[], page = 1, confidence = 85): PageText {
  return {
    page,
    source: 'ocr',
    widthPx: 2480,
    heightPx: 3508,
    lines: lines.map((text, i) => ({ text, confidence, box: { x: 100, y: 100 + i * 60, w: 2000, h: 40 } })),
  };
}

/** A text-layer page where every table cell is its own run (as pdf.js returns them). */
export function textLayerPage(rows: string[][], page = 1): PageText {
  return {
    page,
    source: 'text-layer',
    widthPx: 1240,
    heightPx: 1754,
    lines: rows.flatMap((cells, r) => cells.map((text, c) => ({ text, confidence: 100, box: { x: 50 + c * 180, y: 80 + r * 30, w: 150, h: 20 } }))),
  };
}
