import type { Box } from '../../../rules/contract/index.ts';
import type { OcrLine, RasterPage, RegionReader } from '../types.ts';
import { cropRegion } from './crop-region.ts';
import { BLUE, DARK, RED, RULE, type InkMap } from './classify-ink.ts';
import type { InkRegion } from './find-ink-regions.ts';
import { matchAttestation, type AttestationMatch } from './match-attestation.ts';

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
  return blocks.sort((a, b) => b.handwriting - a.handwriting || b.cells - a.cells).slice(0, MAX_BLOCKS);
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
    const res = await reader.read(crop.png);
    const lines = res.lines
      .map((l) => ({
        ...l,
        box: {
          x: crop.box.x + l.box.x / crop.scale, y: crop.box.y + l.box.y / crop.scale,
          w: l.box.w / crop.scale, h: l.box.h / crop.scale,
        },
      }))
      .sort((p, q) => (Math.abs(p.box.y - q.box.y) < Math.min(p.box.h, q.box.h) / 2 ? p.box.x - q.box.x : p.box.y - q.box.y));
    const text = lines.map((l) => l.text).join('');
    const confidence = lines.length ? lines.reduce((s, l) => s + l.confidence, 0) / lines.length : 0;
    out.push({ box: b.box, ink: b.ink, framed: b.framed, handwriting: b.handwriting, text, confidence, lines, match: matchAttestation(text) });
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
