import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectSeals, readSeal } from '../../workers/page/seal/index.ts';
import { digitRun, readCode } from '../../workers/page/seal/read-seal-code.ts';
import { sealInkImage } from '../../workers/page/seal/seal-ink-image.ts';
import { createRegionReader, type ClosableRegionReader } from '../../workers/page/region-reader/index.ts';
import type { RasterPage } from '../../workers/page/types.ts';
import { drawPage } from './seal-fixtures.ts';

const EMP = '北京星河数据科技有限公司';
const line = (text: string, x: number, confidence = 98) => ({ text, x, confidence, box: { x } });

describe('digitRun (the code among the lines read off a strip)', () => {
  it('when the last digits come back as a line of their own, then the lines are joined in reading order', () => {
    expect(digitRun([line('3456', 400), line('110108012', 10)])).toEqual({ code: '1101080123456', confidence: 98 });
  });
  it('when a 0 next to digits is read as O, Q or D, then it counts as 0', () => {
    expect(digitRun([line('11O1O8Q123456', 10)])?.code).toBe('1101080123456');
  });
  it('when the run is longer than 13 digits (an ID number under the seal), then there is no code', () => {
    expect(digitRun([line('110108199001011234', 10)])).toBeNull();
  });
  it('when two different 13-digit runs are read, then there is no code', () => {
    expect(digitRun([line('1101080123456', 10), line('1101080123457', 300)])).toBeNull();
  });
  it('when the strip holds only the seal name upside down, then there is no code', () => {
    expect(digitRun([line('回乙耳量', 10, 60)])).toBeNull();
  });
  it('when a line with digits is unsure, then the run carries that line’s confidence', () => {
    expect(digitRun([line('110108012', 10, 99), line('3456', 300, 71)])?.confidence).toBe(71);
  });
});

describe("the 'tinted' ink the code is read from", () => {
  // a 3×1 page: a red stroke pixel, a black print pixel over the stroke (multiply: black), paper
  const page: RasterPage = { page: 1, width: 3, height: 1, channels: 3, dpi: 300, widthIn: null, heightIn: null, source: 'rendered', data: new Uint8Array([200, 40, 45, 20, 18, 20, 250, 250, 248]) };
  const box = { x: 0, y: 0, w: 3, h: 1 };
  it('when print crosses a seal stroke, then the print drops out and the stroke stays', () => {
    const tinted = sealInkImage(page, box, 'tinted').data;
    expect(tinted[0]).toBeLessThan(80);
    expect(tinted[1]).toBe(255);
    expect(tinted[2]).toBe(255);
  });
  it("when the same page is taken by 'shape', then the print next to the stroke stays (what made a 5 read as 3)", () => {
    expect(sealInkImage(page, box, 'shape').data[1]).toBeLessThan(80);
  });
});

describe('reading the 13-digit code on drawn seals', () => {
  let reader: ClosableRegionReader | null = null;
  beforeAll(async () => { reader = await createRegionReader(); }, 30_000);
  afterAll(async () => { await reader?.close(); });

  it.each([0, 95, 200, 310])('when a seal rotated %i° carries a code, then it is read exactly', async (rotationDeg) => {
    const page = drawPage({ dpi: 300, seals: [{ x: 150, y: 200, rotationDeg, code: '4403050098127' }] });
    const r = await readSeal(page, detectSeals(page).boxes, EMP, { ocr: null, reader });
    expect(r.code).toBe('4403050098127');
  }, 20_000);

  it('when the seal has no code, then none is reported (the bottom text and print are not digits)', async () => {
    const page = drawPage({ dpi: 300, seals: [{ x: 150, y: 200, rotationDeg: 40, bottom: '合同专用章' }] });
    const r = await readSeal(page, detectSeals(page).boxes, EMP, { ocr: null, reader });
    expect(r.matchesEmployer).toBe(true);
    expect(r.code).toBeNull();
  }, 20_000);

  it('when only tesseract is available, then the code is not read (null, never a guess)', async () => {
    expect(await readCode([{ data: new Uint8Array(64).fill(255), width: 8, height: 8 }], null)).toBeNull();
  });
});
