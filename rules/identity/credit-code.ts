/**
 * GB 32100-2015 统一社会信用代码: 18 characters of the code set 0-9 A-H J-N P-R T-U W-Y (no I, O, S,
 * V, Z), a six-digit division code in characters 3–8, and the check character: weights 1 3 9 27 19
 * 26 16 17 20 29 25 13 8 24 10 30 28, check = 31 − (sum mod 31), 31 → 0. One character misread
 * always breaks the check, so a code that holds it and differs from another is another unit's.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function normaliseCreditCode(raw: string): string {
  return raw.normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

export function isValidCreditCode(raw: string): boolean {
  const code = normaliseCreditCode(raw);
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(code[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31] === code[17];
}

/**
 * A contract's or seal's code against the employer's: `same` when equal, `other` when both hold
 * their check and differ (another unit), `unread` otherwise (absent, or a misread failing its check).
 */
export function compareCreditCodes(read: string | null | undefined, employer: string | null | undefined): 'same' | 'other' | 'unread' {
  if (!read || !employer) return 'unread';
  const r = normaliseCreditCode(read);
  const e = normaliseCreditCode(employer);
  if (r === e) return 'same';
  return isValidCreditCode(r) && isValidCreditCode(e) ? 'other' : 'unread';
}
