import type { SmallPage } from './downsample-page.ts';

/** Redness of every pixel of a small page, measured against the page's own paper colour. */
export interface RednessMap {
  width: number;
  height: number;
  /** 0..255 chroma of pixels whose hue is red; 0 for anything else */
  score: Uint8Array;
  /** share of pixels with clear colour of any hue: ~0 on a greyscale scan */
  colourShare: number;
}

/**
 * Hue window for seal ink, in degrees around pure red (HSV hue of the white-balanced pixel).
 * Drawn and scanned seals in vermilion (227,66,52) sit at +5°, magenta-leaning inks (220,50,100) at −18°,
 * faint pink impressions at ±5°; gold emblem yellow (230,180,40) is +44° and blue pen is far off.
 */
const HUE_MIN = -40;
const HUE_MAX = 28;
/** Chroma above which a pixel counts as coloured for the greyscale test: scanner paper noise after 4×4 averaging stays below 12. */
const COLOUR_CHROMA = 30;
/** White-balance gains are clamped: a page that is mostly dark or coloured must not be stretched wildly. */
const GAIN_MIN = 0.85;
const GAIN_MAX = 1.6;

/**
 * Paper colour: mean RGB of the brightest 30 % of pixels (paper covers well over half of every
 * document page), used to undo scanner / phone white-balance casts before judging hue.
 */
export function paperColour(p: SmallPage): [number, number, number] {
  const { data } = p;
  const n = p.width * p.height;
  const hist = new Uint32Array(256);
  for (let i = 0, j = 0; i < n; i++, j += 3) hist[(data[j]! + 2 * data[j + 1]! + data[j + 2]!) >> 2]!++;
  let acc = 0;
  let cut = 255;
  for (; cut > 0; cut--) {
    acc += hist[cut]!;
    if (acc >= n * 0.3) break;
  }
  let r = 0, g = 0, b = 0, k = 0;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    if ((data[j]! + 2 * data[j + 1]! + data[j + 2]!) >> 2 >= cut) {
      r += data[j]!; g += data[j + 1]!; b += data[j + 2]!; k++;
    }
  }
  return k ? [r / k, g / k, b / k] : [255, 255, 255];
}

export function rednessMap(p: SmallPage): RednessMap {
  const [pr, pg, pb] = paperColour(p);
  const gain = (c: number) => Math.min(GAIN_MAX, Math.max(GAIN_MIN, 255 / Math.max(1, c)));
  // per-channel lookup tables: white balance is then one array read per channel
  const lut = [pr, pg, pb].map((c) => {
    const k = gain(c);
    const t = new Uint8Array(256);
    for (let v = 0; v < 256; v++) t[v] = Math.min(255, Math.round(v * k));
    return t;
  }) as [Uint8Array, Uint8Array, Uint8Array];
  const n = p.width * p.height;
  const score = new Uint8Array(n);
  const d = p.data;
  let coloured = 0;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const r = lut[0][d[j]!]!, g = lut[1][d[j + 1]!]!, b = lut[2][d[j + 2]!]!;
    const mx = r > g ? (r > b ? r : b) : g > b ? g : b;
    const mn = r < g ? (r < b ? r : b) : g < b ? g : b;
    const c = mx - mn;
    if (c >= COLOUR_CHROMA) coloured++;
    if (mx !== r || c < 8) continue;
    const hue = (60 * (g - b)) / c; // HSV hue for a red-max pixel, −60..60
    if (hue < HUE_MIN || hue > HUE_MAX) continue;
    score[i] = c;
  }
  return { width: p.width, height: p.height, score, colourShare: coloured / n };
}
