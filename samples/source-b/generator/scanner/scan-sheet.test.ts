import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { MmBox } from '../content.ts';
import { randomStream } from '../rng.ts';
import { scanSheet } from './index.ts';
import type { ScanPlan, ScanResult } from './plan.ts';

const DPI = 100;
const W = Math.round((210 * DPI) / 25.4);
const H = Math.round((297 * DPI) / 25.4);

/** Black boxes far enough apart that each one's search window holds only itself. */
const BOXES: MmBox[] = [
  { x: 30, y: 40, w: 40, h: 25 },
  { x: 120, y: 140, w: 50, h: 30 },
  { x: 40, y: 220, w: 35, h: 40 },
];
/** Crosses the right-hand cut of the cut plan below. */
const EDGE_BOX: MmBox = { x: 160, y: 60, w: 30, h: 20 };

async function syntheticSheet(): Promise<{ png: Buffer; widthPx: number; heightPx: number; dpi: number }> {
  const px = Buffer.alloc(W * H * 3, 255);
  for (const b of [...BOXES, EDGE_BOX]) {
    const k = DPI / 25.4;
    for (let y = Math.round(b.y * k); y < Math.round((b.y + b.h) * k); y++) {
      for (let x = Math.round(b.x * k); x < Math.round((b.x + b.w) * k); x++) px.fill(0, (y * W + x) * 3, (y * W + x) * 3 + 3);
    }
  }
  const png = await sharp(px, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer();
  return { png, widthPx: W, heightPx: H, dpi: DPI };
}

const base: ScanPlan = { capture: 'autocrop', dpi: DPI, rotationDeg: 0, cutMm: { top: 0, right: 0, bottom: 0, left: 0 }, defects: [], jpegQuality: 90 };

/** Bounding box of dark pixels inside `win` (expanded by `pad`) of the decoded output. */
async function darkBox(res: ScanResult, win: { x: number; y: number; w: number; h: number }, pad: number): Promise<{ x0: number; y0: number; x1: number; y1: number }> {
  const { data, info } = await sharp(res.jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let y = Math.max(0, win.y - pad); y < Math.min(info.height, win.y + win.h + pad); y++) {
    for (let x = Math.max(0, win.x - pad); x < Math.min(info.width, win.x + win.w + pad); x++) {
      if (data[y * info.width + x] < 100) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x + 1);
        y1 = Math.max(y1, y + 1);
      }
    }
  }
  return { x0, y0, x1, y1 };
}

async function expectBoxesWhereMapped(res: ScanResult, boxes: MmBox[], tol: number): Promise<void> {
  for (const b of boxes) {
    const m = res.mapBox(b);
    expect(m).not.toBeNull();
    const d = await darkBox(res, m!, 8);
    expect(Math.abs(d.x0 - m!.x)).toBeLessThanOrEqual(tol);
    expect(Math.abs(d.y0 - m!.y)).toBeLessThanOrEqual(tol);
    expect(Math.abs(d.x1 - (m!.x + m!.w))).toBeLessThanOrEqual(tol);
    expect(Math.abs(d.y1 - (m!.y + m!.h))).toBeLessThanOrEqual(tol);
  }
}

describe('scanSheet geometry', () => {
  it('maps boxes onto their pixels: autocrop', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, rotationDeg: 0.5 }, randomStream('t/autocrop'));
    await expectBoxesWhereMapped(res, BOXES, 2);
    expect(res.visibleFraction({ x: 20, y: 20, w: 170, h: 257 })).toBe(1);
  });

  it('maps boxes onto their pixels: dark bed, 2° rotation', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, capture: 'bed-dark', rotationDeg: 2 }, randomStream('t/bed-dark'));
    await expectBoxesWhereMapped(res, BOXES, 2);
  });

  it('maps boxes onto their pixels and loses the cut part: cut sheet', async () => {
    const plan: ScanPlan = { ...base, capture: 'bed-light', rotationDeg: -0.7, cutMm: { top: 0, right: 30, bottom: 12, left: 0 } };
    const res = await scanSheet(await syntheticSheet(), plan, randomStream('t/cut'));
    await expectBoxesWhereMapped(res, BOXES, 2);
    const f = res.visibleFraction(EDGE_BOX);
    expect(f).toBeGreaterThan(0.4);
    expect(f).toBeLessThan(0.9);
    const m = res.mapBox(EDGE_BOX)!;
    expect(m.x + m.w).toBeLessThanOrEqual(res.widthPx);
    expect(res.mapBox({ x: 195, y: 100, w: 10, h: 10 })).toBeNull();
  });

  it('maps boxes onto their pixels: phone photo', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, capture: 'phone', rotationDeg: 1.2 }, randomStream('t/phone'));
    // The lens blur spreads edges by about a pixel; the sheet is upsampled from 100 dpi.
    await expectBoxesWhereMapped(res, BOXES, 3);
    expect(res.visibleFraction({ x: 0, y: 0, w: 210, h: 297 })).toBe(1);
  });

  it('maps boxes onto their pixels under a strong Gaussian blur (tolerance grows with σ)', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, defects: ['gaussian_blur'] }, randomStream('t/blur'));
    await expectBoxesWhereMapped(res, BOXES, 2 + Math.ceil((0.45 * DPI) / 25.4));
  });
});

describe('scanSheet truth', () => {
  it('a straight autocrop scan is clean of edge and clarity faults', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, rotationDeg: 0.4 }, randomStream('t/truth-a'));
    expect(res.truth).toEqual({ degradations: ['autocrop'], clarityOk: true, edgesOk: true, skewDeg: 0.4, cropped: false });
    expect(res.dpi).toBe(DPI);
  });

  it('a skewed, strongly blurred scan on a dark bed', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, capture: 'bed-dark', rotationDeg: -5, defects: ['gaussian_blur'] }, randomStream('t/truth-b'));
    expect(res.truth).toEqual({ degradations: ['dark_border', 'gaussian_blur', 'skew'], clarityOk: false, edgesOk: false, skewDeg: -5, cropped: false });
  });

  it('mild blur and a copy of a copy stay clear', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, capture: 'bed-light', defects: ['copy_of_copy', 'motion_blur'], strength: 'mild' }, randomStream('t/truth-c'));
    expect(res.truth.degradations).toEqual(['bed_light', 'copy_of_copy', 'motion_blur']);
    expect(res.truth.clarityOk).toBe(true);
    expect(res.truth.edgesOk).toBe(true);
  });

  it('a cut page', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, cutMm: { top: 15, right: 0, bottom: 0, left: 0 } }, randomStream('t/truth-d'));
    expect(res.truth.degradations).toEqual(['autocrop', 'edge_cut']);
    expect(res.truth.edgesOk).toBe(false);
    expect(res.truth.cropped).toBe(true);
  });

  it('a phone photo, low dpi, heavy JPEG', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, capture: 'phone', rotationDeg: 0.5, defects: ['low_dpi', 'heavy_jpeg'] }, randomStream('t/truth-e'));
    expect(res.truth.degradations.slice(0, 3)).toEqual(['phone_photo', 'low_dpi', 'heavy_jpeg']);
    expect(res.truth.clarityOk).toBe(false);
    expect(res.truth.edgesOk).toBe(false);
    expect(res.dpi).toBeLessThanOrEqual(100);
    expect(res.dpi).toBeGreaterThanOrEqual(70);
  });

  it('a fax-like page is 200 dpi or less and grey', async () => {
    const res = await scanSheet(await syntheticSheet(), { ...base, dpi: 300, defects: ['binarised'] }, randomStream('t/truth-f'));
    const meta = await sharp(res.jpeg).metadata();
    expect(meta.channels).toBe(1);
    expect(res.dpi).toBe(200);
  });
});

describe('scanSheet determinism', () => {
  it('the same seed gives byte-identical JPEGs; another seed does not', async () => {
    const sheet = await syntheticSheet();
    const plan: ScanPlan = { ...base, capture: 'phone', defects: ['fold', 'noise', 'toner_streaks'] };
    const a = await scanSheet(sheet, plan, randomStream('t/same'));
    const b = await scanSheet(sheet, plan, randomStream('t/same'));
    const c = await scanSheet(sheet, plan, randomStream('t/other'));
    expect(a.jpeg.equals(b.jpeg)).toBe(true);
    expect(a.jpeg.equals(c.jpeg)).toBe(false);
  });
});
