/**
 * Page quality from pixels only: clarity — stroke edge width at a normalised 150 dpi,
 * effective dpi against the page's physical size, stroke contrast, JPEG damage — and edges —
 * text-line skew, print or table rules sliced by the image border, a sheet shorter than A4 where its
 * outline leaves the frame (review), a dark band eating into the sheet, a phone photo (perspective of
 * the sheet outline, uneven light). OCR confidence is folded in afterwards with
 * refineClarityWithOcr. Cut-offs and their figures on both sample sources' tune splits: thresholds.ts.
 */
export { assessClarity } from './assess-clarity.ts';
export { assessEdges } from './assess-edges.ts';
export { refineClarityWithOcr } from './refine-clarity-with-ocr.ts';
export { isBlankPage } from './blank-page.ts';
export { normalisedGrey, NORMALISED_DPI } from './normalised-grey.ts';
export type { Clarity, ClarityReason, Edges, EdgeReason } from './types.ts';
