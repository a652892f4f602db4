import sharp from 'sharp';
import type { RandomStream } from '../rng.ts';
import { gaussianBlur, motionBlur } from './blur.ts';
import { surroundFor } from './backgrounds.ts';
import { binarise, phoneLight, sensorNoise, toGrey, toneCurve } from './finish.ts';
import { invertH } from './homography.ts';
import { flatLayout, phoneLayout, SHEET_H_MM, SHEET_W_MM } from './layout.ts';
import { fold, photocopy, tonerStreaks } from './paper-defects.ts';
import type { ScanPlan, ScanResult } from './plan.ts';
import type { Raster } from './raster.ts';
import { boxMapper, scanTruth } from './truth.ts';
import { warpSheet } from './warp.ts';

export type { ScanPlan, ScanResult, ScanTruth, Capture, ScanDefect } from './plan.ts';

export interface SheetImage {
  png: Buffer;
  widthPx: number;
  heightPx: number;
  dpi: number;
}

/**
 * Turns Chromium's screenshot of a clean A4 sheet into a scan or phone photo as the plan says, and
 * reports what it did. The order follows the physical story: the paper is copied, streaked and
 * folded; then it is captured (bed, rotation, crop, or a photo); then the capture's own faults
 * (blur, smear, noise, low resolution, grey or 1-bit modes, JPEG) are applied.
 */
export async function scanSheet(sheet: SheetImage, plan: ScanPlan, rng: RandomStream): Promise<ScanResult> {
  const has = (d: ScanPlan['defects'][number]): boolean => plan.defects.includes(d);
  const strong = (plan.strength ?? 'strong') === 'strong';
  const phone = plan.capture === 'phone';

  // Resolution: a low-dpi scan, a fax's 200 dpi, or the plan's.
  const lowDpi = has('low_dpi') ? rng.child('low-dpi').integer(75, 100) : null;
  const dpi = lowDpi ?? (has('binarised') ? Math.min(plan.dpi, 200) : plan.dpi);
  const layout = phone ? phoneLayout(plan, rng.child('layout'), lowDpi) : flatLayout(plan, dpi, rng.child('layout'));

  // Work on the sheet at about the final resolution (phones: a little above, perspective varies).
  const workPxPerMm = phone ? layout.pxPerMm * 1.12 : layout.pxPerMm;
  const sheetRaster = await decodeSheet(sheet.png, Math.round(SHEET_W_MM * workPxPerMm), Math.round(SHEET_H_MM * workPxPerMm));
  const kx = sheetRaster.w / SHEET_W_MM;

  let shiftMm: [number, number] = [0, 0];
  if (has('copy_of_copy')) {
    photocopy(sheetRaster, kx, 2, rng.child('copy-of-copy'));
    const s = rng.child('copy-shift');
    shiftMm = [s.between(0.3, 1.5) * (s.yes(0.5) ? 1 : -1), s.between(0.3, 1.5) * (s.yes(0.5) ? 1 : -1)];
  } else if (has('photocopy')) {
    photocopy(sheetRaster, kx, 1, rng.child('photocopy'));
  }
  if (has('toner_streaks')) tonerStreaks(sheetRaster, kx, rng.child('streaks'));
  if (has('fold')) fold(sheetRaster, kx, rng.child('fold'));

  const { background, edge } = surroundFor(plan.capture, layout.width, layout.height, layout.pxPerMm, rng.child('surround'));
  let img: Raster = warpSheet({
    sheet: sheetRaster,
    fromPx: invertH(layout.toPx),
    width: layout.width,
    height: layout.height,
    pxPerMm: layout.pxPerMm,
    background,
    contentShiftMm: shiftMm,
    tone: toneCurve(phone, rng.child('tone')),
    edge,
  });

  const optics = rng.child('optics');
  if (phone) {
    phoneLight(img, optics.child('light'));
    img = gaussianBlur(img, optics.between(0.55, 0.9)); // a phone lens is never quite sharp
  }
  let blurSigmaMm: number | null = null;
  if (has('gaussian_blur')) {
    blurSigmaMm = strong ? optics.between(0.3, 0.45) : optics.between(0.2, 0.27);
    img = gaussianBlur(img, blurSigmaMm * layout.pxPerMm);
  }
  let smearMm: number | null = null;
  if (has('motion_blur')) {
    smearMm = strong ? optics.between(1.2, 2.2) : optics.between(1.0, 1.15);
    img = motionBlur(img, smearMm * layout.pxPerMm, optics.between(0, 180));
    img = gaussianBlur(img, 0.7); // smooths the digital paths' stair-steps
  }
  const sensor = rng.child('sensor');
  sensorNoise(img, has('noise') ? sensor.between(6, 14) : phone ? sensor.between(1.5, 3) : sensor.between(0.6, 1.6), sensor);
  if (has('binarised')) img = binarise(img, rng.child('binarise'));
  else if (has('greyscale')) img = toGrey(img);

  const quality = has('heavy_jpeg') ? rng.child('jpeg').integer(4, 8) : plan.jpegQuality;
  let enc = sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), { raw: { width: img.w, height: img.h, channels: img.c } });
  if (img.c === 1) enc = enc.toColourspace('b-w'); // a one-channel JPEG, as grey scanners write
  const jpeg = await enc.jpeg({ quality, chromaSubsampling: '4:2:0', mozjpeg: false }).toBuffer();

  const mapper = boxMapper(layout, shiftMm);
  return {
    jpeg,
    widthPx: img.w,
    heightPx: img.h,
    dpi: layout.dpi,
    truth: scanTruth(plan, layout, { blurSigmaMm, smearMm }),
    mapBox: mapper.mapBox,
    visibleFraction: mapper.visibleFraction,
  };
}

/** The screenshot as RGB at the working size (the whole screenshot is the sheet). */
async function decodeSheet(png: Buffer, w: number, h: number): Promise<Raster> {
  let pipe = sharp(png).removeAlpha();
  const meta = await sharp(png).metadata();
  if (meta.width !== w || meta.height !== h) pipe = pipe.resize(w, h, { fit: 'fill', kernel: 'lanczos3' });
  const { data, info } = await pipe.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`sheet decoded to ${info.channels} channels`);
  return { w: info.width, h: info.height, c: 3, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
