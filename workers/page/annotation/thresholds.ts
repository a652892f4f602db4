/**
 * Cut-offs of the note and signature decisions, each with the measurement behind it on both
 * sources' tune splits (`tsx samples/bench/annotation-accuracy.ts --source a|b --split tune`).
 * Source A: drawn pages and a note set; source B: other handwriting fonts, pens and stamps.
 */
export const SIGNATURE = {
  /** Beside the note, in note line heights: up to 10 to its right (a name after a 5 mm gap sits 1–4
   * away on both sources), from 1.5 above to 6 below (the next line, or under a three-line note). */
  right: 10,
  above: 1.5,
  below: 6,
  left: 1,
  /** Line heights are taken as at least this (mm): a small hand does not bring the name closer
   * (a 4 mm note with the name 30 mm under it); note lines run 5–10 mm on A, 4–20 mm on B. */
  minLineMm: 7,
  /** After a label 经办人签字 the name runs up to 60 mm right of it (B: 15–25 mm names, 0–5 mm gap)
   * and from 12 mm above its middle to 12 mm below (a name 17 mm tall written across the label). */
  labelZoneWidthMm: 60,
  labelZoneHalfHeightMm: 12,
  /** Print on income pages is 2.5–4.1 mm tall (blur included) on both sources; names written by
   * hand or in a handwriting font 5–17 mm. */
  printHeightMm: 4.5,
  /** A region wider than a name (60 mm) at least this tall (mm) is writing joined to print, not a
   * print band (print lines 2.5–4.1 mm, two joined lines of print ≤ 5.5 mm on both sources). */
  joinedHeightMm: 6,
  /** Pieces of writing taller than print this far apart (mm) at most are one name when a joined
   * region is cut back to its writing (writing-cut.ts): a name's strokes run ≤ 3 mm apart on A. */
  cutGapMm: 4,
  /** A piece of ink taller than this (mm) is not a name's (names 5–17 mm tall on both sources). */
  maxNameHeightMm: 30,
  /** Confidence of a cursive stroke found where the handler signs (no such find was wrong on
   * either tune split); a signature found by size and colour only gets 0.5 + its handwriting / 2. */
  cursiveScore: 0.9,
  maxConfidence: 0.95,
  /** `present: false` with every signing place visible, clear of anything but print, and the note
   * found. Source B tune income pages: right on 3 of 6 (the misses: a name 25 mm above the note, a
   * stamp's extent taking in the name under it, a skewed page), so it may not reject alone. */
  absentConfidence: 0.5,
  /** Company seals are ≥ 38 mm across on both sources; a personal name seal is 8–25 mm. */
  companySealMinMm: 30,
  /** Undecided (review). */
  reviewConfidence: 0.4,
  /** The core signing place (4 line heights right of the note, 2 under it) more than this share off
   * the page is not visible: no verdict of absence (a page cut at the edge may have lost the name). */
  offPageShare: 0.1,
  coreRight: 4,
  coreBelow: 2,
} as const;

export const NOTE = {
  /** Tesseract lines at or above this confidence are print and are cleared before looking for
   * writing. Tesseract reads handwriting at 20–55 on source A; on B a neat hand or a handwriting
   * font reads up to 92, which is why a name is judged by its strokes (signing-places.ts). Print 75–95. */
  printedConf: 60,
  /** A tesseract line that does not start at 与 must read this many of the sentence's characters
   * exactly to be the note (printed contract lines end in 真实有效: 4). */
  printedMinExact: 8,
  /** A block read with fewer Han characters than this, or under this confidence, is "unreadable". */
  readableHan: 4,
  readableConf: 60,
  /** Han characters of the sentence, and of its first clause 与原件一致. */
  length: 17,
  firstClauseHan: 5,
  /** Writing this likely (blue ink, or dark with an uneven baseline) that reads as nothing means review, not missing. */
  clearWriting: 0.6,
  /** Share of a printed line's box under the note's read lines above which the note is "over print".
   * On source A a note written across a tax record's print covers 0.4–0.6 of the printed line; notes
   * written in clear space overlap none on either source. */
  overPrint: 0.2,
  /** The place of a note's first missing character, in character pitches: after the last read one
   * on its line, and from the note's left edge on the line under it (see note-completeness.ts). */
  nearAfter: 1.5,
  nearBelow: 2.5,
  /** A partial reading that stops cleanly: every aligned character right, one wrong in ten allowed. */
  cleanFidelity: 0.9,
  /** Two blocks each holding part of the sentence within this many mm of each other are one note
   * written over two lines (line gaps 3–20 mm on both sources). */
  joinMm: 25,
} as const;
