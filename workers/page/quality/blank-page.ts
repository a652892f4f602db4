import type { PageReport } from '../../../rules/contract/index.ts';
import { CLARITY } from './thresholds.ts';

/**
 * Bare paper: fewer clearly dark pixels than about three CJK characters (the clarity check's
 * count at 150 dpi; paper noise and JPEG ringing stay above its cut), no text layer, and no seal,
 * note or signature found on it. A page measured before the ink count existed is not called blank.
 */
export function isBlankPage(page: PageReport): boolean {
  const ink = page.clarity.inkPixels;
  if (ink === undefined || ink >= CLARITY.minInkPixels) return false;
  if (page.textSource === 'text-layer') return false;
  return page.seal.present !== true && page.annotation.present !== true && page.signature.present !== true;
}
