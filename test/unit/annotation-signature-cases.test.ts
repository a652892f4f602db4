import { type SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../rules/contract/index.ts';
import { classifyInk } from '../../workers/page/annotation/classify-ink.ts';
import { decideSignature, type SignatureEvidence } from '../../workers/page/annotation/decide-signature.ts';
import { detectSignature } from '../../workers/page/annotation/detect-signature.ts';
import { findInkRegions, type InkRegion } from '../../workers/page/annotation/find-ink-regions.ts';
import { cutToWriting } from '../../workers/page/annotation/writing-cut.ts';
import { paperPatch } from './annotation-fixtures.ts';
import { registerSystemFont } from '../../samples/generator/fonts.ts';

registerSystemFont('notoSans', 'CasePrint');

const DPI = 150;
const MM = DPI / 25.4;
const INK = '#1d1d1d';

/** A name written fast with a fine pen (0.25 mm): loops about 7 mm tall over `w` mm, ending in a tail to the right. */
function fineName(g: SKRSContext2D, x: number, y: number, w: number, tail = 0): void {
  g.strokeStyle = INK; g.lineWidth = 0.25 * MM; g.lineCap = 'round';
  g.beginPath();
  g.moveTo(x, y);
  const n = Math.round(w / 5);
  for (let k = 0; k < n; k++) g.bezierCurveTo(x + (k * 5 + 1) * MM, y - 11 * MM, x + (k * 5 + 4) * MM, y + 3 * MM, x + (k + 1) * 5 * MM, y - (k % 2 ? 1 : 3) * MM);
  if (tail) g.lineTo(x + (w + tail) * MM, y - 1 * MM);
  g.stroke();
}

function print(g: SKRSContext2D, text: string, x: number, y: number): void {
  g.font = `${3 * MM}px CasePrint`;
  g.fillStyle = INK;
  g.fillText(text, x, y);
}

const NOTE: Box = { x: 5 * MM, y: 10 * MM, w: 50 * MM, h: 8 * MM };
const region = (box: Box, over: Partial<InkRegion> = {}): InkRegion => ({
  box, ink: 'dark', cells: 40, heightMm: box.h / MM, widthMm: box.w / MM, framed: false, baselineJitter: 0.2, handwriting: 0.6, ...over,
});

describe('decideSignature', () => {
  const none: SignatureEvidence = { found: [], nameSeal: null, note: true, unclear: null, hidden: null, placesOnPage: true };
  const sig = { region: region({ x: 10, y: 10, w: 200, h: 60 }), f: null, score: 0.9, pass: 'region' as const };
  const rows: [string, SignatureEvidence, boolean | null][] = [
    ['signature-like ink in a signing place', { ...none, found: [sig] }, true],
    ['signature-like ink found only once a name joined to print was cut back', { ...none, found: [{ ...sig, pass: 'writing-cut' }] }, true],
    ['every signing place seen and holding nothing but print', none, false],
    ['a name seal where the handler signs', { ...none, nameSeal: { x: 0, y: 0, w: 100, h: 100 } }, null],
    ['no note, so the places beside it are unknown', { ...none, note: false }, null],
    ['ink in a signing place that cannot be told from a signature', { ...none, unclear: { x: 0, y: 0, w: 600, h: 60 } }, null],
    ['a printed line stretched over writing in a signing place', { ...none, hidden: { x: 0, y: 0, w: 600, h: 90 } }, null],
    ['the place under the note cut off the page', { ...none, placesOnPage: false }, null],
  ];
  it.each(rows.map(([what, e, present]) => [what, String(present), e, present] as const))('when the page shows %s, then present is %s', (_what, _label, evidence, present) => {
    expect(decideSignature(evidence).present).toBe(present);
  });
  it('when the page shows no signature in places it could see, then absence is never claimed with high confidence', () => {
    expect(decideSignature(none).confidence).toBeLessThanOrEqual(0.5);
  });
});

describe('signature joined to unread print', () => {
  // The page: a note, and after it a name written with a fine pen whose tail runs into a printed
  // line (开具机关…) that tesseract did not read confidently, so the print was not cleared.
  const draw = (name: boolean) => (g: SKRSContext2D) => {
    if (name) fineName(g, 60 * MM, 18 * MM, 20, 4);
    print(g, '开具机关（盖章）：国家税务总局北京市税务局', 85 * MM, 17 * MM);
  };
  const patch = (name: boolean) => paperPatch(160, 40, draw(name), DPI);

  it('when the fine-pen name touches the print, then the joined region is cut back to the name', () => {
    const map = classifyInk(patch(true));
    const joined = findInkRegions(map).find((r) => r.ink === 'dark' && r.widthMm > 60)!;
    expect(joined).toBeDefined();
    const cut = cutToWriting(joined, map)!;
    expect(cut).not.toBeNull();
    expect(cut.box.x).toBeLessThan(61 * MM);
    expect(cut.box.x + cut.box.w).toBeLessThan(90 * MM);
  });

  it('when only the print is there, then nothing taller than print is cut out', () => {
    const map = classifyInk(patch(false));
    for (const r of findInkRegions(map).filter((x) => x.ink === 'dark')) expect(cutToWriting(r, map)).toBeNull();
  });

  it.each([
    ['a fine-pen name run into unread print after the note', true, true],
    ['only unread print after the note', false, false],
  ])('when the page shows %s, then present is %s', (_what, name, present) => {
    const map = classifyInk(patch(name));
    expect(detectSignature({ box: NOTE, lineHeight: 8 * MM }, findInkRegions(map), { map, printed: [], seals: [] }).present).toBe(present);
  });
});
