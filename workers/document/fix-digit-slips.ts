/**
 * Typical tesseract slips inside numbers (measured on this project's samples): O/o/D→0, l/I/|/i→1, S/s→5, B→8,
 * Z→2, g→9. Only applied to a run that is already mostly digits, so words are never rewritten.
 */
const SLIPS: Record<string, string> = {
  O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', '|': '1', i: '1', L: '1', S: '5', s: '5', B: '8', Z: '2', z: '2', g: '9',
};

export const DIGITISH = '[0-9OoDQlI|iLSsBZzg]';

/** Replace slip letters by digits; returns the fixed text and how many characters were changed. */
export function fixDigitSlips(run: string): { text: string; fixes: number } {
  let fixes = 0;
  let out = '';
  for (const ch of run) {
    const d = SLIPS[ch];
    if (d !== undefined) {
      out += d;
      fixes++;
    } else out += ch;
  }
  return { text: out, fixes };
}

/** True when a run is digits with at most a minority of slip letters (never a word). */
export function isMostlyDigits(run: string): boolean {
  const digits = (run.match(/[0-9]/g) ?? []).length;
  const slips = (run.match(/[OoDQlI|iLSsBZzg]/g) ?? []).length;
  return digits >= 2 && slips <= digits / 2;
}
