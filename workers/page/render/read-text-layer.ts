import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OcrLine } from '../types.ts';

export interface TextLayer {
  lines: OcrLine[];
  /** Characters with a glyph but no Unicode mapping (pdf.js yields U+0000/U+FFFD for them). */
  unmapped: number;
  /** Characters with a mapping (spaces excluded). */
  mapped: number;
}

/**
 * A born-digital page's own text, as lines with boxes in raster pixels (`scale` = pixels per PDF
 * point). Exact, so its confidence is 100. Items on one baseline (within half a glyph height) form a
 * line; a gap wider than two glyphs between items becomes a run of spaces, like OCR's column gaps.
 */
export async function readTextLayer(page: PDFPageProxy, scale: number): Promise<TextLayer> {
  const content = await page.getTextContent();
  const viewport = page.getViewport({ scale });
  interface Item { text: string; x: number; y: number; w: number; h: number }
  const items: Item[] = [];
  let unmapped = 0;
  let mapped = 0;
  /* eslint-disable no-control-regex -- pdf.js marks unmapped glyphs with U+0000, which is what we look for */
  for (const it of content.items) {
    if (!('str' in it)) continue;
    const bad = (it.str.match(/[\u0000\ufffd]/g) ?? []).length;
    unmapped += bad;
    mapped += it.str.replace(/[\s\u0000\ufffd]/g, '').length;
    // NFKC: some PDF producers map CJK to Kangxi radicals or compatibility forms (⼊ for 入).
    it.str = it.str.replace(/[\u0000\ufffd]/g, '').normalize('NFKC');
    if (!it.str.trim()) continue;
    /* eslint-enable no-control-regex */
    const [a, b, , d, e, f] = it.transform as number[];
    const fontH = Math.hypot(b!, d!) || Math.abs(a!) || 10;
    const [x, yBase] = viewport.convertToViewportPoint(e!, f!) as [number, number];
    const h = fontH * scale;
    items.push({ text: it.str, x, y: yBase - h, w: it.width * scale, h });
  }
  items.sort((p, q) => p.y - q.y || p.x - q.x);
  const rows: Item[][] = [];
  for (const it of items) {
    const row = rows.find((r) => Math.abs(r[0]!.y - it.y) < r[0]!.h * 0.5);
    if (row) row.push(it);
    else rows.push([it]);
  }
  const lines = rows.map((row) => {
    row.sort((p, q) => p.x - q.x);
    let text = '';
    let prevEnd: number | null = null;
    for (const it of row) {
      if (prevEnd !== null) {
        const gap = it.x - prevEnd;
        text += gap > it.h * 2 ? '    ' : gap > it.h * 0.25 ? ' ' : '';
      }
      text += it.text;
      prevEnd = it.x + it.w;
    }
    const x = Math.min(...row.map((r) => r.x));
    const y = Math.min(...row.map((r) => r.y));
    const right = Math.max(...row.map((r) => r.x + r.w));
    const bottom = Math.max(...row.map((r) => r.y + r.h));
    return { text, confidence: 100, box: { x, y, w: right - x, h: bottom - y } };
  });
  return { lines, unmapped, mapped };
}
