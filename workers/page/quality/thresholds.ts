/**
 * Every cut-off of the page-quality checks, with the measurement behind it. "Tune" figures come
 * from `tsx samples/bench/quality-accuracy.ts --source a|b --split tune` (A: 189 scanned pages, 10
 * unclear; B: 136, 6 unclear); "synthetic" from the unit-test pages. With these cut-offs both tune
 * splits score unclear pages R 1.0 P 1.0 and bad edges R 1.0 P 1.0.
 */
export const CLARITY = {
  /** Effective dpi at or below which text is not legible (issue: "100 dpi or lower"). Tune: low-dpi
   * pages 100, every other page ≥ 150; 120 sits between with room for rounding of the page size. */
  minDpi: 120,
  /** Edge width (px at 150 dpi) of a sharp scan's strokes, taken off each axis before the blur is
   * summed (blurExtent). Tune: sharp scans measure 1.45–1.8 per axis on A, 1.45–1.8 on B (phone
   * photos ≤ 2.25); 1.6 is their middle. */
  sharpEdgeWidth: 1.6,
  /** Blur extent (px at 150 dpi: √(Σ over x and y of width² − sharpEdgeWidth²)) above which text
   * is not legible. Motion blur widens edges along the smear only, Gaussian blur both ways; the sum
   * of squares measures both alike (a smear of L at any angle gives ≈ the same sum) and, unlike
   * the worse axis alone, keeps a 1.1 mm horizontal smear (every character still legible) apart
   * from a 1.2 mm oblique one (table digits smeared). Tune B: clear pages ≤ 3.63 (mild motion
   * blur; mild Gaussian 3.19; phone photos ≤ 1.73), unclear ≥ 3.85 (strong motion; strong Gaussian
   * ≥ 4.56). Tune A: clear ≤ 2.05, blurred ≥ 5.32. 3.75 is the middle of B's gap. */
  maxBlurExtent: 3.75,
  /** Near-text JPEG blockiness above which compression has destroyed the strokes. Tune: clear pages
   * ≤ 1.23 (1.38 on a blurred page), quality 4–7 pages ≥ 1.755. Synthetic: q20 1.22, q10 1.33. */
  maxBlockiness: 1.4,
  /** IJG quality from the JPEG's own tables at or below which the page is destroyed. Tune: heavy
   * JPEG pages q4–7, every other page q65–85. */
  maxJpegQuality: 12,
  /** (paper − stroke core)/255 below which text is too faint. Tune: every clear page ≥ 0.42 (ID-card
   * copies with grey print); synthetic faint print (190 on 235) 0.18. No page of source A's tune split is faint, so
   * this is set from physics more than data: 0.3 ≈ 75 grey levels between stroke and paper. */
  minContrast: 0.3,
  /** Mean OCR line confidence (0–100) below which the text is not reliably legible. Not calibrated
   * here (no OCR in the quick checks); tesseract scores clean 300-dpi scans 85–92 (measured on this project's samples). */
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
  /** Issue: "more than ~3° is not neat": text-line skew at or above this rejects. Tune truth never
   * falls in 1.5–3° on either source (bad 3.9–7.2° measured, whole pages ≤ 1.2° off phone photos),
   * and the estimate is within 0.21° of the truth on every non-photo page. */
  rejectSkewDeg: 3,
  /** …and from here up to rejectSkewDeg the page is reviewed: a true 3° may measure 2.8°. No tune
   * page of either source measures in 2.5–3° outside phone photos. */
  reviewSkewDeg: 2.5,
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
  /** Blank margin (mm) between a dark band and the content below which the band eats into it
   * (review only). Not used for cut edges: a narrow margin is not a cut (B's whole pages 0–2.7 mm
   * where a binarised sheet outline or a 5 mm browser margin sits at the border). */
  minMarginMm: 1.5,
  /** Separate strokes/rules entering the page from one side's outermost pixels at or above which
   * the frame sliced the content (reject). Tune: pages cut through text 11–21 (A 21; B 11, 20);
   * every whole page of both sources 0 (a binarised sheet outline is dotted, so it never runs
   * unbroken into the page). 4, not higher: a table of 5 rules sliced across shows 5. */
  minSlicedRuns: 4,
  /** The visible sheet shorter than A4 by at least this (mm) along an axis whose outline leaves the
   * frame: part of the sheet may be missing (review). Tune: cut or slid sheets 11.6–30 mm short
   * (A 29–30 with the lid on the other side; B auto-cropped 11.6–30); whole auto-cropped scans
   * ≤ 2.3, whole sheets on a light bed are ≥ 5 mm longer than A4. */
  minMissingSheetMm: 6,
  /** A side is open (the sheet runs to the frame) when its lid strip is at most this deep (mm):
   * pages of source A's tune split without a lid show ≤ 1 mm. */
  noStripMm: 2,
  /** Ink this much redder than green/blue is a seal or red rule, not printed content. Tune seal
   * pixels after 4:2:0 JPEG: r − max(g, b) mostly 20–70; black print ≈ 0. */
  redExcess: 20,
  /** Sheet-edge angles of the framed sides differing by more than this (°): perspective. Tune:
   * straight sheets in a scanner frame 0.01–0.02°, phone photos 0.79–3.78° (incl. extra set). */
  maxAngleSpreadDeg: 0.5,
  /** Paper level p10/p90 across the sheet below which the light is uneven, as in a photo without
   * visible background (review only: no outline to prove it). Tune: pages with ok edges ≥ 0.865
   * (A's ID-card copies; B ≥ 0.946); phone photos 0.847–0.948, so this only catches strong
   * fall-off; the outline's perspective catches the rest. */
  minLightEvenness: 0.8,
} as const;
