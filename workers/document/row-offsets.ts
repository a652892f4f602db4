import type { TextRow } from './group-rows.ts';

/** What is known of the row under a character of the document's joined text (rows and pages joined by '\n'). */
export interface RowLookup {
  /** The OCR confidence of the row (its weakest line), rounded to two places; 1 outside any row. */
  ocrAt(at: number): number;
  /**
   * Whether another row of the same page overlaps the row in height: writing in a blank (a
   * handwritten name, a stamp) sits higher or lower than the printed label and OCR reads it as a
   * row of its own, so what looks empty after the label may be filled just beside it.
   */
  crowdedAt(at: number): boolean;
}

export function rowLookup(pageRows: TextRow[][]): RowLookup {
  const spans: Array<{ end: number; row: TextRow; crowded: boolean }> = [];
  let offset = 0;
  for (const rows of pageRows) {
    for (const row of rows) {
      offset += row.text.length + 1;
      const crowded = rows.some((o) => o !== row && o.box.y < row.box.y + row.box.h && o.box.y + o.box.h > row.box.y);
      spans.push({ end: offset, row, crowded });
    }
    if (!rows.length) offset += 1;
  }
  const at = (i: number) => spans.find((s) => i < s.end);
  return {
    ocrAt: (i) => Math.round((at(i)?.row.ocr ?? 1) * 100) / 100,
    crowdedAt: (i) => at(i)?.crowded ?? false,
  };
}
