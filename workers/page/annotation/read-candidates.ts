import type { Box } from '../../../rules/contract/index.ts';
import type { OcrLine, RasterPage, RegionReader } from '../types.ts';
import { cropRegion, linesOnPage, type RegionCrop } from './crop-region.ts';
import { BLUE, DARK, RED, RULE, type InkMap } from './classify-ink.ts';
import type { InkRegion } from './find-ink-regions.ts';
import type { AttestationMatch } from './match-attestation.ts';
import { assembleReading, type AssembledReading } from './assemble-reading.ts';

/** Lines of writing grouped into one block, read by the region reader. */
export interface ReadBlock {
  box: Box;
  ink: InkRegion['ink'];
  framed: boolean;
  handwriting: number;
  text: string;
  /** Mean reader confidence 0..100. */
  confidence: number;
  /** Reader lines in page coordinates. */
  lines: OcrLine[];
  match: AttestationMatch;
  /** See AssembledReading.unsure. */
  unsure: boolean;
  /** A stamp's frame when it was traced line by line (sweep-note.ts). */
  frame?: Box;
  /** A name read after the note on its last line, split off (name-after-note.ts). */
  name?: Box;
}

/**
 * Blocks read per page at most. The drawn pages give 1–4 candidate blocks after printed text is
 * cleared; 6 bounds the reader's cost (≈ 0.1–0.2 s each) on cluttered pages.
 */
const MAX_BLOCKS = 6;
/** Regions scoring below this are print, not writing (printed lines score 0.1–0.3 on the drawn pages). */
export const MIN_HANDWRITING = 0.35;

/** Merges line regions of one ink that sit within ~1.5 line heights of each other into blocks. */
export function groupBlocks(regions: InkRegion[], pxPerMm: number, printedCleared = false): InkRegion[] {
  // With tesseract's printed lines cleared, dark ink left over is worth reading whatever its shape:
  // black notes on scans scored as low as 0.2 (blur and JPEG flatten the baseline jitter).
  const cands = regions.filter((r) => r.handwriting >= MIN_HANDWRITING || (printedCleared && r.ink === 'dark'));
  const blocks: InkRegion[] = [];
  const used = new Set<InkRegion>();
  for (const seed of cands) {
    if (used.has(seed)) continue;
    used.add(seed);
    const block = { ...seed, box: { ...seed.box } };
    let grew = true;
    while (grew) {
      grew = false;
      for (const r of cands) {
        if (used.has(r) || r.ink !== block.ink) continue;
        const lh = Math.min(r.box.h, block.box.h);
        const gapY = Math.max(r.box.y - (block.box.y + block.box.h), block.box.y - (r.box.y + r.box.h));
        const gapX = Math.max(r.box.x - (block.box.x + block.box.w), block.box.x - (r.box.x + r.box.w));
        if (gapY <= lh * 1.5 && gapX <= 5 * pxPerMm) {
          used.add(r);
          const x0 = Math.min(block.box.x, r.box.x), y0 = Math.min(block.box.y, r.box.y);
          block.box = {
            x: x0, y: y0,
            w: Math.max(block.box.x + block.box.w, r.box.x + r.box.w) - x0,
            h: Math.max(block.box.y + block.box.h, r.box.y + r.box.h) - y0,
          };
          block.cells += r.cells;
          block.handwriting = Math.max(block.handwriting, r.handwriting);
          block.framed ||= r.framed;
          grew = true;
        }
      }
    }
    blocks.push(block);
  }
  const kept = blocks.filter((b) => b.ink !== 'dark' || !blocks.some((c) => c.ink !== 'dark' && insideShare(b.box, c.box) >= CORE_INSIDE));
  const rank = (b: InkRegion) => b.handwriting + (b.heightMm >= NOTE_LINE_MM ? TALL_BONUS : 0);
  return kept.sort((a, b) => rank(b) - rank(a) || b.cells - a.cells).slice(0, MAX_BLOCKS);
}

/**
 * The dark core of a dense blue or red stroke classifies as dark ink too: a dark block lying this
 * much inside a coloured one is that core (a 150 dpi income printout: the
 * blue name 张伟 also came back as a dark block and took a reading slot).
 */
const CORE_INSIDE = 0.6;
/**
 * Dark ink left after tesseract's printed lines are cleared is ranked up when it is as tall as
 * handwriting: printed words on source A have a median height of 2.8 mm, written note
 * lines 5–10 mm. Without it a clean black note (baseline jitter 0.035, score 0.32) lost its reading
 * slot to a blue printed header and a URL footer (the same split's 150 dpi income printout).
 */
const NOTE_LINE_MM = 4.5;
const TALL_BONUS = 0.3;

function insideShare(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? (w * h) / (a.w * a.h || 1) : 0;
}

/** Reads each block with the region reader and matches the reading against the sentence. */
export async function readCandidates(page: RasterPage, blocks: InkRegion[], reader: RegionReader, map: InkMap, printed: Box[]): Promise<ReadBlock[]> {
  const out: ReadBlock[] = [];
  const inPrinted = printedMask(map, printed);
  for (const b of blocks) {
    // Only the block's own ink goes to the reader: print next to a note written over a text line
    // otherwise joins the note's line and spoils the reading (seen on two-line notes over a footer).
    const cls = map.classes;
    const erase =
      b.ink === 'blue' ? (i: number) => cls[i] === DARK || cls[i] === RULE || cls[i] === RED
      : b.ink === 'red' ? (i: number) => cls[i] === DARK || cls[i] === RULE || cls[i] === BLUE
      : (i: number) => cls[i] === RULE || (cls[i] === DARK && inPrinted[i] === 1);
    const crop = await cropRegion(page, b.box, map.pxPerMm, b.ink === 'red' ? 1 : 0, 2, erase);
    const { text, lines, match, unsure, confidence } = await readCrop(reader, crop);
    out.push({ box: b.box, ink: b.ink, framed: b.framed, handwriting: b.handwriting, text, confidence, lines, match, unsure });
  }
  return out;
}

/** 1 for page pixels inside a printed line's box. */
function printedMask(map: InkMap, printed: Box[]): Uint8Array {
  const m = new Uint8Array(map.width * map.height);
  for (const b of printed) {
    const x0 = Math.max(0, Math.floor(b.x)), x1 = Math.min(map.width, Math.ceil(b.x + b.w));
    const y0 = Math.max(0, Math.floor(b.y)), y1 = Math.min(map.height, Math.ceil(b.y + b.h));
    for (let y = y0; y < y1; y++) m.fill(1, y * map.width + x0, y * map.width + x1);
  }
  return m;
}

/**
 * Line heights added above (sentence start missing) or below (end missing) a partial note, and
 * on either side, when it is read again wider. The first line of a two-line black note was read by
 * tesseract into a printed line (二原件 Se 致 … 开具时间, confidence 65) and cleared with it (a
 * page inside a dark scanner border); the lines of a note sit ≤ 1.5 line heights apart, so 2.5
 * reaches the neighbour line.
 */
const WIDEN_LINES = 2.5;
const WIDEN_SIDE_LINES = 1.5;

/**
 * Reads a partial note again over a wider box with only rules (and other inks) erased — printed
 * text stays — so a part of the note that was cleared as print or grouped apart comes back. The
 * sentence alignment is local, so printed words read along with it do no harm.
 */
export async function rereadWider(page: RasterPage, note: ReadBlock, lineHeight: number, reader: RegionReader, map: InkMap): Promise<ReadBlock> {
  const up = note.match.targetStart > 0 ? WIDEN_LINES * lineHeight : 0;
  const down = note.match.targetEnd < 17 ? WIDEN_LINES * lineHeight : 0;
  const side = WIDEN_SIDE_LINES * lineHeight;
  const x0 = Math.max(0, note.box.x - side), y0 = Math.max(0, note.box.y - up);
  const x1 = Math.min(map.width, note.box.x + note.box.w + side), y1 = Math.min(map.height, note.box.y + note.box.h + down);
  const box: Box = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  const cls = map.classes;
  const erase =
    note.ink === 'blue' ? (i: number) => cls[i] === DARK || cls[i] === RULE || cls[i] === RED
    : note.ink === 'red' ? (i: number) => cls[i] === DARK || cls[i] === RULE || cls[i] === BLUE
    : (i: number) => cls[i] === RULE || cls[i] === RED || cls[i] === BLUE;
  const crop = await cropRegion(page, box, map.pxPerMm, note.ink === 'red' ? 1 : 0, 1, erase);
  const { text, lines, match, unsure, confidence } = await readCrop(reader, crop);
  return { ...note, box, text, lines, confidence, match, unsure };
}

/** Reads a crop and joins its lines into one reading of the note (page pixels), with their mean confidence 0..100. */
export async function readCrop(reader: RegionReader, crop: RegionCrop): Promise<AssembledReading & { confidence: number }> {
  const res = await reader.read(crop.png);
  const reading = assembleReading(linesOnPage(crop, res.lines));
  const confidence = reading.lines.length ? reading.lines.reduce((s, l) => s + l.confidence, 0) / reading.lines.length : 0;
  return { ...reading, confidence };
}
