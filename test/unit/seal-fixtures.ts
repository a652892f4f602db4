/**
 * Drawn pages for the seal tests: a printed table page with a seal (any rotation, faint, oval,
 * half off the page, grey) and the red look-alikes that must not count as seals.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { RasterPage } from '../../workers/page/types.ts';
import { registerSystemFont } from '../../samples/generator/fonts.ts';

registerSystemFont('notoSerifBold', 'SealSerif');
registerSystemFont('notoSans', 'PageSans');

export interface SealSpec {
  /** centre in mm from the page's top-left */
  x: number;
  y: number;
  /** diameter in mm (oval: width) */
  d?: number;
  /** oval height in mm (omit for a round seal) */
  ovalH?: number;
  rotationDeg?: number;
  name?: string;
  bottom?: string;
  code?: string;
  /** ink strength 0..1 */
  alpha?: number;
  /** knock out ink specks to imitate an uneven impression, 0..1 share */
  uneven?: number;
  colour?: string;
  /**
   * Degrees of ring the name covers, first glyph's outer edge to the last's (omit: glyph centres on
   * 240°, the font as for a short name). Set, glyphs shrink to fit the arc as real seals' long names do.
   */
  arcDeg?: number;
}

export interface PageSpec {
  dpi?: number;
  text?: boolean;
  seals?: SealSpec[];
  grey?: boolean;
  draw?: (ctx: SKRSContext2D, mm: number) => void;
  seed?: number;
}

export const A4 = { w: 210, h: 297 };

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function drawPrintedTable(ctx: SKRSContext2D, mm: number): void {
  ctx.fillStyle = '#111';
  ctx.strokeStyle = '#222';
  ctx.lineWidth = 0.25 * mm;
  ctx.font = `${3.2 * mm}px PageSans`;
  ctx.fillText('个人所得税纳税记录（申报收入查询）', 45 * mm, 25 * mm);
  ctx.font = `${2.6 * mm}px PageSans`;
  for (let r = 0; r < 34; r++) {
    const y = 40 * mm + r * 7 * mm;
    ctx.beginPath(); ctx.moveTo(15 * mm, y); ctx.lineTo(195 * mm, y); ctx.stroke();
    const month = String((r % 12) + 1).padStart(2, '0');
    ctx.fillText(`${r + 1}`, 18 * mm, y + 5 * mm);
    ctx.fillText(`2023-${month}`, 30 * mm, y + 5 * mm);
    ctx.fillText('工资薪金所得', 60 * mm, y + 5 * mm);
    ctx.fillText(`${(12000 + r * 137).toFixed(2)}`, 110 * mm, y + 5 * mm);
    ctx.fillText('北京市海淀区税务局', 145 * mm, y + 5 * mm);
  }
}

export function drawSeal(ctx: SKRSContext2D, mm: number, s: SealSpec, rand: () => number): void {
  const d = (s.d ?? 42) * mm;
  const rx = d / 2, ry = (s.ovalH ?? s.d ?? 42) * mm / 2;
  const colour = s.colour ?? 'rgb(222,36,44)';
  const c = createCanvas(Math.ceil(rx * 2 + 4), Math.ceil(ry * 2 + 4));
  const g = c.getContext('2d');
  g.translate(c.width / 2, c.height / 2);
  g.strokeStyle = colour;
  g.fillStyle = colour;
  g.lineWidth = (s.ovalH ? 1.0 : 1.2) * mm;
  g.beginPath(); g.ellipse(0, 0, rx - g.lineWidth / 2, ry - g.lineWidth / 2, 0, 0, Math.PI * 2); g.stroke();
  const name = s.name ?? '北京星河数据科技有限公司';
  const chars = [...name];
  const rr = 0.76;
  const arc = s.arcDeg === undefined ? null : (s.arcDeg * Math.PI) / 180;
  // a fitted arc: each glyph gets its share of the arc at the text radius, 92 % of it inked
  const fontPx = arc === null ? Math.min(rx, ry) * 0.26 : Math.min(Math.min(rx, ry) * 0.26, ((arc * Math.min(rx, ry) * rr) / chars.length) * 0.92);
  g.font = `${fontPx}px SealSerif`;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  const span = arc ?? (Math.PI * 4) / 3; // 240° of arc
  for (let i = 0; i < chars.length; i++) {
    const t = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    g.save();
    g.translate(Math.cos(t) * rx * rr, Math.sin(t) * ry * rr);
    g.rotate(t + Math.PI / 2);
    g.fillText(chars[i]!, 0, 0);
    g.restore();
  }
  if (!s.ovalH) {
    // five-pointed star
    const R = Math.min(rx, ry) * 0.3;
    g.beginPath();
    for (let k = 0; k < 10; k++) {
      const r = k % 2 ? R * 0.38 : R;
      const t = -Math.PI / 2 + (k * Math.PI) / 5;
      g.lineTo(Math.cos(t) * r, Math.sin(t) * r);
    }
    g.closePath(); g.fill();
  }
  if (s.bottom) {
    g.font = `${fontPx * 0.9}px SealSerif`;
    g.fillText(s.bottom, 0, ry * 0.45);
  }
  if (s.code) {
    g.font = `${fontPx * 0.5}px SealSerif`;
    const digits = [...s.code];
    const sp = Math.PI * 0.45;
    for (let i = 0; i < digits.length; i++) {
      const t = Math.PI / 2 + sp / 2 - (sp * (i + 0.5)) / digits.length;
      g.save();
      g.translate(Math.cos(t) * rx * 0.84, Math.sin(t) * ry * 0.84);
      g.rotate(t - Math.PI / 2);
      g.fillText(digits[i]!, 0, 0);
      g.restore();
    }
  }
  if (s.uneven) {
    g.globalCompositeOperation = 'destination-out';
    const n = Math.round(s.uneven * 1500);
    for (let k = 0; k < n; k++) {
      g.beginPath();
      g.arc((rand() - 0.5) * rx * 2, (rand() - 0.5) * ry * 2, (0.3 + rand() * 1.2) * mm, 0, Math.PI * 2);
      g.fill();
    }
  }
  ctx.save();
  ctx.globalCompositeOperation = 'multiply';
  ctx.globalAlpha = s.alpha ?? 0.92;
  ctx.translate(s.x * mm, s.y * mm);
  ctx.rotate(((s.rotationDeg ?? 0) * Math.PI) / 180);
  ctx.drawImage(c, -c.width / 2, -c.height / 2);
  ctx.restore();
}

/** A drawn page as a RasterPage (packed RGB). */
export function drawPage(spec: PageSpec): RasterPage {
  const dpi = spec.dpi ?? 150;
  const mm = dpi / 25.4;
  const W = Math.round(A4.w * mm), H = Math.round(A4.h * mm);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fbfaf6';
  ctx.fillRect(0, 0, W, H);
  const rand = rng(spec.seed ?? 7);
  if (spec.text !== false) drawPrintedTable(ctx, mm);
  spec.draw?.(ctx, mm);
  for (const s of spec.seals ?? []) drawSeal(ctx, mm, s, rand);
  const rgba = ctx.getImageData(0, 0, W, H).data;
  const data = new Uint8Array(W * H * 3);
  for (let i = 0, j = 0; i < W * H; i++, j += 4) {
    if (spec.grey) {
      const l = Math.round(0.299 * rgba[j]! + 0.587 * rgba[j + 1]! + 0.114 * rgba[j + 2]!);
      data[i * 3] = data[i * 3 + 1] = data[i * 3 + 2] = l;
    } else {
      data[i * 3] = rgba[j]!; data[i * 3 + 1] = rgba[j + 1]!; data[i * 3 + 2] = rgba[j + 2]!;
    }
  }
  return { page: 1, width: W, height: H, channels: 3, data, dpi, widthIn: A4.w / 25.4, heightIn: A4.h / 25.4, source: 'rendered' };
}

/** Red look-alikes, each drawn at `mm` px per mm. */
export const lookAlikes: Record<string, (ctx: SKRSContext2D, mm: number) => void> = {
  fingerprint(ctx, mm) {
    ctx.strokeStyle = 'rgba(200,30,40,0.85)';
    ctx.lineWidth = 0.28 * mm;
    for (let k = 1; k < 22; k++) {
      ctx.beginPath();
      ctx.ellipse(150 * mm, 250 * mm, k * 0.45 * mm, k * 0.6 * mm, 0.2, 0.1 * k, Math.PI * 2 - 0.05 * k);
      ctx.stroke();
    }
  },
  bigFingerprint(ctx, mm) {
    // a thumb pressed hard: 24 × 32 mm, ridges 0.6 mm apart
    ctx.strokeStyle = 'rgba(200,30,40,0.9)';
    ctx.lineWidth = 0.3 * mm;
    for (let k = 1; k < 27; k++) {
      ctx.beginPath();
      ctx.ellipse(150 * mm, 250 * mm, k * 0.45 * mm, k * 0.6 * mm, -0.3, 0, Math.PI * 2);
      ctx.stroke();
    }
  },
  idCardEmblem(ctx, mm) {
    ctx.strokeStyle = '#999';
    ctx.lineWidth = 0.3 * mm;
    ctx.strokeRect(40 * mm, 60 * mm, 85.6 * mm, 54 * mm);
    ctx.fillStyle = 'rgb(205,30,35)';
    ctx.beginPath(); ctx.arc(57 * mm, 76 * mm, 10 * mm, 0, Math.PI * 2); ctx.fill();
    ctx.fillStyle = 'rgb(235,190,40)';
    ctx.beginPath(); ctx.arc(57 * mm, 76 * mm, 6 * mm, 0, Math.PI * 2); ctx.fill();
    ctx.strokeStyle = 'rgb(235,190,40)';
    ctx.lineWidth = 1 * mm;
    ctx.beginPath(); ctx.arc(57 * mm, 76 * mm, 8.5 * mm, 0, Math.PI * 2); ctx.stroke();
    ctx.fillStyle = 'rgb(205,30,35)';
    ctx.font = `${4 * mm}px SealSerif`;
    ctx.fillText('中华人民共和国', 72 * mm, 80 * mm);
    ctx.fillText('居民身份证', 75 * mm, 92 * mm);
  },
  redTableRules(ctx, mm) {
    ctx.strokeStyle = 'rgb(215,40,40)';
    ctx.lineWidth = 0.4 * mm;
    for (let k = 0; k <= 8; k++) {
      ctx.beginPath(); ctx.moveTo(20 * mm, (150 + k * 8) * mm); ctx.lineTo(190 * mm, (150 + k * 8) * mm); ctx.stroke();
    }
    for (let k = 0; k <= 5; k++) {
      ctx.beginPath(); ctx.moveTo((20 + k * 34) * mm, 150 * mm); ctx.lineTo((20 + k * 34) * mm, 214 * mm); ctx.stroke();
    }
  },
  redHandwriting(ctx, mm) {
    ctx.strokeStyle = 'rgb(210,30,50)';
    ctx.lineWidth = 0.6 * mm;
    ctx.beginPath();
    for (let k = 0; k < 60; k++) {
      const x = 40 + k * 2.2, y = 240 + Math.sin(k * 1.3) * 5 + Math.cos(k * 0.7) * 3;
      if (k === 0) ctx.moveTo(x * mm, y * mm); else ctx.lineTo(x * mm, y * mm);
    }
    ctx.stroke();
    // a hand-drawn circle around a figure, 35 mm, with nothing inside
    ctx.beginPath(); ctx.ellipse(120 * mm, 200 * mm, 18 * mm, 12 * mm, 0.1, 0.3, Math.PI * 2.05); ctx.stroke();
  },
  redLogo(ctx, mm) {
    ctx.fillStyle = 'rgb(210,25,35)';
    ctx.beginPath(); ctx.arc(30 * mm, 20 * mm, 8 * mm, 0, Math.PI * 2); ctx.fill();
    ctx.font = `bold ${7 * mm}px PageSans`;
    ctx.fillText('星河数据', 42 * mm, 24 * mm);
  },
};
