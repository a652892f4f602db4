export { assessClarity } from './assess-clarity.ts';
export { assessEdges } from './assess-edges.ts';
export { refineClarityWithOcr } from './refine-clarity-with-ocr.ts';
export { normalisedGrey, NORMALISED_DPI } from './normalised-grey.ts';
export type { Clarity, ClarityReason, Edges, EdgeReason } from './types.ts';
