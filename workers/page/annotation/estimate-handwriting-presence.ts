import type { Box } from '../../../rules/contract/index.ts';
import type { RasterPage } from '../types.ts';
import { classifyInk } from './classify-ink.ts';
import { findInkRegions } from './find-ink-regions.ts';
import { groupBlocks } from './read-candidates.ts';

export interface HandwritingEstimate {
  /** true: pen-like writing found; null: only dark ink that may be print — cannot tell without OCR. */
  likely: boolean | null;
  candidates: { box: Box; ink: 'dark' | 'blue' | 'red'; score: number; framed: boolean }[];
}

/**
 * Blue or framed stamp ink scores ≥ 0.7; dark ink needs an uneven baseline. 0.6 keeps printed
 * lines (0.1–0.3 on the drawn pages) out.
 */
const LIKELY = 0.6;

/** OCR-free early estimate for the upload API: does a note/signature seem to be there? (~0.1–0.3 s/page) */
export function estimateHandwritingPresence(page: RasterPage, sealBoxes: Box[] = []): HandwritingEstimate {
  const map = classifyInk(page);
  const blocks = groupBlocks(findInkRegions(map, { seals: sealBoxes }), map.pxPerMm);
  const candidates = blocks.map((b) => ({ box: b.box, ink: b.ink, score: Math.round(b.handwriting * 100) / 100, framed: b.framed }));
  const likely = candidates.some((c) => c.score >= LIKELY && c.ink !== 'dark') ? true : candidates.some((c) => c.score >= LIKELY) ? null : false;
  return { likely, candidates };
}
