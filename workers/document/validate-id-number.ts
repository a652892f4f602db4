import { isoFromParts } from './parse-date.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * GB 11643-1999 citizen ID number: 17 digits, a real birth date, and the ISO 7064 MOD 11-2 check
 * character. A failure is a review signal (OCR slip or a typo on the document), never a rejection.
 */
export function isValidIdNumber(s: string): boolean {
  const id = s.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!isoFromParts(+id.slice(6, 10), +id.slice(10, 12), +id.slice(12, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i];
  return CHECK[sum % 11] === id[17];
}

/** Birth date ('YYYY-MM-DD') encoded in an 18-character ID number, or null. */
export function birthDateFromIdNumber(s: string): string | null {
  const id = s.trim();
  if (!/^\d{17}[\dXx]$/.test(id)) return null;
  return isoFromParts(+id.slice(6, 10), +id.slice(10, 12), +id.slice(12, 14));
}
