import { paperAt, type PaperBackground } from './paper-background.ts';
import type { GreyImage } from './types.ts';

/**
 * Ink = clearly darker than the local paper. Relative to the local paper level so shadows and
 * uneven light do not turn into ink. `minDrop` is in grey levels.
 */
export function inkMask(img: GreyImage, bg: PaperBackground, minDrop: number): Uint8Array {
  const { width: w, height: h, data } = img;
  const mask = new Uint8Array(w * h);
  for (let ty = 0; ty < bg.rows; ty++) {
    for (let tx = 0; tx < bg.cols; tx++) {
      const paper = paperAt(bg, tx * bg.tile, ty * bg.tile);
      const cut = paper - minDrop;
      const x0 = tx * bg.tile, y0 = ty * bg.tile;
      const x1 = Math.min(w, x0 + bg.tile), y1 = Math.min(h, y0 + bg.tile);
      for (let y = y0; y < y1; y++) {
        let p = y * w + x0;
        for (let x = x0; x < x1; x++, p++) if (data[p] < cut) mask[p] = 1;
      }
    }
  }
  return mask;
}
