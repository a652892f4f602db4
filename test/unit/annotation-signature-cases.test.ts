import { type SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../rules/contract/index.ts';
import { classifyInk } from '../../workers/page/annotation/classify-ink.ts';
import { decideSignature, type SignatureEvidence } from '../../workers/page/annotation/decide-signature.ts';
import { detectSignature } from '../../workers/page/annotation/detect-signature.ts';
import { findInkRegions, type InkRegion } from '../../workers/page/annotation/find-ink-regions.ts';
import { cutToWriting } from '../../workers/page/annotation/writing-cut.ts';
import { findSigningLabels } from '../../workers/page/annotation/signing-places.ts';
import type { OcrLine } from '../../workers/page/types.ts';
import type { ReadBlock } from '../../workers/page/annotation/read-candidates.ts';
import { matchAttestation } from '../../workers/page/annotation/match-attestation.ts';
import { splitTrailingName } from '../../workers/page/annotation/name-after-note.ts';
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
    const [cut, ...more] = cutToWriting(joined, map);
    expect(cut).toBeDefined();
    expect(more).toHaveLength(0);
    expect(cut.box.x).toBeLessThan(61 * MM);
    expect(cut.box.x + cut.box.w).toBeLessThan(90 * MM);
  });

  it('when only the print is there, then nothing taller than print is cut out', () => {
    const map = classifyInk(patch(false));
    for (const r of findInkRegions(map).filter((x) => x.ink === 'dark')) expect(cutToWriting(r, map)).toHaveLength(0);
  });

  it.each([
    ['a fine-pen name run into unread print after the note', true, true],
    ['only unread print after the note', false, false],
  ])('when the page shows %s, then present is %s', (_what, name, present) => {
    const map = classifyInk(patch(name));
    expect(detectSignature({ box: NOTE, lineHeight: 8 * MM }, findInkRegions(map), { map, printed: [], seals: [] }).present).toBe(present);
  });
});

describe('signing places', () => {
  const line = (text: string, words: [string, number, number][]): OcrLine => ({
    text, confidence: 65, box: { x: 76, y: 1131, w: 227, h: 42 },
    words: words.map(([t, x, w]) => ({ text: t, confidence: 65, box: { x, y: 1131, w, h: 42 } })),
  });
  it.each([
    ['the printed label and the handwritten name after it read as one word (经办人:嘉信一)', line('经办人:嘉信一', [['经办人:嘉信一', 76, 227]]), 76 + (227 * 4) / 7],
    ['the label read as its own words, the name as another', line('经办人: 嘉信一', [['经办人:', 76, 80], ['嘉信一', 173, 130]]), 156],
  ])('when the page shows %s, then the label ends before the name', (_what, l, end) => {
    const [label] = findSigningLabels([l], 6);
    expect(label!.label.x + label!.label.w).toBeCloseTo(end, 0);
    expect(label!.zone.x).toBeCloseTo(end, 0);
  });

  it('when the page shows a name written across the lower ring of the company seal, away from the note, then the signature is found there', () => {
    // The note at the top left; the seal 40 mm across at the right, the name across its lower ring.
    const seal: Box = { x: 70 * MM, y: 20 * MM, w: 40 * MM, h: 40 * MM };
    const page = paperPatch(160, 80, (g) => fineName(g, 95 * MM, 62 * MM, 25), DPI);
    const map = classifyInk(page);
    const note = { box: { x: 5 * MM, y: 5 * MM, w: 50 * MM, h: 6 * MM }, lineHeight: 6 * MM };
    expect(detectSignature(note, findInkRegions(map), { map, printed: [], seals: [seal] }).present).toBe(true);
  });
});

describe('names written against the note', () => {
  const BLUE = '#1b2f8f';
  const note = (g: SKRSContext2D, text: string, x: number, y: number) => { g.font = `${6 * MM}px CasePrint`; g.fillStyle = BLUE; g.fillText(text, x, y); };

  it('when the page shows a scribble after a cut-short note that the reader read as letters (…确认真 elee), then the scribble is split off as the name', () => {
    const text = '与原件一致本单位已核实确认真';
    const page = paperPatch(160, 30, (g) => { note(g, text, 5 * MM, 15 * MM); fineName(g, 100 * MM, 17 * MM, 20); }, DPI);
    const map = classifyInk(page);
    const lineBox: Box = { x: 5 * MM, y: 7 * MM, w: 120 * MM, h: 12 * MM };
    const read = `${text} elee`;
    const block: ReadBlock = {
      box: lineBox, ink: 'blue', framed: false, handwriting: 0.9, text: read, confidence: 80,
      lines: [{ text: read, confidence: 80, box: lineBox }], match: matchAttestation(read), unsure: false,
    };
    const split = splitTrailingName(block, map);
    expect(split.name).toBeDefined();
    expect(split.name!.x).toBeGreaterThan(85 * MM);
    expect(split.name!.x + split.name!.w).toBeGreaterThan(110 * MM);
    expect(split.text).not.toContain('elee');
  });

  it('when the page shows a blue signature just under a blue stamp, one region with its frame, then the signature is found under the stamp', () => {
    const page = paperPatch(120, 60, (g) => {
      g.strokeStyle = BLUE; g.lineWidth = 0.6 * MM; g.strokeRect(5 * MM, 5 * MM, 60 * MM, 12 * MM);
      note(g, '与原件一致，本单位已', 8 * MM, 14 * MM);
      g.strokeStyle = BLUE; g.lineWidth = 0.45 * MM; g.beginPath(); g.moveTo(12 * MM, 18.2 * MM);
      for (let k = 0; k < 5; k++) g.bezierCurveTo((12 + k * 5 + 1) * MM, 32 * MM, (12 + k * 5 + 4) * MM, 18 * MM, (12 + (k + 1) * 5) * MM, (25 + (k % 2) * 2) * MM);
      g.stroke();
    }, DPI);
    const map = classifyInk(page);
    const text: Box = { x: 8 * MM, y: 8 * MM, w: 54 * MM, h: 7 * MM };
    const [joined] = findInkRegions(map).filter((r) => r.ink === 'blue');
    // One region holds the stamp and the signature; cut outside the stamp's ink, the signature alone is left.
    expect(joined!.box.y).toBeLessThan(6 * MM);
    const cuts = cutToWriting(joined!, map, [text]);
    expect(cuts).toHaveLength(1);
    expect(cuts[0]!.box.y).toBeGreaterThan(17 * MM);
    const sig = detectSignature({ box: text, lineHeight: 7 * MM, own: [text] }, findInkRegions(map), { map, printed: [], seals: [] });
    expect(sig.present).toBe(true);
  });
});

describe('pen colour', () => {
  it('when the page shows blue print of print height (a link) after the note, then it is not taken for the signature', () => {
    const page = paperPatch(120, 40, (g) => { g.font = `${3 * MM}px CasePrint`; g.fillStyle = '#1b2f8f'; g.fillText('申诉　批量申诉', 62 * MM, 16 * MM); }, DPI);
    const map = classifyInk(page);
    expect(detectSignature({ box: NOTE, lineHeight: 8 * MM }, findInkRegions(map), { map, printed: [], seals: [] }).present).toBe(false);
  });
});
