import type { PageReport } from '../../rules/contract/index.ts';
import { assessClarity, assessEdges } from './quality/index.ts';
import { detectSeals } from './seal/index.ts';
import { estimateHandwritingPresence } from './annotation/index.ts';
import { encodePageImage, PAGE_IMAGE_WIDTH } from './page-image.ts';
import type { RasterPage } from './types.ts';

export interface QuickPageChecks {
  page: number;
  widthPx: number;
  heightPx: number;
  dpi: number | null;
  clarity: ReturnType<typeof assessClarity>;
  edges: ReturnType<typeof assessEdges>;
  seal: { present: boolean | null; confidence: number; boxes: PageReport['seal']['boxes']; grey: boolean };
}

/** The checks that need only pixels (no OCR): what the upload API can answer within seconds. */
export function quickCheckPage(raster: RasterPage): QuickPageChecks {
  const seal = detectSeals(raster);
  return {
    page: raster.page,
    widthPx: raster.width,
    heightPx: raster.height,
    dpi: raster.dpi,
    clarity: assessClarity(raster),
    edges: assessEdges(raster),
    seal: { present: seal.present, confidence: seal.confidence, boxes: seal.boxes, grey: seal.grey },
  };
}

/** The quick checks plus whether pen writing (the note, a signature) seems to be on the page. */
export interface QuickPageFeedback extends QuickPageChecks {
  /** true: pen-like writing found; false: none; null: dark ink that may be print (needs OCR to tell). */
  handwriting: { likely: boolean | null };
  /** The page as a JPEG PAGE_IMAGE_WIDTH.default px wide, from the same rendering (the upload caches it for the page's card). */
  thumbnail: Uint8Array;
}

/**
 * What the upload answers per page: the pixel checks, the OCR-free handwriting estimate (about
 * 0.1-0.3 s a page more; `npm run bench:first-badge` measures it) and a thumbnail (one resize of
 * the rendering already made, so the page's card costs no second rendering). The note's words and the
 * signature are decided by the full analysis, which follows on the events stream.
 */
export async function quickFeedbackPage(raster: RasterPage): Promise<QuickPageFeedback> {
  const quick = quickCheckPage(raster);
  const handwriting = { likely: estimateHandwritingPresence(raster, quick.seal.boxes).likely };
  return { ...quick, handwriting, thumbnail: await encodePageImage(raster, PAGE_IMAGE_WIDTH.default) };
}
