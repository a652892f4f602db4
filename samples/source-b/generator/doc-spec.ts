/** What a document to render is: its content, whose it is, its stream, and each page's marks and scan. */
import type { SourceBDoc } from './content.ts';
import { NO_MARKS, type MarksPlan } from './marks/plan.ts';
import type { ScanPlan } from './scanner/plan.ts';

export interface BPageSpec {
  marks: MarksPlan;
  scan: ScanPlan;
}

export interface BDocSpec {
  /** Path relative to the split folder: `pages/…pdf` or `docs/…pdf`. */
  file: string;
  content: SourceBDoc;
  /** Whose material it is (the seal must name it). */
  employer: string | null;
  /** Stream label: everything drawn for the document derives from it. */
  seed: string;
  bornDigital?: boolean;
  /** Per page; pages past the list take `rest` (default: the last entry). */
  pages: BPageSpec[];
  rest?: BPageSpec;
}

export const CLEAN_SCAN: ScanPlan = { capture: 'autocrop', dpi: 150, rotationDeg: 0, cutMm: { top: 0, right: 0, bottom: 0, left: 0 }, defects: [], jpegQuality: 75 };

export function pageSpecAt(spec: BDocSpec, i: number): BPageSpec {
  return spec.pages[i] ?? spec.rest ?? spec.pages[spec.pages.length - 1] ?? { marks: NO_MARKS, scan: CLEAN_SCAN };
}
