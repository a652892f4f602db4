import sharp from 'sharp';
import type { RasterPage } from './types.ts';

/** Widths a page image may be asked for (px); others are clamped into this range. */
export const PAGE_IMAGE_WIDTH = { min: 64, max: 1600, default: 240 } as const;

/**
 * A page as a JPEG `width` pixels wide (never wider than the scan itself), for thumbnails and the
 * reviewer's view. Quality 72 with 4:2:0 chroma: a 240 px thumbnail of an A4 scan is 8-15 kB.
 */
export async function encodePageImage(raster: RasterPage, width: number): Promise<Uint8Array> {
  const w = Math.max(PAGE_IMAGE_WIDTH.min, Math.min(PAGE_IMAGE_WIDTH.max, Math.round(width), raster.width));
  const out = await sharp(raster.data, { raw: { width: raster.width, height: raster.height, channels: raster.channels } })
    .resize({ width: w })
    .jpeg({ quality: 72, mozjpeg: false })
    .toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
