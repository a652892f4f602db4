import { type SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../rules/contract/index.ts';
import { classifyInk } from '../../workers/page/annotation/classify-ink.ts';
import { detectSignature, findLoneSignature } from '../../workers/page/annotation/detect-signature.ts';
import { findInkRegions } from '../../workers/page/annotation/find-ink-regions.ts';
import { strokeFeatures } from '../../workers/page/annotation/stroke-features.ts';
import type { RasterPage } from '../../workers/page/types.ts';
import { paperPatch } from './annotation-fixtures.ts';
import { registerSystemFont } from '../../samples/generator/fonts.ts';

registerSystemFont('notoSans', 'SigPrint');

const DPI = 150;
const MM = DPI / 25.4;
const BLUE = '#1b2f8f';

/** A 120 × 80 mm patch of paper: `draw` puts ink on it; returns the raster. */
const patch = (draw: (g: SKRSContext2D) => void): RasterPage => paperPatch(120, 80, draw, DPI);

/** A fast pen signature: one connected line of loops over 35 mm. */
function scribble(g: SKRSContext2D, x: number, y: number): void {
  g.strokeStyle = BLUE; g.lineWidth = 0.45 * MM; g.lineCap = 'round';
  g.beginPath();
  g.moveTo(x, y);
  const ups = [-6, 5, -7, 4, -5, 6];
  ups.forEach((dy, k) => g.bezierCurveTo(x + (k * 6 + 1) * MM, y + dy * MM, x + (k * 6 + 5) * MM, y - dy * MM, x + (k + 1) * 6 * MM, y + (k % 2 ? 2 : -2) * MM));
  g.stroke();
}

function printed(g: SKRSContext2D, text: string, x: number, y: number, sizeMm: number, ink = BLUE): Box {
  g.font = `${sizeMm * MM}px SigPrint`;
  g.fillStyle = ink;
  g.fillText(text, x, y);
  return { x, y: y - sizeMm * MM, w: g.measureText(text).width, h: sizeMm * 1.2 * MM };
}

const NOTE: Box = { x: 5 * MM, y: 10 * MM, w: 60 * MM, h: 8 * MM };

describe('signature strokes', () => {
  it('when a cursive signature is drawn, then its widest stroke spans several heights and its edges turn at every angle', () => {
    const page = patch((g) => scribble(g, 20 * MM, 40 * MM));
    const map = classifyInk(page);
    const [r] = findInkRegions(map).filter((x) => x.ink === 'blue');
    const f = strokeFeatures(map, r.box, 'blue');
    expect(f.longestStroke).toBeGreaterThan(1.3);
    expect(f.axisShare).toBeLessThan(0.42);
  });

  it('when a line of printed characters is drawn, then its edges are mostly horizontal and vertical and no stroke spans it', () => {
    const page = patch((g) => printed(g, '申诉批量申诉', 20 * MM, 40 * MM, 6, '#222'));
    const map = classifyInk(page);
    const [r] = findInkRegions(map).filter((x) => x.ink === 'dark');
    const f = strokeFeatures(map, r.box, 'dark');
    expect(f.axisShare).toBeGreaterThanOrEqual(0.42);
    expect(f.longestStroke).toBeLessThan(1.3);
  });
});

describe('detectSignature', () => {
  it('when a blue printed link that tesseract read sits beside the note, then it is not taken for the signature', () => {
    let link: Box | null = null;
    const page = patch((g) => { link = printed(g, '申诉　批量申诉', 70 * MM, 14 * MM, 3); });
    const map = classifyInk(page);
    const sig = detectSignature({ box: NOTE, lineHeight: 8 * MM }, findInkRegions(map), { map, printed: [link!], seals: [] });
    expect(sig.present).toBe(false);
  });

  it('when small blue print was not read as text, then its print size and straight strokes still keep it out', () => {
    const page = patch((g) => printed(g, '签发机关', 70 * MM, 14 * MM, 3));
    const map = classifyInk(page);
    const sig = detectSignature({ box: NOTE, lineHeight: 8 * MM }, findInkRegions(map), { map, printed: [], seals: [] });
    expect(sig.present).toBe(false);
  });

  it('when a pen signature is written under the note, then it is found there', () => {
    const page = patch((g) => scribble(g, 20 * MM, 30 * MM));
    const map = classifyInk(page);
    const sig = detectSignature({ box: NOTE, lineHeight: 8 * MM }, findInkRegions(map), { map, printed: [], seals: [] });
    expect(sig.present).toBe(true);
    expect(sig.box!.y).toBeGreaterThan(20 * MM);
  });
});

describe('findLoneSignature', () => {
  // Without a note there is no place where the handler should have signed, so finding nothing is
  // no evidence of absence: review (null), never "absent".
  it('when a page without a note carries only printed labels, then no signature is reported and absence is not claimed', () => {
    const page = patch((g) => { printed(g, '姓名', 10 * MM, 20 * MM, 3); printed(g, '公民身份号码', 10 * MM, 50 * MM, 3.5); });
    const map = classifyInk(page);
    expect(findLoneSignature(findInkRegions(map), { map, printed: [], seals: [] }).present).toBe(null);
  });

  it('when a page without a note carries a pen signature, then it is reported', () => {
    const page = patch((g) => { printed(g, '姓名', 10 * MM, 20 * MM, 3); scribble(g, 30 * MM, 50 * MM); });
    const map = classifyInk(page);
    expect(findLoneSignature(findInkRegions(map), { map, printed: [], seals: [] }).present).toBe(true);
  });
});
