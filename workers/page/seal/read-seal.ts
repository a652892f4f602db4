import type { Box } from '../../../rules/contract/index.ts';
import type { OcrEngine, RasterPage, RegionReader } from '../types.ts';

export interface SealReading {
  text: string | null;
  matchesEmployer: boolean | null;
  code: string | null;
}
export interface SealEngines {
  ocr: OcrEngine | null;
  reader: RegionReader | null;
}

/** Reads the seal's arc text and code. Not decided yet → nulls (review). */
export async function readSeal(_page: RasterPage, _boxes: Box[], _employerName: string | null, _engines: SealEngines): Promise<SealReading> {
  return { text: null, matchesEmployer: null, code: null };
}
