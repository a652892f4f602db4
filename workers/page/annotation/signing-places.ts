import type { Box } from '../../../rules/contract/index.ts';
import type { OcrLine } from '../types.ts';
import { SIGNATURE } from './thresholds.ts';

/**
 * Where a handler signs: beside, under or after the note, and after a printed label 经办人 /
 * 经办人签字 (guide 五: 标注…后签字确认). Both are searched; a signature is the handler's
 * handwriting in one of them.
 */

/** The label, as tesseract reads it: 经办人, 经办人签字, with its first character often misread (好办人签字). */
const LABEL = /经办|办人签|人签字/;
const LABEL_END = /[经办人签字：:，,]/;

export interface SigningLabel {
  /** The printed label itself (cleared as print). */
  label: Box;
  /** Where the name goes: from the label's end, on its line and a little above and below. */
  zone: Box;
}

/** A line's text with blanks dropped. */
const compact = (t: string) => t.replace(/\s/g, '');

/**
 * The labels 经办人(签字) among the page's tesseract lines, at any confidence (a label with a name
 * written across it reads at 50). The label's own extent comes from its words when tesseract gave
 * them (up to the last word made of label characters), else from the characters' share of the line.
 */
export function findSigningLabels(lines: OcrLine[], pxPerMm: number): SigningLabel[] {
  const out: SigningLabel[] = [];
  for (const l of lines) {
    const text = compact(l.text);
    const m = LABEL.exec(text);
    if (!m) continue;
    let end = m.index + m[0].length;
    while (end < text.length && LABEL_END.test(text[end]!)) end++;
    const words = l.words ?? [];
    let x1: number;
    if (words.length > 0) {
      let seen = 0;
      x1 = l.box.x;
      for (const w of words) {
        if (seen >= end) break;
        const n = compact(w.text).length;
        // A word read across the label and the name after it (经办人:嘉信一) ends the label inside it.
        x1 = w.box.x + (w.box.w * Math.min(n, end - seen)) / Math.max(1, n);
        seen += n;
      }
    } else x1 = l.box.x + (l.box.w * end) / Math.max(1, text.length);
    const label: Box = { x: l.box.x, y: l.box.y, w: Math.max(1, x1 - l.box.x), h: l.box.h };
    const mid = l.box.y + l.box.h / 2;
    const half = SIGNATURE.labelZoneHalfHeightMm * pxPerMm;
    out.push({ label, zone: { x: x1, y: mid - half, w: SIGNATURE.labelZoneWidthMm * pxPerMm, h: 2 * half } });
  }
  return out;
}

/**
 * A line read as a name and nothing else (2–3 Han characters), which only handwriting is at this
 * height on an income page (a name printed in a table is of print height).
 */
export function nameLike(text: string): boolean {
  const t = compact(text);
  const han = t.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 2 && han <= 3 && han === [...t].length;
}

/**
 * The print to clear before looking for the signature: the note search's print, less what may be
 * the handler's name. Handwriting fonts and neat hands read as confidently as print (a name under
 * the note read at 92 by tesseract, a label line with the name after it at 80), so confidence
 * cannot tell them apart here; a name-like line taller than print and everything after a label are
 * left to the stroke test (signature-strokes.ts), which tells pen from type by shape.
 */
export function signaturePrint(printed: Box[], lines: OcrLine[], labels: SigningLabel[], pxPerMm: number): Box[] {
  const tallNames = lines.filter((l) => nameLike(l.text) && l.box.h >= SIGNATURE.printHeightMm * pxPerMm).map((l) => l.box);
  const labelLines = lines.filter((l) => LABEL.test(compact(l.text))).map((l) => l.box);
  const same = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
  const inside = (a: Box, b: Box) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.w <= b.x + b.w + 1 && a.y + a.h <= b.y + b.h + 1;
  const kept = printed.filter((p) => !tallNames.some((n) => same(n, p)) && !labelLines.some((b) => inside(p, b)));
  return [...kept, ...labels.map((l) => l.label)];
}

/**
 * The company seal marks where the handler worked the page: the name goes across, beside or under
 * it (both sources: names 0–40 mm from the seal's ring) — one more signing place beside a note
 * found, the only place known without one. A zone half a seal
 * wide on either side, from the seal's top to a seal's height under it. Seals under
 * SIGNATURE.companySealMinMm (name seals) mark nothing.
 */
export function sealPlaces(seals: Box[], pxPerMm: number): SigningLabel[] {
  return seals
    .filter((s) => Math.max(s.w, s.h) >= SIGNATURE.companySealMinMm * pxPerMm)
    .map((s) => ({ label: s, zone: { x: s.x - s.w / 2, y: s.y, w: 2 * s.w, h: 2 * s.h } }));
}
