/**
 * Every cut-off of the page-quality checks, in one place, with the measurement behind it.
 * PROVISIONAL values come from synthetic pages only and are replaced after calibration on `tune`.
 */
export const CLARITY = {
  /** Effective resolution at or below which text is not legible to a reviewer (issue: "100 dpi or lower"). */
  minDpi: 120,
  /** Median stroke-edge width at 150 dpi above which a page is blurred. PROVISIONAL. */
  maxEdgeWidth: 2.6,
  /** Near-text blockiness above which compression has destroyed the page. PROVISIONAL: synthetic
   * 300-dpi page scored 1.09 (q85), 1.22 (q20), 1.33 (q10), 1.52 (q5). */
  maxBlockiness: 1.4,
  /** IJG quality (from the JPEG's DQT) at or below which strokes break into blocks. PROVISIONAL. */
  maxJpegQuality: 12,
  /** (paper − ink)/255 below which text is too faint. PROVISIONAL. */
  minContrast: 0.3,
  /** Mean OCR line confidence (0–100) below which the text is not reliably legible. PROVISIONAL. */
  minOcrConfidence: 55,
  /** OCR needs at least this many lines before its confidence says anything about the page. */
  minOcrLines: 3,
  /** Paper − ink below this many grey levels: nothing on the page but noise (blank), so undecided. */
  blankRange: 15,
  /** A ramp counts as a stroke edge when it rises by this fraction of (paper − ink). */
  edgeRiseFraction: 0.5,
} as const;

export const EDGES = {
  /** Issue: "more than ~3° is not neat". */
  maxSkewDeg: 3,
  /** Projection-profile peak over mean below which the page has no usable line structure. PROVISIONAL. */
  minPeakedness: 1.5,
  /** A pixel is ink when it is this many grey levels darker than the local paper. PROVISIONAL. */
  inkDrop: 60,
  /** Non-paper = darker than this fraction of the paper level (light shadows stay above it). PROVISIONAL. */
  borderRatio: 0.6,
  /** A dark band must be at least this deep (mm) to count at a position. PROVISIONAL. */
  borderMinMm: 1.5,
  /** …and cover this fraction of a side. PROVISIONAL. */
  borderCoverage: 0.5,
  /** Blank margin (mm) below which content runs off the sheet. PROVISIONAL. */
  minMarginMm: 1.5,
  /** Paper level p10/p90 across the sheet below which the light is uneven (phone photo). PROVISIONAL. */
  minLightEvenness: 0.8,
  /** Difference in border depth (mm) between the two ends of a side: a trapezoid outline. PROVISIONAL. */
  trapezoidMm: 4,
} as const;
