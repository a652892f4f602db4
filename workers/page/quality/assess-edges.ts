import type { RasterPage } from '../types.ts';
import { decideEdges } from './decide-edges.ts';
import { measureEdges } from './measure-edges.ts';
import type { Edges } from './types.ts';

/**
 * Whole sheet, neat edges (四边轮廓整齐): the measuring passes gather what the frame shows
 * (content sliced at a border, the sheet's outline and its angles, text-line skew) and one pure
 * function decides, with its cut-offs in thresholds.ts.
 */
export function assessEdges(page: RasterPage): Edges {
  return decideEdges(measureEdges(page));
}
