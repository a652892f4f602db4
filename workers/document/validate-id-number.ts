import { readIdNumber } from '../../rules/identity/index.ts';

/**
 * GB 11643-1999 citizen ID number: 17 digits, a real birth date, and the ISO 7064 MOD 11-2 check
 * character (the rules' reading, rules/identity/id-number.ts). A failure is a review signal (OCR
 * slip or a typo on the document), never a rejection.
 */
export function isValidIdNumber(s: string): boolean {
  const r = readIdNumber(s.trim());
  return !!r.id && !r.masked && r.checksumOk === true && r.birthDate !== null;
}

/** Birth date ('YYYY-MM-DD') encoded in an 18-character ID number, or null. */
export function birthDateFromIdNumber(s: string): string | null {
  const r = readIdNumber(s.trim());
  return r.masked ? null : r.birthDate;
}
