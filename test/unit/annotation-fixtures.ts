import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Box } from '../../rules/contract/index.ts';
import type { OcrLine, RasterPage } from '../../workers/page/types.ts';
import { registerSystemFont } from '../../samples/generator/fonts.ts';

registerSystemFont('ukai', 'FixtureHand');
registerSystemFont('notoSans', 'FixturePrint');

export const NOTE = '与原件一致，本单位已核实确认真实有效';

/** Small deterministic PRNG so drawn pages are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface DrawnPage {
  page: RasterPage;
  /** What tesseract would have returned for the printed part (boxes of printed lines). */
  ocrLines: OcrLine[];
  sealBoxes: Box[];
  noteBox: Box | null;
  signatureBox: Box | null;
}

export interface PageSpec {
  /** Text written by hand (or stamped); null for none. */
  note?: string | null;
  form?: 'hand' | 'stamp';
  ink?: string;
  /** Second line for the note (written over two lines). */
  split?: boolean;
  signature?: boolean;
  /** Other handwriting somewhere else, e.g. 仅供办理工作居住证使用. */
  other?: string;
  /** Ink of the other handwriting (default #222). */
  otherInk?: string;
  /** Where the other handwriting starts (mm, baseline); default 30, 245. */
  otherAt?: { x: number; y: number };
  seal?: boolean;
  /** Centre of the seal in mm (default 150, 185: clear of the note). */
  sealAt?: { x: number; y: number };
  seed?: number;
  dpi?: number;
}

/** A 申报收入查询-like page: printed header and ruled table, a red seal, and the handler's marks. */
export function drawPage(spec: PageSpec): DrawnPage {
  const dpi = spec.dpi ?? 150;
  const mm = dpi / 25.4;
  const W = Math.round(210 * mm), H = Math.round(297 * mm);
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  const rand = rng(spec.seed ?? 1);
  g.fillStyle = '#f4f3ef';
  g.fillRect(0, 0, W, H);
  const ocrLines: OcrLine[] = [];
  const printed = (text: string, x: number, y: number, size: number) => {
    g.font = `${size}px FixturePrint`;
    g.fillStyle = '#222';
    g.fillText(text, x, y);
    const w = g.measureText(text).width;
    ocrLines.push({ text, confidence: 88, box: { x, y: y - size, w, h: size * 1.2 } });
  };
  printed('个人所得税申报收入查询', 70 * mm, 25 * mm, 6 * mm);
  printed('纳税人姓名：王小明   纳税人识别号：110101199001011234', 20 * mm, 38 * mm, 3.2 * mm);
  // Ruled table.
  g.strokeStyle = '#333';
  g.lineWidth = Math.max(1, 0.25 * mm);
  const top = 45 * mm, rowH = 8 * mm, rows = 13;
  for (let r = 0; r <= rows; r++) { g.beginPath(); g.moveTo(20 * mm, top + r * rowH); g.lineTo(190 * mm, top + r * rowH); g.stroke(); }
  for (const x of [20, 60, 110, 150, 190]) { g.beginPath(); g.moveTo(x * mm, top); g.lineTo(x * mm, top + rows * rowH); g.stroke(); }
  for (let r = 0; r < rows; r++) {
    const y = top + r * rowH + 5.5 * mm;
    printed(`2021-${String((r % 12) + 1).padStart(2, '0')}`, 24 * mm, y, 3 * mm);
    printed('正常工资薪金', 64 * mm, y, 3 * mm);
    printed(`${(15000 + r * 37).toFixed(2)}`, 114 * mm, y, 3 * mm);
    printed('北京某某科技有限公司', 152 * mm, y, 2.8 * mm);
  }
  printed('本查询结果仅反映纳税人申报信息，如有疑问请咨询主管税务机关。', 20 * mm, 162 * mm, 3 * mm);

  let noteBox: Box | null = null;
  let signatureBox: Box | null = null;
  const noteX = 25 * mm, noteY = 190 * mm;
  if (spec.note) {
    noteBox = spec.form === 'stamp'
      ? stamp(g, spec.note, noteX, noteY, mm, spec.ink ?? '#c22')
      : hand(g, spec.note, noteX, noteY, mm, spec.ink ?? '#1b2f8f', rand, spec.split ?? false);
  }
  if (spec.signature) {
    const sx = noteBox ? noteBox.x + noteBox.w + 8 * mm : 120 * mm;
    const sy = noteBox ? noteBox.y + noteBox.h + 2 * mm : 200 * mm;
    signatureBox = scribble(g, sx, sy, mm, spec.ink && spec.form !== 'stamp' ? spec.ink : '#1b2f8f', rand);
  }
  if (spec.other) hand(g, spec.other, (spec.otherAt?.x ?? 30) * mm, (spec.otherAt?.y ?? 245) * mm, mm, spec.otherInk ?? '#222', rand, false);
  const sealBoxes: Box[] = [];
  if (spec.seal ?? true) {
    const cx = (spec.sealAt?.x ?? 150) * mm, cy = (spec.sealAt?.y ?? 185) * mm, r = 21 * mm;
    g.globalCompositeOperation = 'multiply';
    g.strokeStyle = 'rgba(210,30,40,0.85)';
    g.lineWidth = 1.2 * mm;
    g.beginPath(); g.arc(cx, cy, r, 0, Math.PI * 2); g.stroke();
    g.fillStyle = 'rgba(210,30,40,0.85)';
    g.font = `${4 * mm}px FixturePrint`;
    g.fillText('北京某某科技有限公司', cx - 18 * mm, cy);
    g.globalCompositeOperation = 'source-over';
    sealBoxes.push({ x: cx - r - mm, y: cy - r - mm, w: 2 * r + 2 * mm, h: 2 * r + 2 * mm });
  }
  const rgba = g.getImageData(0, 0, W, H).data;
  const data = new Uint8Array(W * H * 3);
  for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) { data[q] = rgba[p]; data[q + 1] = rgba[p + 1]; data[q + 2] = rgba[p + 2]; }
  const page: RasterPage = { page: 1, width: W, height: H, channels: 3, data, dpi, widthIn: 8.27, heightIn: 11.69, source: 'rendered' };
  return { page, ocrLines, sealBoxes, noteBox, signatureBox };
}

/** Handwriting-like text: ukai glyphs with per-glyph size, slant and baseline jitter. */
function hand(g: SKRSContext2D, text: string, x0: number, y0: number, mm: number, ink: string, rand: () => number, split: boolean): Box {
  const size = 6.5 * mm;
  let x = x0, y = y0, maxX = x0;
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (split && i === 6) { x = x0; y += size * 1.6; }
    g.save();
    g.translate(x, y + (rand() - 0.5) * size * 0.25);
    g.rotate((rand() - 0.5) * 0.2);
    g.font = `${size * (0.9 + rand() * 0.2)}px FixtureHand`;
    g.fillStyle = ink;
    g.fillText(ch, 0, 0);
    g.restore();
    x += size * (ch === '，' ? 0.6 : 0.95 + rand() * 0.15);
    maxX = Math.max(maxX, x);
  });
  return { x: x0, y: y0 - size, w: maxX - x0, h: y - y0 + size * 1.3 };
}

/** A rubber-stamped note: even print in a rectangle. */
function stamp(g: SKRSContext2D, text: string, x: number, y: number, mm: number, ink: string): Box {
  const size = 5 * mm;
  g.font = `${size}px FixturePrint`;
  const w = g.measureText(text).width + 6 * mm;
  g.globalCompositeOperation = 'multiply';
  g.fillStyle = ink; g.strokeStyle = ink; g.lineWidth = 0.6 * mm;
  g.strokeRect(x - 3 * mm, y - size - 2 * mm, w, size + 5 * mm);
  g.fillText(text, x, y);
  g.globalCompositeOperation = 'source-over';
  return { x: x - 3 * mm, y: y - size - 2 * mm, w, h: size + 5 * mm };
}

/** A scribbled signature: a few connected bezier strokes. */
function scribble(g: SKRSContext2D, x: number, y: number, mm: number, ink: string, rand: () => number): Box {
  g.strokeStyle = ink; g.lineWidth = 0.45 * mm; g.lineCap = 'round';
  g.beginPath();
  g.moveTo(x, y + 5 * mm);
  let cx = x;
  for (let k = 0; k < 5; k++) {
    const nx = cx + (5 + rand() * 4) * mm;
    g.bezierCurveTo(cx + 2 * mm, y - rand() * 4 * mm, nx - 2 * mm, y + (8 + rand() * 3) * mm, nx, y + (2 + rand() * 4) * mm);
    cx = nx;
  }
  g.stroke();
  return { x, y: y - 4 * mm, w: cx - x, h: 15 * mm };
}

/** A `wMm` × `hMm` patch of paper at `dpi`: `draw` puts ink on it (canvas pixels); returns the raster. */
export function paperPatch(wMm: number, hMm: number, draw: (g: SKRSContext2D) => void, dpi = 150): RasterPage {
  const mm = dpi / 25.4;
  const W = Math.round(wMm * mm), H = Math.round(hMm * mm);
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  g.fillStyle = '#f4f3ef';
  g.fillRect(0, 0, W, H);
  draw(g);
  const rgba = g.getImageData(0, 0, W, H).data;
  const data = new Uint8Array(W * H * 3);
  for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) { data[q] = rgba[p]!; data[q + 1] = rgba[p + 1]!; data[q + 2] = rgba[p + 2]!; }
  return { page: 1, width: W, height: H, channels: 3, data, dpi, widthIn: null, heightIn: null, source: 'rendered' };
}
