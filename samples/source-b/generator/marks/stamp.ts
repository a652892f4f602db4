/**
 * The note as a rubber stamp: a rectangular frame (sometimes with a thin inner frame) around the
 * text in a print face. A partial stamp either inked only its left part (frame sized for the whole
 * sentence) or is a smaller stamp carrying only its shorter text. Drawn around the origin.
 */
import type { NotePlan } from './plan.ts';
import { NOTE_TEXT } from './plan.ts';
import type { RandomStream } from '../rng.ts';
import { type MmBox, type Pt, boxOfPoints, clipHalfPlane, rotate } from './geometry.ts';
import type { DrawnNote } from './note.ts';
import { type Defs, esc, n, polygonPath } from './svg.ts';

function roundedRect(x: number, y: number, w: number, h: number, r: number): Pt[] {
  const pts: Pt[] = [];
  const corners = [
    { cx: x + w - r, cy: y + r, from: -90 },
    { cx: x + w - r, cy: y + h - r, from: 0 },
    { cx: x + r, cy: y + h - r, from: 90 },
    { cx: x + r, cy: y + r, from: 180 },
  ];
  for (const c of corners) {
    for (let k = 0; k <= 6; k++) {
      const t = ((c.from + k * 15) * Math.PI) / 180;
      pts.push({ x: c.cx + r * Math.cos(t), y: c.cy + r * Math.sin(t) });
    }
  }
  return pts;
}

export function drawStampNote(plan: NotePlan, colour: string, rng: RandomStream, defs: Defs): DrawnNote {
  const chars = Math.max(1, Math.min(18, plan.chars));
  const written = [...NOTE_TEXT].slice(0, chars);
  const partial = chars < 18;
  // Partial: either the whole stamp pressed unevenly (one line, frame for all 18) or a short stamp.
  const halfPressed = partial && rng.yes(0.5);
  const family = rng.yes(0.55) ? 'WenQuanYi Zen Hei' : 'AR PL SungtiL GB';
  const thicken = family.startsWith('AR') ? rng.between(0.15, 0.25) : rng.between(0, 0.06);
  const fs = rng.between(3.8, 5.2);
  const track = fs * rng.between(1.0, 1.12);
  const rows: string[][] = halfPressed
    ? [[...NOTE_TEXT]]
    : !partial && rng.yes(0.5)
      ? [[...NOTE_TEXT].slice(0, 6), [...NOTE_TEXT].slice(6)]
      : [written];
  const padX = rng.between(1.6, 3);
  const padY = rng.between(1.3, 2.4);
  const lineGap = fs * rng.between(1.3, 1.5);
  const innerW = Math.max(...rows.map((r) => r.length)) * track;
  const w = innerW + 2 * padX;
  const h = fs + (rows.length - 1) * lineGap + 2 * padY;
  const x = -w / 2;
  const y = -h / 2;
  const bw = rng.between(0.55, 1.0);
  const radius = rng.yes(0.4) ? rng.between(0.5, 2) : 0.01;
  const frames: Pt[][] = [roundedRect(x, y, w, h, radius), roundedRect(x + bw, y + bw, w - 2 * bw, h - 2 * bw, Math.max(0.01, radius - bw))];
  if (rng.yes(0.4)) {
    const g = bw + rng.between(0.5, 0.8);
    const t = rng.between(0.22, 0.32);
    frames.push(roundedRect(x + g, y + g, w - 2 * g, h - 2 * g, 0.01), roundedRect(x + g + t, y + g + t, w - 2 * (g + t), h - 2 * (g + t), 0.01));
  }
  // Pressed only on the left: everything right of a slightly slanted line stayed blank.
  const cutN = rotate({ x: 1, y: 0 }, rng.between(-8, 8));
  const cutAt = x + padX + chars * track + rng.between(0.3, 1.2);
  const clip = (poly: Pt[]): Pt[] => (halfPressed ? clipHalfPlane(poly, cutN, cutN.x * cutAt) : poly);
  const framePath = frames.map((f) => polygonPath(clip(f))).join('');
  const kept = frames[0] ? clip(frames[0]) : [];
  const parts: string[] = [`<path d="${framePath}" fill-rule="evenodd"/>`];
  const lines: { box: MmBox; end: Pt }[] = [];
  rows.forEach((row, r) => {
    const baseline = y + padY + fs * 0.86 + r * lineGap;
    const rowW = row.length * track;
    const start = -rowW / 2;
    let shown = 0;
    row.forEach((ch, i) => {
      const index = rows.slice(0, r).reduce((s, q) => s + q.length, 0) + i;
      if (index >= chars) return;
      shown = i + 1;
      // Zen Hei sets its comma at the right of the cell; stamp faces put it low left.
      const nudge = ch === '，' && family.startsWith('Wen') ? -0.32 * fs : 0;
      parts.push(`<text x="${n(start + (i + 0.5) * track + nudge)}" y="${n(baseline)}">${esc(ch)}</text>`);
    });
    const endX = start + shown * track;
    lines.push({ box: { x: start, y: baseline - fs * 0.86, w: endX - start, h: fs }, end: { x: endX, y: baseline } });
  });
  const rot = rng.gauss(0, 2.2);
  const box = boxOfPoints(kept.map((p) => rotate(p, rot)));
  // The frame's end is where a signature "after the note" would go.
  const last = lines[lines.length - 1]!;
  last.end = rotate({ x: halfPressed ? cutAt : x + w, y: last.end.y }, rot);
  // A half-pressed stamp fades out toward the part that did not touch the paper.
  let fade = '';
  if (halfPressed) {
    const id = defs.id('fade');
    const from = cutAt - rng.between(0.25, 0.45) * (cutAt - x);
    defs.add(
      `<linearGradient id="${id}-g" gradientUnits="userSpaceOnUse" x1="${n(from)}" y1="0" x2="${n(cutAt)}" y2="0">` +
        `<stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="${n(rng.between(0.15, 0.4))}"/></linearGradient>` +
        `<mask id="${id}" maskUnits="userSpaceOnUse" x="${n(x - 2)}" y="${n(y - 2)}" width="${n(w + 4)}" height="${n(h + 4)}">` +
        `<rect x="${n(x - 2)}" y="${n(y - 2)}" width="${n(w + 4)}" height="${n(h + 4)}" fill="url(#${id}-g)"/></mask>`,
    );
    fade = ` mask="url(#${id})"`;
  }
  const svg =
    `<g transform="rotate(${n(rot)})"${fade} fill="${colour}" stroke="${colour}" stroke-width="0" font-family="${family}" font-size="${n(fs)}" text-anchor="middle">` +
    parts.join('').replace(/<text /g, `<text stroke-width="${n(thicken)}" `) +
    `</g>`;
  return { svg, box, lines, text: written.join('') };
}
