/**
 * GB 11643-1999 citizen ID numbers as the rules read them: 17 digits and the ISO 7064 MOD 11-2 check
 * character, the birth date in digits 7–14 and the sex in digit 17 (odd: male). Printouts of the tax
 * bureau mask the middle (`1101**********1234`): only the visible digits can be compared. A failing
 * check is a rule result (a reason code), never an exception.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Why a reading cannot be taken at its word. */
export type IdReason = 'id_checksum_invalid' | 'id_birth_date_impossible' | 'id_format_invalid';

export interface IdReading {
  /** 18 characters, `*` where masked; null when the text holds no ID number's shape. */
  id: string | null;
  masked: boolean;
  /** Null when masked (the check cannot be computed) or malformed. */
  checksumOk: boolean | null;
  /** YYYY-MM-DD from the number; null when masked there or impossible. */
  birthDate: string | null;
  sex: 'male' | 'female' | null;
  reasons: IdReason[];
}

/** Width (full-width digits, ＊), spaces and the lower-case x that scans and typing vary. */
export function normaliseIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s-]/g, '').replace(/x/g, 'X');
}

export function idCheckCharacter(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function realDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The province codes an ID number can open with (GB/T 2260: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65;
 * 71 台湾, 81 香港, 82 澳门, 83 for the residence permits of their residents). An 18-digit 统一社会信用代码
 * (91…, 92…, 12…: the withholding agent's 纳税人识别号 on an income printout) is no ID number.
 */
const PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])/;

export function readIdNumber(raw: string | null | undefined): IdReading {
  const id = normaliseIdNumber(raw ?? '');
  const shaped = /^[\d*]{17}[\dX*]$/.test(id) && (id.startsWith('*') || id[1] === '*' || PROVINCE.test(id));
  if (!shaped) return { id: null, masked: false, checksumOk: null, birthDate: null, sex: null, reasons: raw ? ['id_format_invalid'] : [] };
  const masked = id.includes('*');
  const reasons: IdReason[] = [];
  const digits = id.slice(6, 14);
  let birthDate: string | null = null;
  if (/^\d{8}$/.test(digits)) {
    birthDate = realDate(+digits.slice(0, 4), +digits.slice(4, 6), +digits.slice(6, 8));
    if (!birthDate) reasons.push('id_birth_date_impossible');
  }
  const checksumOk = masked ? null : idCheckCharacter(id.slice(0, 17)) === id[17];
  if (checksumOk === false) reasons.push('id_checksum_invalid');
  const sexDigit = id[16];
  const sex = sexDigit === '*' ? null : Number(sexDigit) % 2 ? 'male' : 'female';
  return { id, masked, checksumOk, birthDate, sex, reasons };
}

/** Last four characters only, for messages and evidence: `**************1234`. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  const n = normaliseIdNumber(id);
  return n.length <= 4 ? '*'.repeat(n.length) : '*'.repeat(n.length - 4) + n.slice(-4);
}

/**
 * How a document's number compares with the applicant's, character by character where both show one:
 * - `same`: every visible character equal (a masked printout agrees on what it shows);
 * - `slip`: one visible character differs (a misread digit, or a typo on the paper);
 * - `different`: two or more differ;
 * - `unread`: no number, or nothing visible to compare.
 */
export type IdMatch = 'same' | 'slip' | 'different' | 'unread';

export function compareIdNumbers(read: IdReading, applicant: string): IdMatch {
  const a = normaliseIdNumber(applicant);
  if (!read.id || a.length !== 18) return 'unread';
  let shown = 0;
  let differ = 0;
  for (let i = 0; i < 18; i++) {
    if (read.id[i] === '*') continue;
    shown++;
    if (read.id[i] !== a[i]) differ++;
  }
  if (shown < 4) return 'unread';
  return differ === 0 ? 'same' : differ === 1 ? 'slip' : 'different';
}
