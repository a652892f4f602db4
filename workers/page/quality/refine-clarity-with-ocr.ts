import { CLARITY } from './thresholds.ts';
import type { Clarity } from './types.ts';

/**
 * After OCR: a page whose text lines read with low confidence is not legible, whatever the pixels
 * said. A pixel verdict of "unclear" is never overturned by OCR (OCR can guess well on blur).
 * With too few lines OCR says nothing and the pixel verdict stands.
 */
export function refineClarityWithOcr(c: Clarity, ocrConfidence: number | null, textLineCount: number): Clarity {
  if (ocrConfidence === null || textLineCount < CLARITY.minOcrLines) return c;
  if (ocrConfidence >= CLARITY.minOcrConfidence) {
    // Good OCR on enough lines settles a page the pixels could not decide (e.g. unknown size).
    return c.ok === null && c.reasons.length === 0 ? { ...c, ok: true } : c;
  }
  if (c.reasons.includes('low_ocr_confidence')) return c;
  return { ...c, ok: false, reasons: [...c.reasons, 'low_ocr_confidence'] };
}
