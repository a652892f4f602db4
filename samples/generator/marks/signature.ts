import type { Canvas } from '@napi-rs/canvas';
import type { Rng } from '../rng.ts';
import { markCanvas } from './ink.ts';

/**
 * A handler's signature as scribbled strokes: a few connected cubic Béziers with a leading loop
 * and a trailing flourish, varying pen width — not a font, because real signatures are not.
 */
export function drawSignature(pxPerMm: number, rng: Rng, color: string, withName: string | null): Canvas {
  const w = rng.range(28, 45) * pxPerMm;
  const h = rng.range(10, 16) * pxPerMm;
  const c = markCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.strokeStyle = color;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  if (withName && rng.chance(0.5)) {
    // Legible-ish name written quickly in the kai hand, then a flourish through it.
    const g = h * 0.7;
    ctx.fillStyle = color;
    let x = 2;
    for (const ch of withName) {
      ctx.save();
      ctx.translate(x, h * 0.78);
      ctx.rotate(rng.normal(-0.05, 0.08));
      ctx.transform(1, 0, -0.25, 1, 0, 0);
      ctx.font = `${g * rng.range(0.9, 1.15)}px "AR PL UKai CN"`;
      ctx.fillText(ch, 0, 0);
      ctx.lineWidth = g * 0.04;
      ctx.strokeText(ch, 0, 0);
      ctx.restore();
      x += g * rng.range(0.8, 0.95);
    }
  }
  const strokes = rng.int(2, 4);
  let x = rng.range(0.02, 0.1) * w;
  let y = h * rng.range(0.4, 0.7);
  for (let s = 0; s < strokes; s++) {
    ctx.beginPath();
    ctx.moveTo(x, y);
    const segs = rng.int(2, 4);
    for (let i = 0; i < segs; i++) {
      const nx = Math.min(w * 0.97, x + rng.range(0.08, 0.3) * w);
      const ny = h * rng.range(0.15, 0.85);
      ctx.lineWidth = rng.range(0.3, 0.6) * pxPerMm;
      ctx.bezierCurveTo(x + rng.range(-0.1, 0.2) * w, h * rng.range(-0.1, 1.1), nx - rng.range(-0.1, 0.2) * w, h * rng.range(-0.1, 1.1), nx, ny);
      x = nx;
      y = ny;
    }
    ctx.stroke();
    if (x > w * 0.85) x = rng.range(0.05, 0.5) * w;
  }
  return c;
}
