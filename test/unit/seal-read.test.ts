import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectSeals, readSeal, suppressRedInk } from '../../workers/page/seal/index.ts';
import { createRegionReader, type ClosableRegionReader } from '../../workers/page/region-reader/index.ts';
import { drawPage } from './seal-fixtures.ts';

const EMP = '北京星河数据科技有限公司';

describe('readSeal (PP-OCR on the unwrapped ring)', () => {
  let reader: ClosableRegionReader | null = null;
  beforeAll(async () => { reader = await createRegionReader(); }, 30_000);
  afterAll(async () => { await reader?.close(); });

  it('when a seal rotated 137° carries the employer name and a code, then the name matches and the code is read', async () => {
    const page = drawPage({ dpi: 300, seals: [{ x: 150, y: 200, rotationDeg: 137, code: '1101080123456', bottom: '合同专用章' }] });
    const r = await readSeal(page, detectSeals(page).boxes, EMP, { ocr: null, reader });
    expect(r.matchesEmployer).toBe(true);
    expect(r.text).toContain('星河数据');
    expect(r.code).toBe('1101080123456');
  }, 20_000);

  it('when the seal is of a similarly named company (科技发展), then it does not match', async () => {
    const page = drawPage({ dpi: 300, seals: [{ x: 150, y: 200, rotationDeg: -30, name: '北京星河数据科技发展有限公司' }] });
    const r = await readSeal(page, detectSeals(page).boxes, EMP, { ocr: null, reader });
    expect(r.matchesEmployer).toBe(false);
  }, 20_000);

  it('when no engine is available, then everything is null (review, never a pass)', async () => {
    const page = drawPage({ seals: [{ x: 150, y: 200 }] });
    expect(await readSeal(page, detectSeals(page).boxes, EMP, { ocr: null, reader: null })).toEqual({ text: null, matchesEmployer: null, code: null });
  });
});

describe('suppressRedInk', () => {
  it('when a red seal covers printed text, then the seal turns near-white and the print stays dark', () => {
    const page = drawPage({ seals: [{ x: 150, y: 200 }] });
    const g = suppressRedInk(page);
    expect(g.channels).toBe(1);
    expect(g.data.length).toBe(page.width * page.height);
    let redSeen = 0, redBright = 0, blackSeen = 0, blackDark = 0;
    for (let i = 0; i < g.data.length; i++) {
      const r = page.data[i * 3]!, gr = page.data[i * 3 + 1]!, b = page.data[i * 3 + 2]!;
      if (r > 180 && gr < 90 && b < 90) { redSeen++; if (g.data[i]! > 170) redBright++; }
      if (r < 60 && gr < 60 && b < 60) { blackSeen++; if (g.data[i]! < 80) blackDark++; }
    }
    expect(redSeen).toBeGreaterThan(1000);
    expect(redBright / redSeen).toBeGreaterThan(0.95);
    expect(blackDark / blackSeen).toBeGreaterThan(0.95);
  });
});

describe('detectSeals on grey scans', () => {
  it('when the page was scanned in grey, then the seal is found by shape with grey set and lower confidence', () => {
    const r = detectSeals(drawPage({ grey: true, seals: [{ x: 60, y: 230, rotationDeg: 100 }] }));
    expect(r.present).toBe(true);
    expect(r.grey).toBe(true);
    expect(r.confidence).toBeLessThan(0.9);
  });
  it('when a faint seal was scanned in grey, then the page is not called unstamped (review at least)', () => {
    const r = detectSeals(drawPage({ grey: true, seals: [{ x: 120, y: 220, alpha: 0.25 }] }));
    expect(r.present).not.toBe(false);
    expect(r.boxes.length).toBeGreaterThan(0);
  });
  it('when a grey page has no seal, then none is reported', () => {
    expect(detectSeals(drawPage({ grey: true })).present).toBe(false);
  });
});
