/** Synthetic A4 pages for the page-quality tests: a text document and the defects we must catch. */
import { createCanvas } from '@napi-rs/canvas';
import sharp, { type Sharp } from 'sharp';
import type { RasterPage } from '../../workers/page/types.ts';
import { registerSystemFont } from '../../samples/generator/fonts.ts';

registerSystemFont('notoSans', 'NotoSansCJK');

const A4_IN = { w: 210 / 25.4, h: 297 / 25.4 };
const LINE = '根据北京市工作居住证办理指南，用人单位应当如实提交个人所得税纳税记录与劳动合同等材料 2021-08-20 ¥15,234.50';

export interface Raw { data: Uint8Array; width: number; height: number; dpi: number }

/** An A4 document: heading, ~30 lines of 10.5-pt text, a ruled table, 20 mm margins (or `marginMm` at
 * the left, right and top, as a browser printout keeps 5 mm). */
export function drawDocument(dpi = 150, opts: { paper?: number; ink?: number; lines?: number; marginMm?: number } = {}): Raw {
  const width = Math.round(A4_IN.w * dpi), height = Math.round(A4_IN.h * dpi);
  const c = createCanvas(width, height);
  const g = c.getContext('2d');
  const paper = opts.paper ?? 250, ink = opts.ink ?? 20;
  g.fillStyle = `rgb(${paper},${paper},${paper})`;
  g.fillRect(0, 0, width, height);
  const mm = dpi / 25.4;
  g.fillStyle = `rgb(${ink},${ink},${ink})`;
  g.strokeStyle = g.fillStyle;
  const m = opts.marginMm ?? 20, dy = m - 20, textW = 210 - 2 * m;
  g.font = `${Math.round(5 * mm)}px NotoSansCJK`;
  g.fillText('个人所得税纳税记录', 60 * mm, (30 + dy) * mm);
  g.font = `${Math.round(3.7 * mm)}px NotoSansCJK`;
  const lines = opts.lines ?? 25;
  for (let i = 0; i < lines; i++) g.fillText(LINE.slice(0, 40 + (i % 7)), m * mm, (45 + dy + i * 6.5) * mm, textW * mm);
  g.lineWidth = Math.max(1, 0.25 * mm);
  const top = (50 + dy + lines * 6.5) * mm;
  for (let r = 0; r <= 6; r++) { g.beginPath(); g.moveTo(m * mm, top + r * 8 * mm); g.lineTo((m + textW) * mm, top + r * 8 * mm); g.stroke(); }
  for (let k = 0; k <= 4; k++) { g.beginPath(); g.moveTo((m + (k * textW) / 4) * mm, top); g.lineTo((m + (k * textW) / 4) * mm, top + 48 * mm); g.stroke(); }
  const rgba = c.data();
  const data = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; j < data.length; i += 4, j += 3) { data[j] = rgba[i]; data[j + 1] = rgba[i + 1]; data[j + 2] = rgba[i + 2]; }
  return { data, width, height, dpi };
}

export function toRaster(raw: Raw, opts: { unknownSize?: boolean; jpeg?: Uint8Array } = {}): RasterPage {
  return {
    page: 1, width: raw.width, height: raw.height, channels: 3, data: raw.data,
    dpi: opts.unknownSize ? null : raw.dpi,
    widthIn: opts.unknownSize ? null : raw.width / raw.dpi,
    heightIn: opts.unknownSize ? null : raw.height / raw.dpi,
    source: 'embedded-image', ...(opts.jpeg ? { jpeg: opts.jpeg } : {}),
  };
}

const S = (r: Raw) => sharp(Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength), { raw: { width: r.width, height: r.height, channels: 3 } });
async function out(p: Sharp, dpi: number): Promise<Raw> {
  const { data, info } = await p.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height, dpi };
}

/** Gaussian blur with σ given in mm, so the same physical blur at any dpi. */
export const blur = (r: Raw, sigmaMm: number) => out(S(r).blur(Math.max(0.3, (sigmaMm * r.dpi) / 25.4)), r.dpi);
export const jpeg = async (r: Raw, quality: number): Promise<{ raw: Raw; bytes: Uint8Array }> => {
  const bytes = await S(r).jpeg({ quality, chromaSubsampling: '4:2:0' }).toBuffer();
  return { raw: await out(sharp(bytes), r.dpi), bytes: new Uint8Array(bytes) };
};
export const resample = (r: Raw, dpi: number) =>
  out(S(r).resize(Math.round((r.width * dpi) / r.dpi), Math.round((r.height * dpi) / r.dpi), { kernel: 'lanczos3' }), dpi);
/** Rotate about the centre, keeping the page size and a paper-white fill. */
export async function rotate(r: Raw, deg: number, fill = 250): Promise<Raw> {
  const rot = await out(S(r).rotate(deg, { background: { r: fill, g: fill, b: fill } }), r.dpi);
  const left = Math.floor((rot.width - r.width) / 2), top = Math.floor((rot.height - r.height) / 2);
  return out(S(rot).extract({ left, top, width: r.width, height: r.height }), r.dpi);
}
/** Content shifted by `mm` downwards: the bottom of the content runs off the sheet. */
export async function shiftOff(r: Raw, mm: number, fill = 250): Promise<Raw> {
  const d = Math.round((mm * r.dpi) / 25.4);
  // Two pipelines: sharp would otherwise apply extract before extend.
  const tall = await out(S(r).extend({ top: d, background: { r: fill, g: fill, b: fill } }), r.dpi);
  return out(S(tall).extract({ left: 0, top: 0, width: r.width, height: r.height }), r.dpi);
}
/** Keep only the top `keep` fraction of the sheet (bottom cut off, content sliced at the edge). */
export function cropBottom(r: Raw, keep: number): Raw {
  const h = Math.round(r.height * keep);
  return { ...r, data: r.data.slice(0, r.width * h * 3), height: h };
}
/** A dark scanner border `mm` wide along the left and top. */
export function darkBorder(r: Raw, mm: number, level = 30, sides: ('left' | 'top')[] = ['left']): Raw {
  const d = Math.round((mm * r.dpi) / 25.4), data = r.data.slice();
  for (let y = 0; y < r.height; y++) for (let x = 0; x < r.width; x++) {
    if ((sides.includes('left') && x < d) || (sides.includes('top') && y < d)) data.fill(level, (y * r.width + x) * 3, (y * r.width + x) * 3 + 3);
  }
  return { ...r, data };
}
/** A light shadow: paper darkened by up to `depth` (0–1) over a band `mm` wide at the left edge. */
export function lightShadow(r: Raw, mm: number, depth: number): Raw {
  const d = Math.round((mm * r.dpi) / 25.4), data = r.data.slice();
  for (let y = 0; y < r.height; y++) for (let x = 0; x < d; x++) {
    const f = 1 - depth * (1 - x / d);
    for (let c = 0; c < 3; c++) data[(y * r.width + x) * 3 + c] *= f;
  }
  return { ...r, data };
}
/** Multiply by a smooth gradient (light falling off across the sheet): from 1 to `minGain`. */
export function unevenLight(r: Raw, minGain: number): Raw {
  const data = r.data.slice();
  for (let y = 0; y < r.height; y++) for (let x = 0; x < r.width; x++) {
    const t = (x / r.width + y / r.height) / 2;
    const gain = 1 - (1 - minGain) * t;
    for (let c = 0; c < 3; c++) data[(y * r.width + x) * 3 + c] *= gain;
  }
  return { ...r, data };
}
/** Phone photo: the sheet as a trapezoid on a brown desk, light falling off, in a frame of the same size. */
export function phonePhoto(r: Raw, inset = 0.08, keystone = 0.06): Raw {
  const { width: w, height: h } = r, data = new Uint8Array(w * h * 3);
  // Target quad corners (tl, tr, br, bl) in the output frame.
  const tl = [w * (inset + keystone), h * inset], tr = [w * (1 - inset - keystone), h * inset];
  const br = [w * (1 - inset / 2), h * (1 - inset)], bl = [w * inset / 2, h * (1 - inset)];
  for (let y = 0; y < h; y++) {
    const v = (y - tl[1]) / (bl[1] - tl[1]);
    const xl = tl[0] + (bl[0] - tl[0]) * v, xr = tr[0] + (br[0] - tr[0]) * v;
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 3;
      const light = 1 - 0.35 * (x / w) * (y / h);
      if (v < 0 || v > 1 || x < xl || x > xr) {
        const n = ((x * 7 + y * 13) % 17) - 8;
        data[o] = (120 + n) * light; data[o + 1] = (85 + n) * light; data[o + 2] = (60 + n) * light;
        continue;
      }
      const u = (x - xl) / (xr - xl);
      const sx = Math.min(w - 1, Math.round(u * (w - 1))), sy = Math.min(h - 1, Math.round(v * (h - 1)));
      const s = (sy * w + sx) * 3;
      for (let c = 0; c < 3; c++) data[o + c] = r.data[s + c] * light;
    }
  }
  return { ...r, data };
}
/** Scanner-like grey paper and sensor noise (deterministic). */
export function greyPaperNoise(r: Raw, paperGain = 0.9, noise = 6): Raw {
  const data = r.data.slice();
  let seed = 12345;
  for (let i = 0; i < data.length; i += 3) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const n = ((seed >> 8) % (2 * noise + 1)) - noise;
    const v = Math.max(0, Math.min(255, data[i] * paperGain + n));
    data[i] = data[i + 1] = data[i + 2] = v;
  }
  return { ...r, data };
}
/** A straight sheet scaled into a dark scanner frame on all four sides (the whole sheet visible). */
export function framed(r: Raw, scale = 0.92, level = 35): Raw {
  const { width: w, height: h } = r, data = new Uint8Array(w * h * 3).fill(level);
  const sw = Math.round(w * scale), sh = Math.round(h * scale), x0 = (w - sw) >> 1, y0 = (h - sh) >> 1;
  for (let y = 0; y < sh; y++) for (let x = 0; x < sw; x++) {
    const s = (Math.floor(y / scale) * w + Math.floor(x / scale)) * 3, o = ((y + y0) * w + x + x0) * 3;
    data[o] = r.data[s]; data[o + 1] = r.data[s + 1]; data[o + 2] = r.data[s + 2];
  }
  return { ...r, data };
}
/** The sheet slid `mm` upwards on the glass: the top is lost, a neutral lid strip shows at the bottom. */
export function slidOnGlass(r: Raw, mm: number, lid: [number, number, number] = [238, 238, 238]): Raw {
  const d = Math.round((mm * r.dpi) / 25.4), data = new Uint8Array(r.data.length);
  for (let y = 0; y < r.height; y++) for (let x = 0; x < r.width; x++) {
    const o = (y * r.width + x) * 3, sy = y + d;
    if (sy < r.height) { const s = (sy * r.width + x) * 3; data[o] = r.data[s]; data[o + 1] = r.data[s + 1]; data[o + 2] = r.data[s + 2]; }
    else { data[o] = lid[0]; data[o + 1] = lid[1]; data[o + 2] = lid[2]; }
  }
  return { ...r, data };
}
/** Tint the paper (multiply), as scanners see off-white paper. */
export function tint(r: Raw, rgb: [number, number, number]): Raw {
  const data = r.data.slice();
  for (let i = 0; i < data.length; i += 3) for (let c = 0; c < 3; c++) data[i + c] = (data[i + c] * rgb[c]) / 255;
  return { ...r, data };
}
/** A red seal ring stamped half over the right edge of the sheet. */
export function sealOverEdge(r: Raw): Raw {
  const data = r.data.slice(), mm = r.dpi / 25.4, cx = r.width - 5 * mm, cy = r.height * 0.6, R = 20 * mm;
  for (let y = Math.floor(cy - R - 2 * mm); y < cy + R + 2 * mm; y++) for (let x = Math.floor(cx - R - 2 * mm); x < r.width; x++) {
    const dist = Math.hypot(x - cx, y - cy);
    if (Math.abs(dist - R) < 0.6 * mm || (dist < R * 0.7 && (x + y) % 9 < 3)) {
      const o = (y * r.width + x) * 3;
      data[o] = Math.min(data[o], 215); data[o + 1] = Math.min(data[o + 1], 40); data[o + 2] = Math.min(data[o + 2], 45);
    }
  }
  return { ...r, data };
}
/** Keep the left `keepMm` of the sheet: the scan's right border slices the text lines. */
export function cropRight(r: Raw, keepMm: number): Raw {
  const w = Math.round((keepMm * r.dpi) / 25.4), data = new Uint8Array(w * r.height * 3);
  for (let y = 0; y < r.height; y++) data.set(r.data.subarray(y * r.width * 3, (y * r.width + w) * 3), y * w * 3);
  return { ...r, data, width: w };
}
/** The whole sheet on a larger scanner bed: a uniform lid colour shows beyond it on the given sides. */
export function onLightBed(r: Raw, mm: Partial<Record<'top' | 'right' | 'bottom' | 'left', number>>, lid: [number, number, number] = [236, 238, 240]): Raw {
  const px = (v = 0) => Math.round((v * r.dpi) / 25.4);
  const t = px(mm.top), rt = px(mm.right), b = px(mm.bottom), l = px(mm.left);
  const w = r.width + l + rt, h = r.height + t + b, data = new Uint8Array(w * h * 3);
  for (let i = 0; i < data.length; i += 3) { data[i] = lid[0]; data[i + 1] = lid[1]; data[i + 2] = lid[2]; }
  for (let y = 0; y < r.height; y++) data.set(r.data.subarray(y * r.width * 3, (y + 1) * r.width * 3), ((y + t) * w + l) * 3);
  return { ...r, data, width: w, height: h };
}
/** An auto-cropped scan: the frame is the sheet, with the faint grey line of its own edge a pixel or two in. */
export function sheetOutline(r: Raw, level = 205): Raw {
  const data = r.data.slice(), w = r.width, h = r.height;
  const set = (x: number, y: number) => data.fill(level, (y * w + x) * 3, (y * w + x) * 3 + 3);
  for (let x = 0; x < w; x++) { set(x, 1); set(x, h - 2); }
  for (let y = 0; y < h; y++) { set(1, y); set(w - 2, y); }
  return { ...r, data };
}
