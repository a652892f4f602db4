import { beforeAll, describe, expect, it } from 'vitest';
import { assessClarity, refineClarityWithOcr } from '../../workers/page/quality/index.ts';
import { blurExtent } from '../../workers/page/quality/assess-clarity.ts';
import { CLARITY } from '../../workers/page/quality/thresholds.ts';
import * as F from './quality-fixtures.ts';

/** A scanner-like page: slight optical blur, 0.4° skew, grey paper, sensor noise. */
async function scanOf(dpi: number): Promise<F.Raw> {
  return F.greyPaperNoise(await F.rotate(await F.blur(F.drawDocument(dpi), 0.08), 0.4, 250));
}

describe('assessClarity', () => {
  let scan150: F.Raw;
  let scan300: F.Raw;
  beforeAll(async () => {
    scan150 = await scanOf(150);
    scan300 = await scanOf(300);
  });

  it('when a page is a clean 150 dpi scan, then it is clear', () => {
    const c = assessClarity(F.toRaster(scan150));
    expect(c).toMatchObject({ ok: true, reasons: [], effectiveDpi: 150 });
  });

  it('when the same sheet is scanned at 150 and 300 dpi, then sharpness scores alike', () => {
    const a = assessClarity(F.toRaster(scan150)).sharpness!;
    const b = assessClarity(F.toRaster(scan300)).sharpness!;
    expect(Math.abs(a - b) / a).toBeLessThan(0.1);
  });

  it('when the page is Gaussian-blurred (σ 0.35 mm), then it is blurred', async () => {
    const c = assessClarity(F.toRaster(await F.blur(scan150, 0.35)));
    expect(c.ok).toBe(false);
    expect(c.reasons).toContain('blurred');
  });

  it('when the page is motion-blurred horizontally, then it is blurred', () => {
    const r = scan150;
    const data = new Uint8Array(r.data.length);
    const len = 7; // 7 px at 150 dpi ≈ 1.2 mm of camera shake
    for (let y = 0; y < r.height; y++) for (let x = 0; x < r.width; x++) for (let c = 0; c < 3; c++) {
      let s = 0;
      for (let k = 0; k < len; k++) s += r.data[(y * r.width + Math.min(r.width - 1, x + k)) * 3 + c];
      data[(y * r.width + x) * 3 + c] = s / len;
    }
    const c = assessClarity(F.toRaster({ ...r, data }));
    expect(c.reasons).toContain('blurred');
  });

  it('when the page is 100 dpi, then it has low resolution', async () => {
    const c = assessClarity(F.toRaster(await F.resample(scan150, 100)));
    expect(c.ok).toBe(false);
    expect(c.reasons).toContain('low_resolution');
    expect(c.effectiveDpi).toBe(100);
  });

  it('when the page was saved as JPEG quality 5, then it is compressed', async () => {
    const c = assessClarity(F.toRaster((await F.jpeg(scan300, 5)).raw));
    expect(c.reasons).toContain('compressed');
  });

  it('when the page has ordinary JPEG q85 artefacts, then it is still clear', async () => {
    const c = assessClarity(F.toRaster((await F.jpeg(scan300, 85)).raw));
    expect(c).toMatchObject({ ok: true, reasons: [] });
  });

  it('when the text is faint grey on grey paper, then it has low contrast', () => {
    const c = assessClarity(F.toRaster(F.drawDocument(150, { ink: 190, paper: 235 })));
    expect(c.reasons).toContain('low_contrast');
  });

  it('when the scan is greyscale on darker paper, then it is still clear', () => {
    const c = assessClarity(F.toRaster(F.greyPaperNoise(scan150, 0.8, 4)));
    expect(c).toMatchObject({ ok: true, reasons: [] });
  });

  it('when the page size is unknown but the image is A4-shaped, then A4 is assumed', () => {
    const c = assessClarity(F.toRaster(scan150, { unknownSize: true }));
    expect(c.ok).toBe(true);
    expect(c.effectiveDpi).toBe(150);
  });

  it('when the page size is unknown and not A4-shaped, then resolution cannot be judged and ok is null', () => {
    const c = assessClarity(F.toRaster(F.cropBottom(scan150, 0.6), { unknownSize: true }));
    expect(c.ok).toBeNull();
    expect(c.effectiveDpi).toBeNull();
  });

  it('when the page is blank, then clarity is undecided', () => {
    const blank = F.drawDocument(150, { lines: 0 });
    blank.data.fill(250);
    expect(assessClarity(F.toRaster(blank)).ok).toBeNull();
  });
});

describe('refineClarityWithOcr', () => {
  const clear = { ok: true, sharpness: 65, contrast: 0.7, effectiveDpi: 300, blockiness: 1.1, reasons: [] };
  it('when OCR confidence is low on many lines, then the page becomes unclear', () => {
    expect(refineClarityWithOcr(clear, 30, 20)).toMatchObject({ ok: false, reasons: ['low_ocr_confidence'] });
  });
  it('when OCR read too few lines, then the pixel verdict stands', () => {
    expect(refineClarityWithOcr(clear, 30, 1)).toEqual(clear);
  });
  it('when OCR is confident, then an undecided page becomes clear and an unclear one stays unclear', () => {
    expect(refineClarityWithOcr({ ...clear, ok: null }, 90, 20).ok).toBe(true);
    const blurred = { ...clear, ok: false, reasons: ['blurred' as const] };
    expect(refineClarityWithOcr(blurred, 90, 20)).toEqual(blurred);
  });
});

describe('blurExtent against CLARITY.maxBlurExtent (edge widths per axis measured on the tune splits)', () => {
  // [what the page shows, width along x, width along y, blurred]
  const rows: Array<[string, number, number, boolean]> = [
    ['B: mild horizontal smear (≈1.1 mm), every character legible', 3.95, 1.64, false],
    ['B: mild Gaussian blur (σ ≤ 0.27 mm)', 2.77, 2.76, false],
    ['B: phone photo', 2.01, 2.02, false],
    ['A: sharp 150 dpi scan of an ID card copy', 2.25, 2.06, false],
    ['B: strong oblique smear (≥ 1.2 mm): large print legible, table digits not', 3.44, 2.85, true],
    ['B: strong Gaussian blur (σ ≥ 0.3 mm)', 3.62, 3.58, true],
    ['B: strong smear at ≈ 50°', 3.39, 4.17, true],
    ['A: horizontal camera shake', 5.56, 1.34, true],
    ['A: vertical camera shake', 1.61, 6.5, true],
    ['A: Gaussian blur', 3.96, 4.28, true],
  ];
  it.each(rows)('%s', (_what, x, y, blurred) => {
    expect(blurExtent(x, y) > CLARITY.maxBlurExtent).toBe(blurred);
  });
});
