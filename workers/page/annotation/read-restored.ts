import type { Box } from '../../../rules/contract/index.ts';
import { deblurMotion, estimateMotionBlur, type GreyPage } from '../ocr/index.ts';
import type { RasterPage, RegionReader } from '../types.ts';
import type { InkMap } from './classify-ink.ts';
import { cropLayer } from './crop-region.ts';
import type { InkRegion } from './find-ink-regions.ts';
import { readCrop, type ReadBlock } from './read-candidates.ts';

/**
 * Richardson–Lucy steps for a smeared block: as for the page's table (analyse-page.ts, 80 steps read
 * motion-blurred tables in full); a note block is a few percent of the page, so it is cheap.
 */
const STEPS = 80;
/** Blocks restored and read at most: the note and one more (a signature, a second line). */
const MAX_BLOCKS = 2;

/**
 * Writing the reader could not read on a page smeared by motion (the sheet or the scanner moved):
 * the smear is measured on the whole page, each block (with room for the smear) is restored alone
 * and read again. Returns one reading per block; an unsmeared page, or one whose smear cannot be
 * measured, returns none — its blocks stay unreadable (review).
 */
export async function readRestored(page: RasterPage, blocks: Pick<InkRegion, 'box' | 'ink' | 'framed' | 'handwriting'>[], reader: RegionReader, map: InkMap): Promise<ReadBlock[]> {
  if (blocks.length === 0) return [];
  const grey = redGrey(page, { x: 0, y: 0, w: page.width, h: page.height });
  const blur = estimateMotionBlur(grey, map.pxPerMm * 25.4);
  if (!blur) return [];
  const out: ReadBlock[] = [];
  for (const b of blocks.slice(0, MAX_BLOCKS)) {
    const room = 2 * blur.length + 2 * map.pxPerMm;
    const x0 = Math.max(0, Math.floor(b.box.x - room)), y0 = Math.max(0, Math.floor(b.box.y - room));
    const x1 = Math.min(page.width, Math.ceil(b.box.x + b.box.w + room)), y1 = Math.min(page.height, Math.ceil(b.box.y + b.box.h + room));
    const area: Box = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
    const restored = deblurMotion(redGrey(page, area), blur, STEPS);
    const crop = await cropLayer(page, area, map.pxPerMm, (i) => {
      const x = (i % page.width) - x0, y = ((i / page.width) | 0) - y0;
      return restored.data[y * restored.width + x]!;
    }, 0);
    const { text, lines, match, unsure, confidence } = await readCrop(reader, crop);
    out.push({ box: b.box, ink: b.ink, framed: b.framed, handwriting: b.handwriting, text, confidence, lines, match, unsure });
  }
  return out;
}

/** The red channel of `area` as a grey page: dark and blue ink stay dark, a red seal under them fades. */
function redGrey(page: RasterPage, area: Box): GreyPage {
  const data = new Uint8Array(area.w * area.h);
  for (let y = 0; y < area.h; y++) {
    const row = (area.y + y) * page.width + area.x;
    for (let x = 0; x < area.w; x++) data[y * area.w + x] = page.data[(row + x) * 3]!;
  }
  return { data, width: area.w, height: area.h };
}
