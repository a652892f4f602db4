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
