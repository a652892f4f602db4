import sharp from 'sharp';
import type { Box } from '../../../rules/contract/index.ts';
import type { GreyPage } from './reread-weak-lines.ts';

/**
 * A line's box cut out of the grey page with a margin of `padShare` × its height, as PNG, and where
 * the cut starts (to put word boxes back in page pixels). Null when the cut is under 8 px.
 */
export async function cropLine(grey: GreyPage, box: Box, padShare: number): Promise<{ png: Buffer; left: number; top: number } | null> {
  const pad = Math.round(box.h * padShare);
  const left = Math.max(0, Math.floor(box.x - pad));
  const top = Math.max(0, Math.floor(box.y - pad));
  const width = Math.min(grey.width - left, Math.ceil(box.w + 2 * pad));
  const height = Math.min(grey.height - top, Math.ceil(box.h + 2 * pad));
  if (width < 8 || height < 8) return null;
  const png = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .extract({ left, top, width, height })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return { png, left, top };
}
