import type { Page, Bbox } from 'tesseract.js';
import type { OcrLine, OcrResult } from '../types.ts';

const box = (b: Bbox) => ({ x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0 });

/**
 * Flattens tesseract's block/paragraph/line tree into lines with boxes. Single spaces that tesseract
 * puts between CJK characters are removed (layout noise); wider gaps and Latin/digit spacing stay.
 */
export function toOcrResult(page: Page): OcrResult {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const text = tidyCjkSpacing(line.text.replace(/\n$/, ''));
        if (!text.trim()) continue;
        lines.push({
          text,
          confidence: line.confidence,
          box: box(line.bbox),
          words: line.words.map((w) => ({ text: w.text, confidence: w.confidence, box: box(w.bbox) })),
        });
      }
    }
  }
  return { text: lines.map((l) => l.text).join('\n'), confidence: page.confidence, lines };
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
// Only a single space: with preserve_interword_spaces, gaps between table cells come out as runs
// of several spaces, which the document parsers use as column separators.
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'g');

export function tidyCjkSpacing(text: string): string {
  return text.replace(BETWEEN_CJK, '').trimEnd();
}
