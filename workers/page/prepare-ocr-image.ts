import sharp from 'sharp';
import { pageDpi } from './page-dpi.ts';
import { suppressRedInk } from './seal/index.ts';
import type { RasterPage } from './types.ts';

export function ocrDpi(raster: RasterPage): number {
  return Math.max(70, Math.min(600, Math.round(pageDpi(raster))));
}

/**
 * The grey image tesseract reads: seal red faded out so the characters under a seal survive
 * (measured: tesseract reads CJK best at ≈ 300 dpi), as raw grey (for re-reading crops) and as a PNG with its density set and
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
