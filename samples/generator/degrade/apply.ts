import sharp from 'sharp';
import type { Box } from '../../../rules/contract/index.ts';
import type { Rng } from '../rng.ts';
import type { Degradation } from '../truth.ts';
import { IDENTITY, fromQuad, mapBox, mul, rotateAbout, scale, translate, type Mat3, type Pt } from './homography.ts';
import { warpRgb, type Background } from './warp.ts';

export interface ScanResult {
  jpeg: Buffer;
  widthPx: number;
  heightPx: number;
  dpi: number;
  mapBox: (b: Box) => Box | null;
  skewDeg: number;
  cropped: boolean;
  clarityOk: boolean;
  edgesOk: boolean;
  grey: boolean;
  /** Physical page size for the PDF MediaBox (inches). */
  pageIn: { w: number; h: number };
}

/** Skews below this are ordinary scanner tolerance; the generator never draws 1.5°–3° so the truth is unambiguous. */
export const SKEW_OK_MAX = 1.5;
export const SKEW_BAD_MIN = 3;

/**
 * Turns a clean RGB page into a scan or photo: paper tone, geometry (skew, cut edge, dark border,
 * perspective), optics (blur), resolution, noise, colour mode and JPEG. The returned flags are the
 * ground truth of what the degradations do to the page.
 */
export async function scanPage(rgb: Uint8Array, w: number, h: number, dpi: number, list: Degradation[], rng: Rng, quality: number, mozjpeg = false): Promise<ScanResult> {
  const has = (d: Degradation): boolean => list.includes(d);
  // Paper tone: scanners see off-white, slightly uneven paper.
  const tone = [rng.int(238, 252), rng.int(236, 250), rng.int(228, 246)];
  const src = Buffer.from(rgb);
  for (let i = 0; i < src.length; i += 3) {
    src[i] = (src[i] * tone[0]) / 255;
    src[i + 1] = (src[i + 1] * tone[1]) / 255;
    src[i + 2] = (src[i + 2] * tone[2]) / 255;
  }
  let m: Mat3 = IDENTITY;
  let ow = w;
  let oh = h;
  let skewDeg = 0;
  let cropped = false;
  let edgesOk = true;
  const lid = rng.int(235, 250);
  let bg: Background = () => [lid, lid, lid];
  let pageIn = { w: 8.27, h: 11.69 };
  const pxPerMm = dpi / 25.4;

  if (has('skew')) {
    const bad = rng.chance(0.75);
    skewDeg = (bad ? rng.range(SKEW_BAD_MIN, 8) : rng.range(0.8, SKEW_OK_MAX)) * (rng.chance(0.5) ? -1 : 1);
    m = mul(rotateAbout(skewDeg, w / 2, h / 2), m);
    if (bad) edgesOk = false;
  } else if (!has('phone_photo')) {
    skewDeg = rng.range(-0.4, 0.4);
    m = mul(rotateAbout(skewDeg, w / 2, h / 2), m);
  }
  if (has('edge_cut')) {
    const side = rng.int(0, 3);
    const d = rng.range(12, 30) * pxPerMm;
    const t = [translate(-d, 0), translate(d, 0), translate(0, -d), translate(0, d)][side];
    m = mul(t, m);
    cropped = true;
    edgesOk = false;
  }
  if (has('dark_border')) {
    const s = rng.range(0.9, 0.95);
    m = mul(translate(w * (1 - s) * rng.range(0.3, 0.7), h * (1 - s) * rng.range(0.3, 0.7)), mul(scale(s), m));
    const dark = rng.int(15, 60);
    bg = (x) => {
      const v = dark + ((x * 7) % 5);
      return [v, v, v];
    };
  }
  if (has('phone_photo')) {
    // A phone held over the sheet: perspective, background around it, light falling off.
    ow = Math.round(w * 1.12);
    oh = Math.round(h * 1.1);
    const j = (): number => rng.range(0.02, 0.07);
    const dst: Pt[] = [
      [ow * j(), oh * j()],
      [ow * (1 - j()), oh * j()],
      [ow * (1 - j()), oh * (1 - j())],
      [ow * j(), oh * (1 - j())],
    ];
    m = mul(fromQuad([[0, 0], [w, 0], [w, h], [0, h]], dst), m);
    const desk = rng.pick([
      [120, 90, 60],
      [70, 70, 75],
      [160, 150, 135],
      [95, 60, 40],
    ]);
    bg = (x, y) => {
      const n = ((x * 13 + y * 7) % 17) - 8 + ((y >> 3) % 5);
      return [desk[0] + n, desk[1] + n, desk[2] + n];
    };
    const a = Math.atan2(dst[1][1] - dst[0][1], dst[1][0] - dst[0][0]);
    skewDeg = (a * 180) / Math.PI;
    edgesOk = false;
    pageIn = { w: 8.27 * (ow / w), h: 11.69 * (oh / h) };
  }
  const data: Uint8Array = m === IDENTITY ? src : warpRgb(src, w, h, m, ow, oh, bg);

  if (has('phone_photo')) {
    const cx = rng.range(0.2, 0.8) * ow;
    const cy = rng.range(0.2, 0.8) * oh;
    const r = Math.hypot(ow, oh);
    for (let y = 0; y < oh; y++)
      for (let x = 0; x < ow; x++) {
        const f = 1 - 0.38 * (Math.hypot(x - cx, y - cy) / r) ** 1.3;
        const o = (y * ow + x) * 3;
        data[o] *= f;
        data[o + 1] *= f * 0.99;
        data[o + 2] *= f * 0.95;
      }
  }

  let img = sharp(Buffer.from(data), { raw: { width: ow, height: oh, channels: 3 } });
  let clarityOk = true;
  let outDpi = dpi;
  // Every scan is a little soft; only the strong blurs below make a page unclear.
  const baseSigma = rng.range(0.45, 0.8) * (dpi / 200);
  if (has('gaussian_blur')) {
    img = img.blur(rng.range(0.3, 0.45) * pxPerMm);
    clarityOk = false;
  } else img = img.blur(Math.max(0.31, baseSigma));
  if (has('motion_blur')) {
    const len = Math.max(5, Math.round(rng.range(1.2, 2.2) * pxPerMm)) | 1;
    const horizontal = rng.chance(0.5);
    const kernel = new Array(len * len).fill(0);
    for (let i = 0; i < len; i++) kernel[horizontal ? Math.floor(len / 2) * len + i : i * len + Math.floor(len / 2)] = 1;
    img = img.convolve({ width: len, height: len, kernel });
    clarityOk = false;
  }
  let ew = ow;
  let eh = oh;
  let scaleOut = 1;
  if (has('low_dpi')) {
    outDpi = 100;
    scaleOut = 100 / dpi;
    ew = Math.round(ow * scaleOut);
    eh = Math.round(oh * scaleOut);
    img = sharp(await img.raw().toBuffer(), { raw: { width: ow, height: oh, channels: 3 } }).resize(ew, eh, { kernel: 'cubic' });
    clarityOk = false;
  } else if (has('phone_photo')) {
    outDpi = Math.round(dpi * (w / ow));
  }
  const raw = await img.raw().toBuffer();
  const sigma = has('noise') ? rng.range(7, 11) : rng.range(1.5, 3);
  const nr = rng.fork('noise');
  for (let i = 0; i < raw.length; i += 3) {
    const n = nr.normal(0, sigma);
    raw[i] = Math.max(0, Math.min(255, raw[i] + n));
    raw[i + 1] = Math.max(0, Math.min(255, raw[i + 1] + n));
    raw[i + 2] = Math.max(0, Math.min(255, raw[i + 2] + n));
  }
  const grey = has('greyscale');
  let out = sharp(raw, { raw: { width: ew, height: eh, channels: 3 } });
  if (grey) out = out.greyscale();
  const q = has('heavy_jpeg') ? rng.int(4, 7) : quality;
  if (has('heavy_jpeg')) clarityOk = false;
  const jpeg = await out.jpeg({ quality: q, chromaSubsampling: '4:2:0', mozjpeg }).toBuffer();
  const full = mul(scale(scaleOut), m);
  return {
    jpeg,
    widthPx: ew,
    heightPx: eh,
    dpi: outDpi,
    mapBox: (b) => mapBox(full, b, ew, eh),
    skewDeg: Math.round(skewDeg * 100) / 100,
    cropped,
    clarityOk,
    edgesOk,
    grey,
    pageIn,
  };
}
