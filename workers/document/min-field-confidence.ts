/**
 * Below this, a field the rules need is "not read with confidence" → EXTRACTION_UNCERTAIN (review).
 *
 * Why 0.6: a clean row scores 1; one slip letter fixed in a number −0.1 (0.9); a comma/point misread
 * −0.15 (0.85); a weak OCR line (tesseract < 75) × 0.8–1. What falls below 0.6 is exactly what a
 * reviewer must see: a decimal point inferred from the column format (0.55), a blank or one-sided
 * term (≤ 0.4), an ambiguous contract type (≤ 0.5), or two small doubts stacked on a weak line.
 * Rows that reconcile exactly with the printed totals are raised to ≥ 0.9.
 * Re-check against the accuracy benchmark when it runs over the sample corpus.
 */
export const MIN_FIELD_CONFIDENCE = 0.6;
