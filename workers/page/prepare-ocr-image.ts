import { pageDpi } from './page-dpi.ts';
import { suppressRedInk } from './seal/index.ts';
import type { RasterPage } from './types.ts';

export function ocrDpi(raster: RasterPage): number {
  return Math.max(70, Math.min(600, Math.round(pageDpi(raster))));
}

/** netpbm's magic number for a binary greymap, the two bytes every such file opens with. */
const BINARY_GREYMAP = Buffer.from([0x50, 0x35]);
/** The greymap's white: one byte per pixel. */
const MAX_GREY = 255;

/**
 * The grey image tesseract reads: seal red faded out so the characters under a seal survive
 * (measured: tesseract reads CJK best at ≈ 300 dpi), as raw grey (for re-reading crops) and as a
 * binary PGM, which tesseract's image reader takes as it is. A PNG cost an encoding here and a
 * decoding in tesseract's WASM for the same pixels (a 300 dpi page: ≈ 0.3 s of a core, the same
 * reading to the last word box); the resolution tesseract works at is set with each call (OcrPool).
 */
export async function prepareOcrImage(raster: RasterPage): Promise<{ grey: { data: Uint8Array; width: number; height: number }; pgm: Buffer }> {
  const grey = suppressRedInk(raster);
  const header = Buffer.concat([BINARY_GREYMAP, Buffer.from(`\n${grey.width} ${grey.height}\n${MAX_GREY}\n`, 'latin1')]);
  const pgm = Buffer.concat([header, Buffer.from(grey.data.buffer, grey.data.byteOffset, grey.data.byteLength)]);
  return { grey, pgm };
}
