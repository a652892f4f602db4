import type { PageReport } from '../../rules/contract/index.ts';
import { assessClarity, assessEdges } from './quality/index.ts';
import { detectSeals } from './seal/index.ts';
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
