import sharp from 'sharp';
import { suppressRedInk } from './seal/index.ts';
import type { RasterPage } from './types.ts';

/** A4 width in inches: the fallback when a page's physical size is unknown. */
const A4_WIDTH_IN = 8.27;

export function ocrDpi(raster: RasterPage): number {
  const dpi = raster.dpi ?? raster.width / A4_WIDTH_IN;
  return Math.max(70, Math.min(600, Math.round(dpi)));
}

/**
 * The grey image tesseract reads: seal red faded out so the characters under a seal survive
 * (ocr-measurements §5), as raw grey (for re-reading crops) and as a PNG with its density set and
 * fast compression (PNG encoding of a noisy page is otherwise the slowest step, §7.11).
 */
export async function prepareOcrImage(raster: RasterPage): Promise<{ grey: { data: Uint8Array; width: number; height: number }; png: Buffer }> {
  const grey = suppressRedInk(raster);
  const png = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .png({ compressionLevel: 1 })
    .withMetadata({ density: ocrDpi(raster) })
    .toBuffer();
  return { grey, png };
}
