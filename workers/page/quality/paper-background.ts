import type { GreyImage } from './types.ts';

/** Tile side in mm: larger than a CJK character (≈ 4 mm at 10.5 pt) so every tile sees some paper. */
const TILE_MM = 8;
/** The tile's paper level is its 90th percentile: robust to ink covering up to ~half the tile. */
const TILE_PERCENTILE = 0.9;

export interface PaperBackground {
  tile: number;
  cols: number;
  rows: number;
  /** Paper brightness per tile, row-major. */
  levels: Uint8Array;
}

/** Coarse map of paper brightness: shows shading, shadows and the background around a photographed sheet. */
export function paperBackground(img: GreyImage): PaperBackground {
  const dpi = img.dpi ?? 150;
  const tile = Math.max(8, Math.round((TILE_MM / 25.4) * dpi));
  const cols = Math.ceil(img.width / tile);
  const rows = Math.ceil(img.height / tile);
  const levels = new Uint8Array(cols * rows);
  const hist = new Uint32Array(256);
  for (let ty = 0; ty < rows; ty++) {
    for (let tx = 0; tx < cols; tx++) {
      hist.fill(0);
      const x0 = tx * tile, y0 = ty * tile;
      const x1 = Math.min(img.width, x0 + tile), y1 = Math.min(img.height, y0 + tile);
      for (let y = y0; y < y1; y += 2) {
        let p = y * img.width + x0;
        for (let x = x0; x < x1; x += 2, p += 2) hist[img.data[p]]++;
      }
      const total = Math.ceil((y1 - y0) / 2) * Math.ceil((x1 - x0) / 2);
      const target = total * TILE_PERCENTILE;
      let acc = 0, v = 0;
      for (; v < 255; v++) { acc += hist[v]; if (acc >= target) break; }
      levels[ty * cols + tx] = v;
    }
  }
  return { tile, cols, rows, levels };
}

/** Paper level under a pixel (nearest tile). */
export function paperAt(bg: PaperBackground, x: number, y: number): number {
  const tx = Math.min(bg.cols - 1, (x / bg.tile) | 0);
  const ty = Math.min(bg.rows - 1, (y / bg.tile) | 0);
  return bg.levels[ty * bg.cols + tx];
}
