import type { Box } from '../../../rules/contract/index.ts';
import type { OcrLine, RasterPage, RegionReader } from '../types.ts';
import { cropRegion } from './crop-region.ts';
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
export function groupBlocks(regions: InkRegion[], pxPerMm: number): InkRegion[] {
  const cands = regions.filter((r) => r.handwriting >= MIN_HANDWRITING);
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
export async function readCandidates(page: RasterPage, blocks: InkRegion[], reader: RegionReader, pxPerMm: number): Promise<ReadBlock[]> {
  const out: ReadBlock[] = [];
  for (const b of blocks) {
    const crop = await cropRegion(page, b.box, pxPerMm, b.ink === 'red' ? 1 : 0);
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
