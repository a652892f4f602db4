import type { Box } from '../../../rules/contract/index.ts';
import { BLUE, DARK, RED, type InkMap } from './classify-ink.ts';
import { labelComponents } from './label-components.ts';

export type InkKind = 'dark' | 'blue' | 'red';

/** A line-shaped blob of one ink that is not a printed rule, nor (when known) printed text or a seal. */
export interface InkRegion {
  box: Box;
  ink: InkKind;
  /** ~1 mm cells with ink. */
  cells: number;
  heightMm: number;
  widthMm: number;
  /** A straight border of the same ink around it: a rubber stamp. */
  framed: boolean;
  /** Spread of the character bottoms around the line's baseline, in line heights (printed ≈ 0–0.05). */
  baselineJitter: number;
  /** 0..1: how much this looks like pen writing rather than print (colour, baseline, position). */
  handwriting: number;
  /** Taller than a line of writing (kept only on request, FindInkOptions.oversize): ink joined across lines. */
  oversize?: boolean;
}

export interface FindInkOptions {
  /** Printed text (tesseract lines): dark ink inside is cleared. */
  printed?: Box[];
  /** Seals: red ink inside is cleared (other inks under a seal stay: notes are often written across it). */
  seals?: Box[];
  /** Cleared for every ink (e.g. the note itself, when looking for the signature). */
  clear?: Box[];
  /** Keep blobs taller than a line (flagged `oversize`): a signature joined to print lines above or below it is inside one. */
  oversize?: boolean;
}

/**
 * Bridging distances in mm. Handwritten characters at note size sit ≤ 2.5 mm apart (drawn pages,
 * and the research crop: 760 px line at 200 dpi for 17 characters ≈ 5.7 mm per character incl. gap),
 * while a signature beside the note starts ≥ 5 mm after it; lines of writing are ≥ 3 mm apart.
 */
const BRIDGE_X_MM = 3;
const BRIDGE_Y_MM = 1;
/** A note line is 3–30 mm tall (a stamp with frame up to ~25 mm); smaller is specks, larger is logos/figures. */
const MIN_H_MM = 2.5;
const MAX_H_MM = 30;
/** At least 4 mm wide: a single written character; ink cells ≥ 6 drops scanner dust. */
const MIN_W_MM = 4;
const MIN_CELLS = 6;
/** A cell holds ink when ≥ 3 % of it is ink (a 0.5 mm pen stroke crossing a 1 mm cell fills ≈ 40 %). */
const CELL_FILL = 0.03;

/** Connected line-shaped ink blobs, one ink at a time, with the features that tell writing from print. */
export function findInkRegions(map: InkMap, opts: FindInkOptions = {}): InkRegion[] {
  const out: InkRegion[] = [];
  const { gw, gh, cell, pxPerMm } = map;
  const minCount = Math.max(3, Math.round(cell * cell * CELL_FILL));
  const bx = Math.max(1, Math.round((BRIDGE_X_MM * pxPerMm) / cell));
  const by = Math.max(1, Math.round((BRIDGE_Y_MM * pxPerMm) / cell));
  for (const [kind, cls] of [['dark', DARK], ['blue', BLUE], ['red', RED]] as const) {
    const counts = map.counts[cls - 1];
    const on = new Uint8Array(gw * gh);
    for (let i = 0; i < on.length; i++) on[i] = counts[i] >= minCount ? 1 : 0;
    const clear = kind === 'dark' ? opts.printed : kind === 'red' ? opts.seals : undefined;
    for (const b of [...(clear ?? []), ...(opts.clear ?? [])]) clearBox(on, gw, gh, cell, b);
    const grown = dilate(on, gw, gh, bx, by);
    const labels = labelComponents(grown, gw, gh, 8);
    const stats = new Map<number, { x0: number; y0: number; x1: number; y1: number; cells: number }>();
    for (let i = 0; i < on.length; i++) {
      if (!on[i]) continue;
      const l = labels[i];
      const x = i % gw, y = (i / gw) | 0;
      const s = stats.get(l);
      if (!s) stats.set(l, { x0: x, y0: y, x1: x, y1: y, cells: 1 });
      else { s.x0 = Math.min(s.x0, x); s.y0 = Math.min(s.y0, y); s.x1 = Math.max(s.x1, x); s.y1 = Math.max(s.y1, y); s.cells++; }
    }
    for (const s of stats.values()) {
      const box: Box = {
        x: s.x0 * cell, y: s.y0 * cell,
        w: Math.min(map.width, (s.x1 + 1) * cell) - s.x0 * cell,
        h: Math.min(map.height, (s.y1 + 1) * cell) - s.y0 * cell,
      };
      const heightMm = box.h / pxPerMm;
      const widthMm = box.w / pxPerMm;
      if (s.cells < MIN_CELLS || heightMm < MIN_H_MM || widthMm < MIN_W_MM) continue;
      if (heightMm > MAX_H_MM) {
        if (opts.oversize && kind !== 'red') out.push({ box, ink: kind, cells: s.cells, heightMm, widthMm, framed: false, baselineJitter: 0, handwriting: 0, oversize: true });
        continue;
      }
      out.push(regionAt(map, box, kind, s.cells));
    }
  }
  return out.sort((a, b) => b.handwriting - a.handwriting || b.cells - a.cells);
}

/** A region of `ink` over `box` with `cells` ink cells, with its writing features measured. */
export function regionAt(map: InkMap, box: Box, ink: InkKind, cells: number): InkRegion {
  const cls = CLASS_OF[ink];
  const framed = ink !== 'dark' && hasFrame(map, box, cls);
  const r: InkRegion = { box, ink, cells, heightMm: box.h / map.pxPerMm, widthMm: box.w / map.pxPerMm, framed, baselineJitter: jitter(map, box, cls), handwriting: 0 };
  r.handwriting = handwritingScore(r);
  return r;
}
const CLASS_OF = { dark: DARK, blue: BLUE, red: RED } as const;

/**
 * Jitter above 0.12 line heights is writing: printed lines on our pages measure 0.02–0.08 (Chinese
 * print has flat bottoms; punctuation and digits add a little); drawn handwriting 0.12–0.3.
 */
const JITTER_HAND = 0.12;

function handwritingScore(r: InkRegion): number {
  if (r.ink === 'red') {
    // Red is seal ink; a long framed red strip is a stamped note, a round/square blob is a seal.
    return r.widthMm / r.heightMm >= 2.5 ? (r.framed ? 0.7 : 0.4) : 0.05;
  }
  if (r.ink === 'blue') return r.framed ? 0.75 : 0.9;
  return Math.max(0.1, Math.min(0.85, 0.2 + (r.baselineJitter / JITTER_HAND) * 0.4));
}

function clearBox(on: Uint8Array, gw: number, gh: number, cell: number, b: Box): void {
  const x0 = Math.max(0, Math.floor(b.x / cell)), y0 = Math.max(0, Math.floor(b.y / cell));
  const x1 = Math.min(gw - 1, Math.floor((b.x + b.w) / cell)), y1 = Math.min(gh - 1, Math.floor((b.y + b.h) / cell));
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) on[y * gw + x] = 0;
}

function dilate(on: Uint8Array, gw: number, gh: number, rx: number, ry: number): Uint8Array {
  const h = new Uint8Array(on.length);
  for (let y = 0; y < gh; y++) {
    let last = -1e9;
    for (let x = 0; x < gw; x++) if (on[y * gw + x]) last = x; else if (x - last <= rx) h[y * gw + x] = 1;
    let next = 1e9;
    for (let x = gw - 1; x >= 0; x--) if (on[y * gw + x]) { next = x; h[y * gw + x] = 1; } else if (next - x <= rx) h[y * gw + x] = 1;
  }
  const v = new Uint8Array(on.length);
  for (let x = 0; x < gw; x++) {
    let last = -1e9;
    for (let y = 0; y < gh; y++) if (h[y * gw + x]) { last = y; v[y * gw + x] = 1; } else if (y - last <= ry) v[y * gw + x] = 1;
    let next = 1e9;
    for (let y = gh - 1; y >= 0; y--) if (h[y * gw + x]) next = y; else if (next - y <= ry) v[y * gw + x] = 1;
  }
  return v;
}

/** Rows near both its top and bottom whose own-ink pixels span ≥ 70 % of its width: a stamp's frame. */
function hasFrame(map: InkMap, box: Box, cls: number): boolean {
  const band = Math.max(2, Math.round(box.h * 0.2));
  const longRow = (y: number) => {
    let count = 0;
    const row = y * map.width;
    for (let x = box.x; x < box.x + box.w; x++) if (map.classes[row + x] === cls) count++;
    return count >= box.w * 0.7;
  };
  let top = false, bottom = false;
  for (let y = box.y; y < box.y + band && !top; y++) top = longRow(y);
  for (let y = box.y + box.h - 1; y >= box.y + box.h - band && !bottom; y--) bottom = longRow(y);
  return top && bottom;
}

/** Bottoms of character-wide slices around a least-squares baseline, in line heights. */
function jitter(map: InkMap, box: Box, cls: number): number {
  const slice = Math.max(4, Math.round(box.h * 0.8));
  const pts: [number, number][] = [];
  for (let sx = box.x; sx + slice / 2 < box.x + box.w; sx += slice) {
    let bottom = -1;
    for (let y = box.y + box.h - 1; y >= box.y && bottom < 0; y--) {
      const row = y * map.width;
      for (let x = sx; x < Math.min(sx + slice, box.x + box.w); x++) if (map.classes[row + x] === cls) { bottom = y; break; }
    }
    if (bottom >= 0) pts.push([sx + slice / 2, bottom]);
  }
  if (pts.length < 3) return 0;
  const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  let sxy = 0, sxx = 0;
  for (const [x, y] of pts) { sxy += (x - mx) * (y - my); sxx += (x - mx) ** 2; }
  const k = sxx ? sxy / sxx : 0;
  const res = pts.map(([x, y]) => y - (my + k * (x - mx)));
  const sd = Math.sqrt(res.reduce((s, r) => s + r * r, 0) / res.length);
  return sd / box.h;
}
