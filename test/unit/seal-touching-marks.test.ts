import { describe, expect, it } from 'vitest';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { detectSeals } from '../../workers/page/seal/index.ts';
import { drawPage } from './seal-fixtures.ts';

const MM = 150 / 25.4;

/** A red stamped note (与原件一致…) in a frame 120 mm wide: wider than any seal on its own. */
function stampedNote(ctx: SKRSContext2D, mm: number): void {
  ctx.strokeStyle = 'rgba(200,40,50,0.9)';
  ctx.lineWidth = 0.8 * mm;
  ctx.strokeRect(20 * mm, 212 * mm, 120 * mm, 16 * mm);
  ctx.fillStyle = 'rgba(200,40,50,0.9)';
  ctx.font = `${9 * mm}px SealSerif`;
  ctx.fillText('与原件一致本单位已核实确认', 24 * mm, 224 * mm);
}

describe('detectSeals with red marks touching the seal', () => {
  it('when the seal overlaps a red stamped note wider than a seal, then the seal is still found where it was stamped', () => {
    const r = detectSeals(drawPage({ draw: stampedNote, seals: [{ x: 110, y: 200, rotationDeg: 12 }] }));
    expect(r.present).toBe(true);
    const b = r.boxes[0]!;
    expect(Math.abs(b.x + b.w / 2 - 110 * MM)).toBeLessThan(3 * MM);
    expect(Math.abs(b.y + b.h / 2 - 200 * MM)).toBeLessThan(3 * MM);
  });

  it('when the seal touches both a stamped note and a second seal, then both rings are returned', () => {
    const r = detectSeals(drawPage({ draw: stampedNote, seals: [{ x: 110, y: 200 }, { x: 150, y: 225, rotationDeg: 40 }] }));
    expect(r.present).toBe(true);
    expect(r.boxes).toHaveLength(2);
  });

  it('when the only red mark is a wide stamped note, then no seal is reported', () => {
    const r = detectSeals(drawPage({ draw: stampedNote }));
    expect(r.present).toBe(false);
  });
});

describe('detectSeals with two round seals stamped over each other', () => {
  // one red group narrower than the wide-group search: the single fit is an oval that traces neither ring
  it.each([
    ['a 42 mm seal over a 40 mm one, centres 22 mm apart', [{ x: 100, y: 200 }, { x: 100, y: 222, d: 40, rotationDeg: 30 }], 2],
    ['a 40 mm seal over a 44 mm one, centres 23 mm apart', [{ x: 100, y: 200, d: 40 }, { x: 100, y: 223, d: 44 }], 2],
    ['a 38 mm seal half over a 42 mm one at a slant', [{ x: 100, y: 200 }, { x: 102, y: 223, d: 38, rotationDeg: -20 }], 2],
    ['two equal seals, the lower one fainter', [{ x: 100, y: 200 }, { x: 100, y: 222.5, alpha: 0.7 }], 2],
    ['one oval seal (45 × 30 mm), no second ring', [{ x: 100, y: 200, d: 45, ovalH: 30 }], 1],
  ])('when the page shows %s, then each ring is its own seal', (_what, seals, rings) => {
    const r = detectSeals(drawPage({ seals }));
    expect(r.present).toBe(true);
    expect(r.boxes).toHaveLength(rings);
    // every box is one ring's: about as wide as it is tall, unless the seal itself is oval
    if (rings === 2) for (const b of r.boxes) expect(Math.abs(b.w - b.h) / Math.max(b.w, b.h)).toBeLessThan(0.1);
  });
});
