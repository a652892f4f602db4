import { describe, expect, it } from 'vitest';
import { effectiveDpi } from '../../workers/page/quality/effective-dpi.ts';
import { estimateSkew } from '../../workers/page/quality/estimate-skew.ts';
import { jpegQuality } from '../../workers/page/quality/jpeg-quality.ts';
import { normalisedGrey } from '../../workers/page/quality/normalised-grey.ts';
import { strokeEdgeWidth } from '../../workers/page/quality/stroke-edge-width.ts';
import * as F from './quality-fixtures.ts';

/** Ink mask of parallel "text lines" (dashes) descending at `deg`. */
function lines(deg: number, w = 600, h = 800): Uint8Array {
  const m = new Uint8Array(w * h), t = Math.tan((deg * Math.PI) / 180);
  for (let l = 60; l < h - 60; l += 25) for (let x = 40; x < w - 40; x++) {
    if (x % 14 > 10) continue;
    for (let k = 0; k < 4; k++) { const y = Math.round(l + x * t) + k; if (y >= 0 && y < h) m[y * w + x] = 1; }
  }
  return m;
}

describe('page-quality routines', () => {
  it('when text lines descend to the right by 4°, then the skew is +4° (clockwise)', () => {
    expect(estimateSkew(lines(4), 600, 800, 1.5).deg).toBeCloseTo(4, 0);
    expect(estimateSkew(lines(-2.5), 600, 800, 1.5).deg).toBeCloseTo(-2.5, 0);
  });

  it('when there is no ink, then the skew is null', () => {
    expect(estimateSkew(new Uint8Array(600 * 800), 600, 800, 1.5).deg).toBeNull();
  });

  it('when a JPEG was saved at quality q, then its tables say q', async () => {
    const page = F.drawDocument(100, { lines: 3 });
    for (const q of [5, 30, 85]) expect(jpegQuality((await F.jpeg(page, q)).bytes)).toBe(q);
    expect(jpegQuality(new Uint8Array([1, 2, 3, 4]))).toBeNull();
  });

  it('when only pixels are known, then an A4-shaped image is taken as A4 and others are unknown', () => {
    const base = { page: 1, channels: 3 as const, data: new Uint8Array(0), dpi: null, widthIn: null, heightIn: null, source: 'rendered' as const };
    expect(effectiveDpi({ ...base, width: 2480, height: 3508 })).toEqual({ dpi: expect.closeTo(300, 0), assumedA4: true });
    expect(effectiveDpi({ ...base, width: 1000, height: 1000 }).dpi).toBeNull();
  });

  it('when a 300-dpi page is normalised, then the grey image is 150 dpi and half the size', () => {
    const g = normalisedGrey(F.toRaster(F.drawDocument(300, { lines: 2 })));
    expect(g.dpi).toBeCloseTo(150, 0);
    expect(g.width).toBe(1240);
  });

  it('when strokes are blurred by σ, then the edge width grows by about √(2π)·σ', async () => {
    const sharp = F.drawDocument(150, { lines: 10 });
    const g0 = normalisedGrey(F.toRaster(sharp));
    const g2 = normalisedGrey(F.toRaster(await F.blur(sharp, (2 * 25.4) / 150))); // σ = 2 px
    const w0 = strokeEdgeWidth(g0, 100).width!, w2 = strokeEdgeWidth(g2, 100).width!;
    expect(w0).toBeLessThan(2);
    expect(w2).toBeGreaterThan(4);
    expect(w2).toBeLessThan(7);
  });
});
