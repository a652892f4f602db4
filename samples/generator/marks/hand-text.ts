import type { MmPage } from '../page-canvas.ts';
import type { Rng } from '../rng.ts';

/** Handwritten words straight onto a page (mm units): UKai with per-glyph jitter. */
export function handText(p: MmPage, s: string, x: number, y: number, size: number, color: string, rng: Rng): number {
  const { ctx } = p;
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  let xx = x;
  for (const ch of s) {
    const g = size * rng.range(0.88, 1.12);
    ctx.save();
    ctx.translate(xx, y + rng.normal(0, size * 0.05));
    ctx.rotate(rng.normal(0, 0.06));
    ctx.transform(1, 0, -0.1, 1, 0, 0);
    ctx.font = `${g}px "AR PL UKai CN"`;
    ctx.fillText(ch, 0, 0);
    ctx.lineWidth = g * 0.025;
    ctx.strokeText(ch, 0, 0);
    ctx.restore();
    xx += g * (/[0-9.-]/.test(ch) ? 0.55 : 0.95);
  }
  return xx - x;
}
