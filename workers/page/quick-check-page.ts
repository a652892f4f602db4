import type { PageReport } from '../../rules/contract/index.ts';
import { assessClarity, assessEdges } from './quality/index.ts';
import { detectSeals } from './seal/index.ts';
import { estimateHandwritingPresence } from './annotation/index.ts';
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
}

/**
 * What the upload answers per page: the pixel checks and the OCR-free handwriting estimate (about
 * 0.1-0.3 s a page more; `npm run bench:first-badge` measures it). The note's words and the
 * signature are decided by the full analysis, which follows on the events stream.
 */
export function quickFeedbackPage(raster: RasterPage): QuickPageFeedback {
  const quick = quickCheckPage(raster);
  return { ...quick, handwriting: { likely: estimateHandwritingPresence(raster, quick.seal.boxes).likely } };
}
