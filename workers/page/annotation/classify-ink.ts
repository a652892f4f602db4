import { pageDpi } from '../page-dpi.ts';
import type { RasterPage } from '../types.ts';

/** Pixel classes: 0 paper, 1 dark (black/grey ink or toner), 2 blue ink, 3 red ink, 4 printed rule. */
export const PAPER = 0;
export const DARK = 1;
export const BLUE = 2;
export const RED = 3;
export const RULE = 4;

export interface InkMap {
  width: number;
  height: number;
  /** One class per pixel. */
  classes: Uint8Array;
  pxPerMm: number;
  /** Cell edge in pixels (about 1 mm). */
  cell: number;
  gw: number;
  gh: number;
  /** Ink pixels per cell for DARK, BLUE, RED (index kind-1). */
  counts: [Uint16Array, Uint16Array, Uint16Array];
}

/**
 * Chroma margins. Blue ballpoint on our drawn pages is b−r ≈ 60–110 and on scanned grey paper
 * neutral pixels stay within ±15, so 28 separates them with room for scanner colour casts. Seal
 * red is r−max(g,b) ≥ 70 even where the seal is light; 40 keeps faint seal edges out of "dark".
 */
const BLUE_MARGIN = 28;
const RED_MARGIN = 40;
/** Dark ink: below 60 % of the paper's brightness (toner ≈ 30–80, ballpoint ≈ 60–120 on paper ≈ 235). */
const DARK_RATIO = 0.6;
/**
 * A straight dark run this long (mm) is a table rule or a fill-in line, not writing: the longest
 * stroke of a handwritten character at note size (≈ 6–9 mm) is under it.
 */
const RULE_MM = 10;

/** Classifies every pixel by ink and counts ink per ~1 mm cell. Pure; ~0.1 s for a 300-dpi A4 page. */
export function classifyInk(page: RasterPage): InkMap {
  const { width, height, data } = page;
  const dpi = pageDpi(page);
  const pxPerMm = dpi / 25.4;
  const n = width * height;
  const paper = paperLevel(page);
  const darkLimit = paper * DARK_RATIO;
  const classes = new Uint8Array(n);
  for (let p = 0, o = 0; p < n; p++, o += 3) {
    const r = data[o], g = data[o + 1], b = data[o + 2];
    const lum = (r * 77 + g * 150 + b * 29) >> 8;
    if (r - (g > b ? g : b) > RED_MARGIN) classes[p] = RED;
    else if (b - r > BLUE_MARGIN && b >= g && lum < paper - 25) classes[p] = BLUE;
    else if (lum < darkLimit) classes[p] = DARK;
  }
  markRules(classes, width, height, Math.round(RULE_MM * pxPerMm));

  const cell = Math.max(2, Math.round(pxPerMm));
  const gw = Math.ceil(width / cell);
  const gh = Math.ceil(height / cell);
  const counts = cellCounts(classes, width, height, cell, gw, gh);
  return { width, height, classes, pxPerMm, cell, gw, gh, counts };
}

/** Paper brightness: 90th percentile of a sample of the page's luminance, so dense print never darkens the reference. */
export function paperLevel(page: RasterPage): number {
  const { data } = page;
  const n = page.width * page.height;
  const hist = new Uint32Array(256);
  for (let p = 0; p < n; p += 7) {
    const o = p * 3;
    hist[(data[o] * 77 + data[o + 1] * 150 + data[o + 2] * 29) >> 8]++;
  }
  let total = 0;
  for (const c of hist) total += c;
  let acc = 0;
  for (let v = 0; v < 256; v++) {
    acc += hist[v];
    if (acc >= total * 0.9) return v;
  }
  return 255;
}

/** Dark, blue and red pixels per cell of `cell` px (InkMap.counts) from a class per pixel. */
export function cellCounts(classes: Uint8Array, width: number, height: number, cell: number, gw: number, gh: number): InkMap['counts'] {
  const counts: InkMap['counts'] = [new Uint16Array(gw * gh), new Uint16Array(gw * gh), new Uint16Array(gw * gh)];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const crow = ((y / cell) | 0) * gw;
    for (let x = 0; x < width; x++) {
      const c = classes[row + x];
      if (c >= DARK && c <= RED) counts[c - 1][crow + ((x / cell) | 0)]++;
    }
  }
  return counts;
}

/** Marks long straight horizontal and vertical dark runs as RULE (1-px gaps from scanning are bridged). */
function markRules(classes: Uint8Array, width: number, height: number, minRun: number): void {
  const isInk = (c: number) => c === DARK || c === RULE;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let start = -1;
    let gap = 0;
    for (let x = 0; x <= width; x++) {
      const ink = x < width && isInk(classes[row + x]);
      if (ink) { if (start < 0) start = x; gap = 0; continue; }
      if (start >= 0 && x < width && gap < 1) { gap++; continue; }
      if (start >= 0) {
        const end = x - gap;
        if (end - start >= minRun) for (let k = start; k < end; k++) if (classes[row + k] === DARK) classes[row + k] = RULE;
        start = -1; gap = 0;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    let gap = 0;
    for (let y = 0; y <= height; y++) {
      const ink = y < height && isInk(classes[y * width + x]);
      if (ink) { if (start < 0) start = y; gap = 0; continue; }
      if (start >= 0 && y < height && gap < 1) { gap++; continue; }
      if (start >= 0) {
        const end = y - gap;
        if (end - start >= minRun) for (let k = start; k < end; k++) if (classes[k * width + x] === DARK) classes[k * width + x] = RULE;
        start = -1; gap = 0;
      }
    }
  }
}
