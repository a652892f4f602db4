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
  /** Confidence of a cursive stroke found where the handler signs (no such find was wrong on
   * either tune split); a signature found by size and colour only gets 0.5 + its handwriting / 2. */
  cursiveScore: 0.9,
  maxConfidence: 0.95,
  /** `present: false` with every signing place visible, clear of anything but print, and the note
   * found: on the tune splits every page called so was unsigned. */
  absentConfidence: 0.75,
  /** Undecided (review). */
  reviewConfidence: 0.4,
  /** The core signing place (4 line heights right of the note, 2 under it) more than this share off
   * the page is not visible: no verdict of absence (a page cut at the edge may have lost the name). */
  offPageShare: 0.1,
  coreRight: 4,
  coreBelow: 2,
} as const;
