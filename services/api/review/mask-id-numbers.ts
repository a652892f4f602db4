/**
 * Resident ID numbers (18 characters, the last a digit or X; the older 15 digits) standing alone in
 * a string. Longer runs of digits (record numbers, accounts) are left alone.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

/** The mask shown to reviewers: only the last 4 characters visible. */
export function maskIdNumber(id: string): string {
  return '*'.repeat(Math.max(0, id.length - 4)) + id.slice(-4);
}

/** A copy of `value` with every ID number inside any of its strings masked (reports, case fields, evidence). */
export function maskIdNumbers<T>(value: T): T {
  if (typeof value === 'string') return value.replace(ID_NUMBER, maskIdNumber) as T;
  if (Array.isArray(value)) return value.map((v) => maskIdNumbers(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskIdNumbers(v)])) as T;
  }
  return value;
}
