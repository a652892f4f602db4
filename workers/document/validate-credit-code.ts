const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * GB 32100-2015 统一社会信用代码: 18 characters of the 31-symbol set, six-digit division code, and
 * the MOD 31 check character. Early pilot codes exist whose check fails (GB 32100-2015 codes issued in early pilots), so callers
 * treat false as "review", not as "forged".
 */
export function isValidCreditCode(s: string): boolean {
  const code = s.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(code[i]) * WEIGHTS[i];
  const c = (31 - (sum % 31)) % 31;
  return CHARSET[c] === code[17];
}
