import sharp from 'sharp';
import type { InkImage } from './unwrap-seal-ring.ts';

/** An ink image as PNG for the OCR engines, with a 12 px white margin: both find text that touches the border poorly. */
export async function inkPng(img: InkImage): Promise<Uint8Array> {
  const buf = await sharp(Buffer.from(img.data), { raw: { width: img.width, height: img.height, channels: 1 } })
    .extend({ top: 12, bottom: 12, left: 12, right: 12, background: { r: 255, g: 255, b: 255 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return new Uint8Array(buf);
}
