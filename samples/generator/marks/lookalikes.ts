import type { Canvas } from '@napi-rs/canvas';
import type { Rng } from '../rng.ts';
import { markCanvas, unevenInk, INK } from './ink.ts';

/** A red fingerprint: concentric ridged ellipses with breaks, as pressed next to a signature. */
export function drawFingerprint(pxPerMm: number, rng: Rng): Canvas {
  const w = rng.range(13, 17) * pxPerMm;
  const h = w * rng.range(1.25, 1.45);
  const c = markCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.strokeStyle = INK.sealRed(rng);
  const cx = w / 2;
  const cy = h / 2;
  const ridges = 16;
  for (let i = 1; i <= ridges; i++) {
    const rx = (w / 2) * (i / ridges) * 0.95;
    const ry = (h / 2) * (i / ridges) * 0.95;
    ctx.lineWidth = rng.range(0.25, 0.4) * pxPerMm;
    const breaks = rng.int(1, 3);
    let a = rng.range(0, Math.PI * 2);
    for (let b = 0; b < breaks; b++) {
      const len = (Math.PI * 2) / breaks - rng.range(0.1, 0.5);
      ctx.beginPath();
      ctx.ellipse(cx + rng.normal(0, 0.3) * pxPerMm, cy + (i / ridges) * rng.range(-1, 1) * pxPerMm, rx, ry, rng.normal(0, 0.1), a, a + len);
      ctx.stroke();
      a += len + rng.range(0.1, 0.5);
    }
  }
  unevenInk(c, rng, 0.55);
  return c;
}

/** A red company logo (not a seal): a filled rounded square with a white letter mark. */
export function drawRedLogo(pxPerMm: number, rng: Rng): Canvas {
  const s = rng.range(10, 16) * pxPerMm;
  const c = markCanvas(s, s);
  const ctx = c.getContext('2d');
  ctx.fillStyle = INK.sealRed(rng);
  if (rng.chance(0.5)) {
    ctx.beginPath();
    ctx.arc(s / 2, s / 2, s / 2 - 1, 0, Math.PI * 2);
    ctx.fill();
  } else ctx.fillRect(0, 0, s, s);
  ctx.fillStyle = '#fff';
  ctx.font = `bold ${s * 0.6}px "Noto Sans CJK JP"`;
  ctx.textAlign = 'center';
  ctx.fillText(rng.pick(['X', 'H', 'Z', 'R', 'B']), s / 2, s * 0.72);
  return c;
}

/** The national emblem as printed on the ID card back: red disc, gold ring and stars. */
export function drawEmblem(pxPerMm: number, rng: Rng): Canvas {
  const s = 14 * pxPerMm;
  const c = markCanvas(s, s);
  const ctx = c.getContext('2d');
  const cx = s / 2;
  ctx.fillStyle = `rgb(${rng.int(200, 225)},${rng.int(30, 50)},40)`;
  ctx.beginPath();
  ctx.arc(cx, cx, s * 0.45, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = 'rgb(222,176,60)';
  ctx.lineWidth = s * 0.06;
  ctx.beginPath();
  ctx.arc(cx, cx, s * 0.45, 0, Math.PI * 2);
  ctx.stroke();
  ctx.fillStyle = 'rgb(240,200,70)';
  const star = (x: number, y: number, r: number): void => {
    ctx.beginPath();
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? r : r * 0.382;
      ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
    }
    ctx.fill();
  };
  star(cx - s * 0.12, cx - s * 0.14, s * 0.1);
  for (let i = 0; i < 4; i++) star(cx + s * 0.05 + i * s * 0.04, cx - s * 0.25 + i * s * 0.06, s * 0.03);
  ctx.fillRect(cx - s * 0.2, cx + s * 0.08, s * 0.4, s * 0.06);
  ctx.fillRect(cx - s * 0.15, cx + s * 0.16, s * 0.3, s * 0.05);
  return c;
}
