import { describe, expect, it } from 'vitest';
import { detectSeals } from '../../workers/page/seal/index.ts';
import { drawPage, lookAlikes } from './seal-fixtures.ts';

const centre = (b: { x: number; y: number; w: number; h: number }) => [b.x + b.w / 2, b.y + b.h / 2];
const MM = 150 / 25.4;

describe('detectSeals', () => {
  it.each([0, 45, 90, 137, 180, 233, 300])('when a round seal is stamped over a printed table at %i°, then it is found where it was stamped', (deg) => {
    const r = detectSeals(drawPage({ seals: [{ x: 150, y: 200, rotationDeg: deg }] }));
    expect(r.present).toBe(true);
    expect(r.confidence).toBeGreaterThan(0.8);
    expect(r.boxes).toHaveLength(1);
    const [cx, cy] = centre(r.boxes[0]!);
    expect(Math.abs(cx! - 150 * MM)).toBeLessThan(3 * MM);
    expect(Math.abs(cy! - 200 * MM)).toBeLessThan(3 * MM);
    // 42 mm seal → box ≈ 42 mm
    expect(r.boxes[0]!.w / MM).toBeGreaterThan(38);
    expect(r.boxes[0]!.w / MM).toBeLessThan(47);
    expect(r.grey).toBe(false);
  });

  it('when the impression is faint and uneven, then it is still found', () => {
    const r = detectSeals(drawPage({ seals: [{ x: 60, y: 230, alpha: 0.35, uneven: 0.3, rotationDeg: 17 }] }));
    expect(r.present).toBe(true);
  });

  it('when an oval 发票专用章 is stamped rotated, then it is found with an oval box', () => {
    const r = detectSeals(drawPage({ seals: [{ x: 120, y: 150, d: 45, ovalH: 30, bottom: '发票专用章' }] }));
    expect(r.present).toBe(true);
    expect(r.boxes[0]!.w / r.boxes[0]!.h).toBeGreaterThan(1.3);
  });

  it('when half of the seal lies off the right page edge, then it is found and the box is clipped to the page', () => {
    const page = drawPage({ seals: [{ x: 206, y: 120, rotationDeg: 60 }] });
    const r = detectSeals(page);
    expect(r.present).toBe(true);
    const b = r.boxes[0]!;
    expect(b.x + b.w).toBeLessThanOrEqual(page.width);
  });

  it('when a page carries two seals, then both boxes are returned', () => {
    const r = detectSeals(drawPage({ seals: [{ x: 60, y: 80 }, { x: 150, y: 230, rotationDeg: 200 }] }));
    expect(r.present).toBe(true);
    expect(r.boxes).toHaveLength(2);
  });

  it('when the page has no seal, then present is false with high confidence', () => {
    const r = detectSeals(drawPage({}));
    expect(r.present).toBe(false);
    expect(r.confidence).toBeGreaterThan(0.9);
    expect(r.boxes).toEqual([]);
  });

  it.each(Object.keys(lookAlikes))('when the only red mark is a look-alike (%s), then no seal is reported', (name) => {
    const r = detectSeals(drawPage({ draw: lookAlikes[name] }));
    expect(r.present).toBe(false);
  });
});
