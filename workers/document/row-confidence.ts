/**
 * Field confidence = how sure the parse is (slips fixed, point inferred, columns missing) × how
 * sure OCR was about the line. Tesseract's line confidence for correct Chinese table rows sits at
 * 75–95, so only values below 75 pull a field down; a text layer counts as 1.
 */
export function rowConfidence(ocr: number, parts: number[]): number {
  const ocrFactor = ocr >= 0.75 ? 1 : ocr >= 0.5 ? 0.8 + (ocr - 0.5) * 0.8 : 0.5 + ocr * 0.6;
  const parse = parts.reduce((a, b) => a * b, 1);
  return Math.round(Math.max(0, Math.min(1, parse * ocrFactor)) * 1000) / 1000;
}
