import { describe, expect, it } from 'vitest';
import type { InkRegion } from '../../workers/page/annotation/find-ink-regions.ts';
import { trimToPen } from '../../workers/page/annotation/pen-trim.ts';

// A 600 × 100 px strip at 6 px/mm: 100 mm × 16.7 mm.
const map = { width: 600, height: 100, pxPerMm: 6 };
const region: InkRegion = {
  box: { x: 0, y: 0, w: 600, h: 100 }, ink: 'dark', cells: 300, heightMm: 16.7, widthMm: 100,
  framed: false, baselineJitter: 0.2, handwriting: 0.5,
};

function strip(pen: [number, number, number, number][]): Uint8Array {
  const thick = new Uint8Array(map.width * map.height);
  for (const [x0, y0, x1, y1] of pen) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) thick[y * map.width + x] = 1;
  return thick;
}

describe('trimToPen', () => {
  it('when a signature joined print to its right, then the region is cut back to the pen strokes', () => {
    // Two pen strokes 10 px (1.7 mm) apart at x 20–320; the print beyond has no thick pixels.
    const pen = trimToPen(region, map, strip([[20, 30, 150, 36], [160, 20, 320, 80]]));
    expect(pen).not.toBeNull();
    expect(pen!.box.x).toBeGreaterThanOrEqual(18);
    expect(pen!.box.x + pen!.box.w).toBeLessThanOrEqual(330);
    expect(pen!.box.y).toBe(20);
    expect(pen!.widthMm).toBeLessThan(60);
    expect(pen!.cells).toBeLessThan(region.cells);
  });
  it('when the region holds no pen strokes, then there is nothing to trim to', () => {
    expect(trimToPen(region, map, strip([]))).toBeNull();
  });
  it('when the pen strokes span the whole region, then it is not trimmed', () => {
    expect(trimToPen(region, map, strip([[0, 40, 600, 46]]))).toBeNull();
  });
  it('when pen strokes lie far apart, then the widest run is kept', () => {
    const pen = trimToPen(region, map, strip([[0, 40, 60, 46], [300, 40, 500, 60]]));
    expect(pen!.box.x).toBeGreaterThanOrEqual(294);
  });
});
