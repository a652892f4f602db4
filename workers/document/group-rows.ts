import type { Box } from '../../rules/contract/index.ts';
import type { PageText } from './types.ts';
import { normaliseOcrText } from './normalise-ocr-text.ts';

/** One visual row of a page: OCR lines (or text-layer runs) that sit at the same height. */
export interface TextRow {
  page: number;
  /** Normalised text; cells joined by two spaces. */
  text: string;
  /** The text as read, for evidence. */
  raw: string;
  /** 0..1: the weakest line's OCR confidence (text layers count as 1). */
  ocr: number;
  box: Box;
}

/**
 * Groups a page's lines into rows by vertical overlap. OCR in single-column mode usually returns a
 * table row as one line, but a text layer returns one run per cell and OCR sometimes splits a row
 * whose cells sit at slightly different heights; both come back together here.
 */
/** Share of the shorter height two cells must overlap to be one row (a skewed single page of source A's tune split: a tax cell 7 of 18 px). */
const OVERLAP_SHARE = 0.35;

export function groupRows(page: PageText): TextRow[] {
  const lines = page.lines.filter((l) => l.text.trim() !== '');
  const sorted = [...lines].sort((a, b) => a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2));
  const groups: (typeof lines)[] = [];
  for (const line of sorted) {
    const cy = line.box.y + line.box.h / 2;
    const g = groups[groups.length - 1];
    if (g && line.box.h > 0) {
      const ref = g[0];
      const refCy = ref.box.y + ref.box.h / 2;
      const minH = Math.min(ref.box.h, line.box.h);
      const overlapsX = g.some((o) => line.box.x < o.box.x + o.box.w && o.box.x < line.box.x + line.box.w);
      // On a skewed scan the cells of one row drift in height across the page, and a digits-only
      // cell is shorter than a Chinese one: a clear share of vertical overlap with the row so far
      // keeps them together where the centres alone would split the row (and pair the halves wrongly).
      const top = Math.min(...g.map((o) => o.box.y));
      const bottom = Math.max(...g.map((o) => o.box.y + o.box.h));
      const overlap = Math.min(bottom, line.box.y + line.box.h) - Math.max(top, line.box.y);
      const shared = overlap >= OVERLAP_SHARE * Math.min(line.box.h, bottom - top);
      if ((Math.abs(cy - refCy) < minH * 0.5 || shared) && !overlapsX) {
        g.push(line);
        continue;
      }
    }
    groups.push([line]);
  }
  // Lines without boxes (all zero) keep their reading order.
  const noBoxes = lines.every((l) => l.box.h === 0 && l.box.w === 0);
  const ordered = noBoxes ? lines.map((l) => [l]) : groups;
  return ordered.map((g) => {
    const cells = [...g].sort((a, b) => a.box.x - b.box.x);
    const x = Math.min(...cells.map((c) => c.box.x));
    const y = Math.min(...cells.map((c) => c.box.y));
    const x2 = Math.max(...cells.map((c) => c.box.x + c.box.w));
    const y2 = Math.max(...cells.map((c) => c.box.y + c.box.h));
    const ocr = page.source === 'text-layer' ? 1 : Math.min(...cells.map((c) => c.confidence)) / 100;
    return {
      page: page.page,
      text: cells.map((c) => normaliseOcrText(c.text)).join('  '),
      raw: cells.map((c) => c.text).join('  '),
      ocr: Math.max(0, Math.min(1, ocr)),
      box: { x, y, w: x2 - x, h: y2 - y },
    };
  });
}
