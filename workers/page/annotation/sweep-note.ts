import type { Box } from '../../../rules/contract/index.ts';
import type { RasterPage, RegionReader } from '../types.ts';
import { assembleReading } from './assemble-reading.ts';
import type { InkMap } from './classify-ink.ts';
import { cropLayer, linesOnPage } from './crop-region.ts';
import { colourless, layerGrey, layerRegions, thickStrokes, type Layer } from './ink-layers.ts';
import { ATTESTATION, matchAttestation, normalize } from './match-attestation.ts';
import type { ReadBlock } from './read-candidates.ts';

/**
 * Regions read per page at most by the sweep. A page of source A holds 1–2 red regions beyond the seals
 * (the tax bureau's seal overlapping print, a stamped note), ≤ 2 blue (note, signature) and ≤ 2
 * thick dark (note, a black signature); each read costs ≈ 0.1–0.3 s.
 */
const MAX_READS = 5;
/**
 * A reader line is kept for the note when this many of its characters align exactly with the
 * sentence: a note's line holds ≥ 4 (本单位已), the seal's ring and print around a note ≤ 1 (本凭证…).
 */
const LINE_EXACT = 2;

/** Reads one region of a layer; null when no line of it aligns with the sentence. */
async function readLayer(page: RasterPage, map: InkMap, reader: RegionReader, layer: Layer, box: Box, thick?: Uint8Array): Promise<ReadBlock | null> {
  const crop = await cropLayer(page, box, map.pxPerMm, layerGrey(page, map, layer, thick), 2);
  const res = await reader.read(crop.png);
  const lines = linesOnPage(crop, res.lines.filter((l) => matchAttestation(l.text).exact >= LINE_EXACT));
  if (lines.length === 0) return null;
  const reading = assembleReading(lines);
  // Too spoilt to align as the sentence, but ≥ 5 of its characters in its order (the seal's ink
  // breaks the alignment into pieces: 乒原件 / 位确次实有效): a trace of a note, kept so the page goes
  // to review rather than "no note". Red seal text shares ≤ 2 with the sentence.
  // A short note's first clause read with a character lost (与康一致 for 与原件一致) is kept as a trace too.
  if (reading.match.complete === null && inOrder(normalize(reading.text), ATTESTATION_HAN) < TRACE_CHARS && !firstClauseTrace(reading.text)) return null;
  const confidence = reading.lines.reduce((s, l) => s + l.confidence, 0) / reading.lines.length;
  const text = reading.lines.map((l) => l.box).reduce(union);
  const frame = layer === 'thick' ? null : findFrame(map, text, layerGrey(page, map, layer));
  return {
    box: frame ? union(text, frame) : text,
    // Faint ink is a coloured mark copied to grey: dark to every later step.
    ink: layer === 'thick' || layer === 'faint' ? 'dark' : layer,
    framed: frame !== null,
    // A stamp's frame is part of the note: left out, it joins a signature under it into one wide blob.
    ...(frame ? { frame } : {}),
    // Coloured or thick ink that reads as the sentence is writing, not print.
    handwriting: 0.9,
    text: reading.text, confidence, lines: reading.lines, match: reading.match, unsure: reading.unsure,
  };
}

/**
 * Looks for the note where the first pass cannot see it: lying across a seal or printed lines,
 * where the ink-region search clears it away with the seal or the print. Each ink is pulled apart
 * from the rest of the page (ink-layers.ts), its regions are read whole by the region reader, and
 * every line the reader detects is matched against the sentence — so the search does not depend on
 * the note standing clear of anything. Returns one reading per region where some line aligned.
 */
export async function sweepForNote(
  page: RasterPage, map: InkMap, reader: RegionReader, opts: { seals: Box[]; printed: Box[] },
): Promise<ReadBlock[]> {
  const out: ReadBlock[] = [];
  let reads = 0;
  let thick: Uint8Array | undefined;
  // Coloured layers first: they are cheap to isolate, and a whole note found there ends the sweep
  // before the thick-stroke layer (≈ 0.1–0.2 s to build on a 300-dpi page) is paid for.
  // On a colourless copy a coloured stamp is light grey, neither red, blue nor as dark as print:
  // its lighter ink is read before the thick strokes (a red stamp copied to grey).
  const order = colourless(map) ? (['faint', 'thick'] as const) : (['red', 'blue', 'thick'] as const);
  layers: for (const layer of order) {
    if (layer === 'thick') thick = thickStrokes(map);
    for (const box of layerRegions(map, layer, { ...opts, thick, page })) {
      if (reads++ >= MAX_READS) break layers;
      const reading = await readLayer(page, map, reader, layer, box, thick);
      if (!reading) continue;
      out.push(reading);
      if (reading.match.complete === true && !reading.unsure) return out;
    }
  }
  // A red stamp pressed across the red seal joins the seal's ink into one region of seal size, which
  // the red layer leaves out as the seal. Each seal is read once more with room on
  // either side: the reader finds the stamp's straight lines, the seal's curved text does not align.
  if (!out.some((r) => r.match.complete === true)) {
    for (const seal of opts.seals) {
      if (reads++ >= MAX_READS + MAX_SEAL_READS) break;
      const side = SEAL_SIDE_MM * map.pxPerMm;
      const x0 = Math.max(0, seal.x - side), x1 = Math.min(map.width, seal.x + seal.w + side);
      const reading = await readLayer(page, map, reader, 'red', { x: x0, y: seal.y, w: x1 - x0, h: seal.h });
      if (reading) out.push(reading);
    }
  }
  return out;
}

/** Seals read again for a stamp across them, at most (a page holds one employer seal, sometimes an issuer's). */
const MAX_SEAL_READS = 2;
/** Room read either side of a seal for a red stamp across it: a stamped note runs 50–110 mm. */
const SEAL_SIDE_MM = 40;

/**
 * Search window for a stamp's frame, in text line heights: the frames of stamps on source A sit
 * 0.2–0.8 line heights above and below the text, and run ≥ 0.8 of the text's width (a frame hugs its text).
 */
const FRAME_REACH = 1.5;
const FRAME_SPAN = 0.8;
/** Gaps (px) bridged along a frame line: scanning and faded stamp ink break it every few px. */
const FRAME_GAP = 4;
/**
 * Frame ink: layer grey under 200 (chroma ≥ 19 blue, ≥ 28 red). The faded blue stamp frame on a tax
 * record is ink-classified on only 1 pixel in 6 along its length, but stays
 * under 200 in its layer.
 */
const FRAME_GREY = 200;
/** Frame tilts tried, in degrees either way: stamps land up to ≈ 3° off level (that tax record's ≈ 2.3°). */
const FRAME_TILT_DEG = 4;

/**
 * The stamp frame around a coloured note's text: the outermost long straight lines above and below
 * it, at any small tilt. A frame is told from a seal by geometry, not colour: straight lines the
 * width of the text, where a seal's ring curves away within a few mm.
 */
function findFrame(map: InkMap, text: Box, grey: (i: number) => number): Box | null {
  const lh = Math.min(text.h, 12 * map.pxPerMm);
  const reach = FRAME_REACH * lh;
  // A partial stamp's frame may be sized for the whole sentence: up to twice its text's width.
  const x0 = Math.max(0, Math.round(text.x - text.w)), x1 = Math.min(map.width, Math.round(text.x + 2 * text.w));
  const cx = text.x + text.w / 2;
  const slopes: number[] = [];
  for (let d = 0; d <= FRAME_TILT_DEG; d += 0.5) slopes.push(Math.tan((d * Math.PI) / 180), -Math.tan((d * Math.PI) / 180));
  const ink = (x: number, y: number) => {
    const yy = Math.round(y);
    return yy >= 0 && yy < map.height && grey(yy * map.width + x) < FRAME_GREY;
  };
  // Longest ink run (gaps ≤ FRAME_GAP) along the line through (cx, y) with slope k.
  const run = (y: number, k: number): [number, number] | null => {
    let best: [number, number] | null = null;
    let start = -1, last = -1;
    for (let x = x0; x < x1; x++) {
      const yl = y + k * (x - cx);
      if (!(ink(x, yl) || ink(x, yl + 1))) continue;
      if (start < 0 || x - last > FRAME_GAP) start = x;
      last = x;
      if (!best || last - start > best[1] - best[0]) best = [start, last];
    }
    return best && best[1] - best[0] >= FRAME_SPAN * text.w ? best : null;
  };
  const find = (from: number, to: number, step: number): { y: number; k: number; x0: number; x1: number } | null => {
    for (let y = from; step > 0 ? y < to : y > to; y += step) {
      for (const k of slopes) { const r = run(y, k); if (r) return { y, k, x0: r[0], x1: r[1] }; }
    }
    return null;
  };
  const top = find(Math.round(text.y - reach), text.y + text.h * 0.25, 1);
  const bottom = find(Math.round(text.y + text.h + reach), text.y + text.h * 0.75, -1);
  if (!top || !bottom) return null;
  const at = (l: { y: number; k: number }, x: number) => l.y + l.k * (x - cx);
  const left = Math.min(top.x0, bottom.x0), right = Math.max(top.x1, bottom.x1);
  const y0 = Math.min(at(top, left), at(top, right)), y1 = Math.max(at(bottom, left), at(bottom, right)) + 2;
  return { x: left, y: y0, w: right - left + 1, h: y1 - y0 };
}

function union(a: Box, b: Box): Box {
  const x0 = Math.min(a.x, b.x), y0 = Math.min(a.y, b.y);
  return { x: x0, y: y0, w: Math.max(a.x + a.w, b.x + b.w) - x0, h: Math.max(a.y + a.h, b.y + b.h) - y0 };
}

const ATTESTATION_HAN = normalize(ATTESTATION);
const TRACE_CHARS = 5;

/**
 * A reading that is the sentence's first clause with a character or two lost or misread: ≥ 3 of
 * 与原件一致 in order, and no more than 7 Han characters in all. A note of 与原件一致 alone across the
 * seal reads 与原致 / 与康一致, under the 4 exact characters the alignment needs;
 * a name (2–3 characters) or a line of print holds at most 1–2 of them in order.
 */
export const FIRST_CLAUSE = '与原件一致';
const CLAUSE_CHARS = 3;
const CLAUSE_MAX_HAN = 7;
export function firstClauseTrace(text: string): boolean {
  const han = normalize(text);
  return [...han].length <= CLAUSE_MAX_HAN && inOrder(han, FIRST_CLAUSE) >= CLAUSE_CHARS;
}

/** Characters of `b` found in `a` in the same order (longest common subsequence). */
export function inOrder(a: string, b: string): number {
  const x = [...a], y = [...b];
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const cx of x) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) cur[j] = cx === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[y.length];
}
