import type { RegionReader } from '../types.ts';
import type { Ellipse } from './fit-ring.ts';
import { inkPng } from './ink-png.ts';
import { stretchStrip, unwrapRing, type InkImage } from './unwrap-seal-ring.ts';
import { isValidCreditCode } from '../../document/validate-credit-code.ts';

const DEG = Math.PI / 180;
/** Strip stretch as for the name: black at the median inked pixel. */
const STRIP_BLACK_AT = 0.5;
/**
 * A strip's read counts only at this confidence or more (PP-OCR 0..100). On tune, single reads with a
 * wrong digit came at 83–95 (and one at 99); the agreement of two strips does the rest.
 */
const CODE_CONFIDENCE = 90;

/** The one 13-digit run on a strip (O, Q or D read for a 0 next to digits is common on small stamped digits) and the least sure line in it. */
export function digitRun(lines: Array<{ text: string; confidence: number; box: { x: number } }>): { code: string; confidence: number } | null {
  const sorted = [...lines].sort((p, q) => p.box.x - q.box.x);
  // the last digit or two often come back as a line of their own: join in reading order
  const joined = sorted.map((l) => l.text.replace(/\s+/g, '')).join('').replace(/(?<=[0-9])[OoQD]|[OoQD](?=[0-9])/g, '0');
  const runs = [...new Set(joined.match(/(?<![0-9])[0-9]{13}(?![0-9])/g) ?? [])];
  if (runs.length !== 1) return null;
  const withDigits = sorted.filter((l) => /[0-9]/.test(l.text));
  return { code: runs[0]!, confidence: Math.min(...withDigits.map((l) => l.confidence)) };
}

/**
 * A 统一社会信用代码 on the strip (some seals carry it instead of the 13-digit code): an 18-character run
 * of the GB 32100 symbol set whose check character holds (a misread character breaks it 30 times in 31),
 * and the least sure line in it. O is not in the set: read next to digits it is a 0.
 */
export function creditCodeRun(lines: Array<{ text: string; confidence: number; box: { x: number } }>): { code: string; confidence: number } | null {
  const sorted = [...lines].sort((p, q) => p.box.x - q.box.x);
  const joined = sorted.map((l) => l.text.replace(/\s+/g, '')).join('').toUpperCase().replace(/O/g, '0');
  const runs = [...new Set(joined.match(/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/g) ?? [])].filter(isValidCreditCode);
  if (runs.length !== 1) return null;
  const withCode = sorted.filter((l) => /[0-9A-Z]/i.test(l.text));
  return { code: runs[0]!, confidence: Math.min(...withCode.map((l) => l.confidence)) };
}

/**
 * The 13-digit seal code (or a 统一社会信用代码, creditCodeRun): kept only when two of the strips (codeStrips) read the same digits, each at
 * CODE_CONFIDENCE or more, and no strip confidently reads other digits — a single read misreads a
 * digit now and then (9↔5, 1↔2, 2↔7 on tune) at confidences up to 99. The third strip is read only
 * when the first two do not settle it and one of them read a code. null when there is no code, it
 * cannot be read, or only tesseract is available (it reads no stamped digits). Tune: 5 of the 42
 * seals with a code read, none wrong; the rest are 150 dpi scans, blurred, or digits the ink left
 * broken (illegible by eye too). A soft feature: no rule uses it.
 */
export async function readCode(strips: InkImage[], reader: RegionReader | null): Promise<string | null> {
  if (!reader) return null;
  const codes: string[] = [];
  for (const [i, image] of strips.entries()) {
    if (i === 2 && (codes.length === 0 || (codes.length === 2 && codes[0] === codes[1]))) break;
    const lines = (await reader.read(await inkPng(image))).lines;
    const run = creditCodeRun(lines) ?? digitRun(lines);
    if (run && run.confidence >= CODE_CONFIDENCE) codes.push(run.code);
  }
  const distinct = [...new Set(codes)];
  return distinct.length === 1 && codes.length >= 2 ? distinct[0]! : null;
}

/**
 * Code strips, in the order they are read: the 13 digits run left to right along the bottom just
 * inside the ring (≈ 70° of arc, tops inward), so every strip sweeps anticlockwise over ρ 0.65–0.9
 * (tune: the digits of drawn and generated seals sit at ρ 0.8–0.9; a band reaching the ring reads its
 * edge as 1s). The half turn centred on the name's gap (found on the reading ink, `gap`) at ×1 and ×2,
 * then a turn and a third at ×2 from the gap's opposite, which holds the code whole once wherever the
 * gap estimate went wrong (grey scans, where print confuses it). Pass the luminance of the seal's own
 * ink ('tinted', or 'grey' on a grey scan): redness thins the digits' strokes and misread digits more
 * often on tune (6 wrong of 8 runs read); 'shape' keeps print that crosses a digit (a 5 read as 3).
 */
export function codeStrips(ink: InkImage, e: Ellipse, gap: number): InkImage[] {
  const band = { rhoFrom: 0.65, rhoTo: 0.9 };
  const half = { start: gap + 90 * DEG, sweep: -180 * DEG, ...band };
  return [
    stretchStrip(unwrapRing(ink, e, half), STRIP_BLACK_AT),
    stretchStrip(unwrapRing(ink, e, { ...half, scale: 2 }), STRIP_BLACK_AT),
    stretchStrip(unwrapRing(ink, e, { start: gap + 180 * DEG, sweep: -480 * DEG, ...band, scale: 2 }), STRIP_BLACK_AT),
  ];
}
