import type { Box } from '../../../rules/contract/index.ts';
import type { RasterPage } from '../types.ts';
import { DARK, PAPER, RULE, paperLevel, type InkMap } from './classify-ink.ts';
import { labelComponents } from './label-components.ts';

/**
 * One ink pulled apart from everything else on the page, so a note lying across print or a seal
 * can be read: `red` and `blue` by chroma (print and the other inks turn to paper), `thick` the
 * dark strokes wider than print's (a pen or brush note written over a printed line), `faint` on a
 * colourless copy the ink lighter than print's (a red or blue stamp turned light grey).
 */
export type Layer = 'red' | 'blue' | 'thick' | 'faint';

/**
 * Chroma gains: grey = 255 − gain × chroma. Seal and stamp red measure r − max(g, b) ≈ 70–160 on
 * blue ballpoint and stamp ink b − r ≈ 60–110; these gains put such ink at grey
 * ≤ 115 and leave paper (chroma ±15) near white. A red stamp over the red seal read in full from
 * this layer on a tax record of that split (与原件一致，本单位已核实确认真实有效, confidence 91) where every
 * luminance or channel crop lost 与原件一致 to the print under it.
 */
const RED_GAIN = 2;
const BLUE_GAIN = 3;

/**
 * A dark stroke is "thick" when a square this wide (mm) fits inside it. Printed body text on source
 * a page has strokes of 1–2 px at 5.9 px/mm (≤ 0.35 mm) and vanishes; the black note written
 * over 本凭证不作为… (a tax record of that split) has 3–4 px strokes and survives whole. At least 3 px so
 * a 150-dpi page still removes 2-px print.
 */
const THICK_MM = 0.45;

/** Grey value (0 ink … 255 paper) of a page pixel in `layer`. */
export function layerGrey(page: RasterPage, map: InkMap, layer: Layer, thick?: Uint8Array): (i: number) => number {
  const d = page.data;
  if (layer === 'red') {
    return (i) => {
      const o = i * 3;
      const c = d[o] - (d[o + 1] > d[o + 2] ? d[o + 1] : d[o + 2]);
      return c <= 0 ? 255 : Math.max(0, 255 - c * RED_GAIN);
    };
  }
  if (layer === 'blue') {
    return (i) => {
      const o = i * 3;
      const c = d[o + 2] - d[o];
      return c <= 0 ? 255 : Math.max(0, 255 - c * BLUE_GAIN);
    };
  }
  if (layer === 'faint') {
    const paper = paperLevel(page);
    // Print (dark, rules) turns to paper; lighter ink is stretched to full contrast.
    return (i) => {
      if (map.classes[i] !== PAPER) return 255;
      const o = i * 3;
      const lum = (d[o] * 77 + d[o + 1] * 150 + d[o + 2] * 29) >> 8;
      return Math.max(0, Math.min(255, 255 - (paper - lum - FAINT_FLOOR) * FAINT_GAIN));
    };
  }
  const keep = thick ?? thickStrokes(map);
  // The red channel: a red seal under the note vanishes from it.
  return (i) => (keep[i] ? d[i * 3] : 255);
}

/**
 * 1 for dark (and rule) pixels within reach of a thick core: an opening of the DARK mask by a
 * THICK_MM square, grown back by one pixel more than it was shrunk so a pen stroke's tapering ends
 * stay with it. Separable min/max filters: ~20 ms for a 150-dpi page.
 */
export function thickStrokes(map: InkMap): Uint8Array {
  const { width: w, height: h, classes } = map;
  const side = Math.max(3, Math.round(THICK_MM * map.pxPerMm) | 1);
  const r = side >> 1;
  const dark = new Uint8Array(w * h);
  for (let i = 0; i < dark.length; i++) dark[i] = classes[i] === DARK ? 1 : 0;
  const core = filter(filter(dark, w, h, r, true, true), w, h, r, false, true);
  const grown = filter(filter(core, w, h, r + 1, true, false), w, h, r + 1, false, false);
  for (let i = 0; i < grown.length; i++) grown[i] = grown[i] && (classes[i] === DARK || classes[i] === RULE) ? 1 : 0;
  return grown;
}

/**
 * Binary min (erode) or max (dilate) over a 1-D window of radius r along rows or columns, by running
 * counts; columns are swept row by row (one count per column) to stay cache-friendly on 300-dpi pages.
 */
function filter(src: Uint8Array, w: number, h: number, r: number, rows: boolean, min: boolean): Uint8Array {
  const out = new Uint8Array(src.length);
  if (rows) {
    for (let y = 0; y < h; y++) {
      const base = y * w;
      let count = 0;
      for (let x = 0; x < Math.min(r, w); x++) count += src[base + x];
      for (let x = 0; x < w; x++) {
        if (x + r < w) count += src[base + x + r];
        if (x - r - 1 >= 0) count -= src[base + x - r - 1];
        out[base + x] = min ? (count === 2 * r + 1 ? 1 : 0) : count > 0 ? 1 : 0;
      }
    }
    return out;
  }
  const count = new Uint16Array(w);
  for (let y = 0; y < Math.min(r, h); y++) for (let x = 0, i = y * w; x < w; x++, i++) count[x] += src[i];
  for (let y = 0; y < h; y++) {
    if (y + r < h) for (let x = 0, i = (y + r) * w; x < w; x++, i++) count[x] += src[i];
    if (y - r - 1 >= 0) for (let x = 0, i = (y - r - 1) * w; x < w; x++, i++) count[x] -= src[i];
    const base = y * w;
    if (min) for (let x = 0; x < w; x++) out[base + x] = count[x] === 2 * r + 1 ? 1 : 0;
    else for (let x = 0; x < w; x++) out[base + x] = count[x] > 0 ? 1 : 0;
  }
  return out;
}

/**
 * Gap (mm) bridged between ink of one layer when collecting regions to read: a note's two lines sit
 * ≤ 8 mm apart and its frame ≤ 3 mm from the text; a signature usually starts further off, but
 * reading it along costs only time, since only lines that align with the sentence are kept.
 */
const BRIDGE_MM = 6;
/**
 * A region narrower than this (mm) holds no note: 与原件一致 alone at note size is ≈ 30–35 mm and a
 * stamped one with its frame ≈ 35 mm (source A).
 */
const MIN_REGION_MM = 20;
/** Taller than this (mm) is a figure or a block of coloured print, not a note (with a seal under it ≈ 60 mm). */
const MAX_REGION_MM = 90;
/** A red region lying inside a seal's box grown by this share is the seal alone. */
const SEAL_GROW = 0.1;
/**
 * Thick dark ink lying this much inside tesseract's printed lines is bold print (titles), not a
 * note over print: a note written over 本凭证… on a tax record has about half its ink outside.
 */
const MAX_INSIDE_PRINT = 0.7;
/** A ~1 mm cell holds layer ink when ≥ 3 % of it is ink (as in find-ink-regions). */
const CELL_FILL = 0.03;

/**
 * Faint ink: a colourless pixel this much (grey levels) under the paper that is not dark enough to
 * be print's. A red stamp copied to grey measures ≈ 60–110 under paper ≈ 235, print's anti-aliased
 * edges and scanner noise sit in the same band but only a few pixels per cell: a faint cell is one
 * ≥ FAINT_FILL of whose pixels are faint (a 0.4 mm stamp stroke crossing a 1 mm cell fills ≈ 40 %).
 */
const FAINT_FLOOR = 30;
const FAINT_GAIN = 3;
const FAINT_FILL = 0.12;
/** Coloured ink on under this share of the page's pixels: a grey or black-and-white copy. */
const COLOURLESS = 1e-4;

/** A copy without colour: the page's red and blue ink together cover under COLOURLESS of it. */
export function colourless(map: InkMap): boolean {
  let n = 0;
  for (const c of [map.counts[1], map.counts[2]]) for (let i = 0; i < c.length; i++) n += c[i]!;
  return n < COLOURLESS * map.width * map.height;
}


/**
 * Faint pixels per ~1 mm cell, outside printed lines (their edges are faint too). A pixel counts when
 * ≥ 3 of its 4 neighbours are faint as well: a stroke is, speckle of a noisy copy is not (a grey
 * noisy copy: noise put faint pixels in every cell, and the whole page
 * came out as one region).
 */
function faintCounts(page: RasterPage, map: InkMap, printed: Box[]): Uint16Array {
  const paper = paperLevel(page), d = page.data, w = map.width;
  const faint = new Uint8Array(w * map.height);
  for (let i = 0; i < faint.length; i++) {
    if (map.classes[i] !== PAPER) continue;
    const o = i * 3;
    if (paper - ((d[o] * 77 + d[o + 1] * 150 + d[o + 2] * 29) >> 8) >= FAINT_FLOOR) faint[i] = 1;
  }
  const inPrint = cellMask(map, printed);
  const c = new Uint16Array(map.gw * map.gh);
  for (let y = 1; y < map.height - 1; y++) {
    const crow = ((y / map.cell) | 0) * map.gw;
    for (let x = 1, i = y * w + 1; x < w - 1; x++, i++) {
      if (!faint[i] || faint[i - 1]! + faint[i + 1]! + faint[i - w]! + faint[i + w]! < 3) continue;
      const k = crow + ((x / map.cell) | 0);
      if (!inPrint[k]) c[k]++;
    }
  }
  return c;
}

/** Boxes of a layer's ink worth reading for the note, largest first. */
export function layerRegions(map: InkMap, layer: Layer, opts: { seals: Box[]; printed: Box[]; thick?: Uint8Array; page?: RasterPage }): Box[] {
  const { gw, gh, cell, pxPerMm } = map;
  let minCount = Math.max(3, Math.round(cell * cell * CELL_FILL));
  let counts: ArrayLike<number>;
  if (layer === 'faint') {
    if (!opts.page) return [];
    counts = faintCounts(opts.page, map, opts.printed);
    minCount = Math.max(3, Math.round(cell * cell * FAINT_FILL));
  } else if (layer === 'red') counts = map.counts[2];
  else if (layer === 'blue') counts = map.counts[1];
  else {
    const thick = opts.thick ?? thickStrokes(map);
    const c = new Uint16Array(gw * gh);
    for (let y = 0; y < map.height; y++) {
      const crow = ((y / cell) | 0) * gw;
      for (let x = 0, i = y * map.width; x < map.width; x++, i++) if (thick[i]) c[crow + ((x / cell) | 0)]++;
    }
    counts = c;
  }
  const on = new Uint8Array(gw * gh);
  for (let i = 0; i < on.length; i++) on[i] = counts[i] >= minCount ? 1 : 0;
  const bridge = Math.max(1, Math.round((BRIDGE_MM * pxPerMm) / cell));
  const grown = dilateCells(on, gw, gh, bridge);
  const labels = labelComponents(grown, gw, gh, 4);
  const stats = new Map<number, { x0: number; y0: number; x1: number; y1: number; cells: number; inPrint: number }>();
  const printedCells = layer === 'thick' ? cellMask(map, opts.printed) : null;
  for (let i = 0; i < on.length; i++) {
    if (!on[i]) continue;
    const x = i % gw, y = (i / gw) | 0;
    const l = labels[i];
    let s = stats.get(l);
    if (!s) stats.set(l, (s = { x0: x, y0: y, x1: x, y1: y, cells: 0, inPrint: 0 }));
    s.x0 = Math.min(s.x0, x); s.y0 = Math.min(s.y0, y); s.x1 = Math.max(s.x1, x); s.y1 = Math.max(s.y1, y);
    s.cells++;
    if (printedCells?.[i]) s.inPrint++;
  }
  const out: { box: Box; cells: number }[] = [];
  for (const s of stats.values()) {
    const box: Box = { x: s.x0 * cell, y: s.y0 * cell, w: (s.x1 - s.x0 + 1) * cell, h: (s.y1 - s.y0 + 1) * cell };
    if (box.w / pxPerMm < MIN_REGION_MM || box.h / pxPerMm > MAX_REGION_MM) continue;
    if (layer === 'red' && opts.seals.some((b) => inside(box, grow(b, SEAL_GROW)))) continue;
    if (layer === 'thick' && s.inPrint > s.cells * MAX_INSIDE_PRINT) continue;
    out.push({ box, cells: s.cells });
  }
  return out.sort((a, b) => b.cells - a.cells).map((o) => o.box);
}

function cellMask(map: InkMap, boxes: Box[]): Uint8Array {
  const m = new Uint8Array(map.gw * map.gh);
  for (const b of boxes) {
    const x0 = Math.max(0, Math.floor(b.x / map.cell)), x1 = Math.min(map.gw - 1, Math.floor((b.x + b.w) / map.cell));
    const y0 = Math.max(0, Math.floor(b.y / map.cell)), y1 = Math.min(map.gh - 1, Math.floor((b.y + b.h) / map.cell));
    for (let y = y0; y <= y1; y++) m.fill(1, y * map.gw + x0, y * map.gw + x1 + 1);
  }
  return m;
}

function dilateCells(on: Uint8Array, gw: number, gh: number, r: number): Uint8Array {
  return filter(filter(on, gw, gh, r, true, false), gw, gh, r, false, false);
}

function grow(b: Box, share: number): Box {
  return { x: b.x - b.w * share, y: b.y - b.h * share, w: b.w * (1 + 2 * share), h: b.h * (1 + 2 * share) };
}

function inside(a: Box, b: Box): boolean {
  return a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
}
