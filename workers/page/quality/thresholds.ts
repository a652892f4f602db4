/**
 * Every cut-off of the page-quality checks, with the measurement behind it. "tune" figures come
 * from `tsx samples/bench/quality-accuracy.ts tune` (107 scanned pages: 87 with only benign
 * variations, the rest one degradation each); "synthetic" from the unit-test pages.
 */
export const CLARITY = {
  /** Effective dpi at or below which text is not legible (issue: "100 dpi or lower"). Tune: low-dpi
   * pages 100, every other page ≥ 150; 120 sits between with room for rounding of the page size. */
  minDpi: 120,
  /** Median stroke-edge width (px at 150 dpi) above which a page is blurred; sharpness = 100/width,
   * so the cut is sharpness 33.3. Tune: clear pages ≥ 44.4, Gaussian σ 0.3–0.45 mm and motion
   * 1.2–2.2 mm ≤ 23.4; 33 is about the geometric middle of the gap (32.2). */
  maxEdgeWidth: 3.0,
  /** Near-text JPEG blockiness above which compression has destroyed the strokes. Tune: clear pages
   * ≤ 1.23 (1.38 on a blurred page), quality 4–7 pages ≥ 1.755. Synthetic: q20 1.22, q10 1.33. */
  maxBlockiness: 1.4,
  /** IJG quality from the JPEG's own tables at or below which the page is destroyed. Tune: heavy
   * JPEG pages q4–7, every other page q65–85. */
  maxJpegQuality: 12,
  /** (paper − stroke core)/255 below which text is too faint. Tune: every clear page ≥ 0.42 (ID-card
   * copies with grey print); synthetic faint print (190 on 235) 0.18. No tune page is faint, so
   * this is set from physics more than data: 0.3 ≈ 75 grey levels between stroke and paper. */
  minContrast: 0.3,
  /** Mean OCR line confidence (0–100) below which the text is not reliably legible. Not calibrated
   * here (no OCR in the quick checks); tesseract scores clean 300-dpi scans 85–92 (measurements §4). */
  minOcrConfidence: 55,
  /** OCR needs at least this many lines before its confidence says anything about the page. */
  minOcrLines: 3,
  /** Fewer clearly-dark pixels than this (150 dpi; ≈ 3 CJK characters) = a blank page: undecided. */
  minInkPixels: 300,
  /** A ramp counts as a stroke edge when it rises by this fraction of (paper − ink): half keeps
   * faint strokes in and sensor noise (σ ≤ 11 levels in tune) out. */
  edgeRiseFraction: 0.5,
} as const;

export const EDGES = {
  /** Issue: "more than ~3° is not neat". Tune truth never falls in 1.5–3° (bad ≥ 3°, mild ≤ 1.5°)
   * and the estimate is within 0.21° of the truth on every non-photo page, so 2.5° cannot flip. */
  maxSkewDeg: 2.5,
  /** Projection-profile peak over mean below which the page has no usable line structure.
   * Tune: every page ≥ 2.5. */
  minPeakedness: 1.5,
  /** A pixel is ink when it is this many grey levels darker than the local paper (or half of
   * paper − ink when the print is fainter). Tune noise σ ≤ 11, so 60 is > 5σ. */
  inkDrop: 60,
  /** Non-paper = darker than this fraction of the paper level. Light shadows (≤ 30 % darker,
   * synthetic test) stay above it; the dark scanner frames of tune are 15–60 on paper ~230. */
  borderRatio: 0.65,
  /** A dark band must be at least this deep (mm) at a position to count there. */
  borderMinMm: 1.5,
  /** …and cover this fraction of a side. */
  borderCoverage: 0.5,
  /** Blank margin (mm) below which content runs off the sheet. Tune: sheets with ok edges ≥ 3.2 mm
   * (2.7 on an extra generated set), content sliced by the edge 0–0.7 mm. */
  minMarginMm: 1.5,
  /** A lid strip this deep (mm) on one side only means the sheet was shifted and the opposite side
   * lost part of it. Tune (+ three extra generated sets, 390 pages): edge-cut pages 15.2–29 mm
   * (one at 0.5 where lid and paper match; its sliced content is caught by the margin); every other
   * unframed single-sided strip ≤ 4.6 mm. The generator shifts by 12–30 mm, hence 11, not 10. */
  minStripMm: 11,
  /** …while the opposite side shows none: tune pages without a lid show ≤ 1 mm. */
  noStripMm: 2,
  /** Ink this much redder than green/blue is a seal or red rule, not printed content. Tune seal
   * pixels after 4:2:0 JPEG: r − max(g, b) mostly 20–70; black print ≈ 0. */
  redExcess: 20,
  /** Sheet-edge angles of the framed sides differing by more than this (°): perspective. Tune:
   * straight sheets in a scanner frame 0.01–0.02°, phone photos 0.79–3.78° (incl. extra set). */
  maxAngleSpreadDeg: 0.5,
  /** Paper level p10/p90 across the sheet below which the light is uneven (a photo without visible
   * background). Tune: pages with ok edges ≥ 0.865 (ID-card copies); phone photos 0.847–0.932,
   * so this only catches strong fall-off; perspective catches the rest. */
  minLightEvenness: 0.8,
} as const;
