import type { Box } from '../../../rules/contract/index.ts';
import type { RasterPage } from '../types.ts';
import { findRedSeals } from './detect-seals.ts';
import { downsamplePage, pageDpi } from './downsample-page.ts';
import { findGreySeals } from './find-grey-seals.ts';
import type { Ellipse } from './fit-ring.ts';

/** The page region read for one detected seal: its box plus 8 % all round (the box hugs the ring's outer edge). */
export function sealCrop(page: RasterPage, box: Box): Box {
  const m = Math.round(Math.max(box.w, box.h) * 0.08);
  const x0 = Math.max(0, Math.floor(box.x - m)), y0 = Math.max(0, Math.floor(box.y - m));
  return { x: x0, y: y0, w: Math.min(page.width, Math.ceil(box.x + box.w + m)) - x0, h: Math.min(page.height, Math.ceil(box.y + box.h + m)) - y0 };
}

/** The ring inside a box: refit on the crop (the page-level fit is at 75 dpi), else the inscribed ellipse. */
export function fitInCrop(page: RasterPage, crop: Box): { e: Ellipse; grey: boolean } {
  const data = new Uint8Array(crop.w * crop.h * 3);
  for (let y = 0; y < crop.h; y++) {
    const s = ((crop.y + y) * page.width + crop.x) * 3;
    data.set(page.data.subarray(s, s + crop.w * 3), y * crop.w * 3);
  }
  const small = downsamplePage({ data, width: crop.w, height: crop.h, dpi: pageDpi(page) });
  const { candidates, colourShare } = findRedSeals(small);
  // below 0.2 % coloured pixels the crop holds no red ink to speak of (see detect-seals GREY_PAGE_COLOUR)
  const cands = candidates.length ? candidates : colourShare < 0.003 ? findGreySeals(small) : [];
  const best = [...cands].sort((p, q) => q.score - p.score)[0];
  if (best) {
    const f = small.factor;
    const e = best.ellipse;
    return { e: { ...e, cx: (e.cx + 0.5) * f - 0.5, cy: (e.cy + 0.5) * f - 0.5, a: e.a * f, b: e.b * f }, grey: best.grey };
  }
  const r = Math.min(crop.w, crop.h) / 2 / 1.08;
  return { e: { cx: crop.w / 2, cy: crop.h / 2, a: r, b: r, phi: 0, residual: 0, points: 0 }, grey: colourShare < 0.003 };
}
