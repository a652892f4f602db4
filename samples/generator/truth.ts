/**
 * Ground truth written next to every generated PDF (`<name>.truth.json`) and every case
 * (`<id>.expected.json`). The format is documented in samples/README.md; keep both in step.
 */
import type { Box, DocumentKind, FlagCode } from '../../rules/contract/index.ts';

export type Degradation =
  | 'clean'
  | 'gaussian_blur'
  | 'motion_blur'
  | 'low_dpi'
  | 'heavy_jpeg'
  | 'skew'
  | 'edge_cut'
  | 'dark_border'
  | 'phone_photo'
  | 'greyscale'
  | 'noise'
  // Source B's scanner model (samples/source-b/generator/scanner/) adds these:
  | 'autocrop'
  | 'bed_light'
  | 'photocopy'
  | 'copy_of_copy'
  | 'toner_streaks'
  | 'fold'
  | 'binarised';

export interface SealTruth {
  present: boolean;
  /** Bounding box of the visible impression in final page pixels; null when absent. */
  box: Box | null;
  company: string | null;
  /** The seal's text names the employer the document belongs to (null when there is no seal). */
  matchesEmployer: boolean | null;
  faint: boolean;
  grey: boolean;
  /** Fraction of the impression that lies on the sheet (1 = whole). */
  onPage: number;
  /** The 13-digit 防伪编码 along the bottom of the ring, null when the seal has none (or there is no seal). */
  code: string | null;
}

export interface AnnotationTruth {
  present: boolean;
  complete: boolean;
  form: 'handwritten' | 'stamp' | null;
  /** What was actually written (a prefix of the full text when partial). */
  text: string | null;
  color: 'blue' | 'black' | 'red' | null;
  box: Box | null;
  /** The hand it was written in (note set only; see marks/hands.ts). */
  hand?: string;
}

export interface PageTruth {
  page: number;
  kind: DocumentKind;
  widthPx: number;
  heightPx: number;
  dpi: number;
  degradations: Degradation[];
  /** false when a degradation makes the page unclear (SCAN_UNCLEAR expected). */
  clarityOk: boolean;
  /** false when the sheet is skewed > 2°, cut off, or not the whole sheet (SCAN_EDGES expected). */
  edgesOk: boolean;
  skewDeg: number;
  cropped: boolean;
  seal: SealTruth;
  annotation: AnnotationTruth;
  signature: { present: boolean; box: Box | null };
  /** Red or seal-like marks that are not seals. */
  lookalikes: { type: 'emblem' | 'fingerprint' | 'red_rules' | 'red_handwriting' | 'red_logo' | 'issuer_seal'; box: Box; text?: string }[];
  /** Handwriting that is not the note, often in the note's own hand and ink (note set only). */
  otherWriting?: { text: string; box: Box | null }[];
  textLayer: boolean;
}

export interface IncomeTruth {
  period: string;
  amount: number;
  item: string;
  payer: string;
  page: number;
}
export interface TaxTruth {
  period: string;
  amount: number;
  item: string;
  paidOn: string;
  authority: string;
  page: number;
}
export interface TermTruth {
  start: string | null;
  end: string | null;
  openEnded: boolean;
  text: string;
  page: number;
}
export interface PartiesTruth {
  employer?: string | null;
  employerCreditCode?: string | null;
  employee?: string | null;
  employeeIdNumber?: string | null;
  lessor?: string | null;
  lessee?: string | null;
  lessorIdNumber?: string | null;
  lesseeIdNumber?: string | null;
  lessorPhone?: string | null;
  lesseePhone?: string | null;
  address?: string | null;
  /** 房屋借住声明: the 出借人 and the 借住人. */
  lender?: string | null;
  lenderIdNumber?: string | null;
  borrower?: string | null;
  borrowerIdNumber?: string | null;
  /** The contract is a 劳务派遣 contract (the agency signs; the applicant works elsewhere). */
  dispatch?: boolean;
}

export interface DocumentTruth {
  /** Path relative to the split folder (or the case folder for the demo). */
  file: string;
  kind: DocumentKind;
  /** The employer the material belongs to in the generated world (seal/payer/contract party). */
  employer: string | null;
  pageCount: number;
  issuedOn: string | null;
  income: IncomeTruth[];
  taxes: TaxTruth[];
  term: TermTruth | null;
  parties: PartiesTruth;
  bornDigital: boolean;
  pages: PageTruth[];
}

export interface ExpectedFlag {
  code: FlagCode;
  file: string | null;
  page: number | null;
  /** Why this flag follows from what was injected (for people reading the corpus). */
  why: string;
}

export interface CaseExpected {
  caseId: string;
  /** The defects injected into the case, in words. Empty for a clean case. */
  injected: string[];
  flags: ExpectedFlag[];
  /** Truth per document of the case (same objects as the .truth.json files). */
  documents: DocumentTruth[];
  facts: {
    incomeMonths: number | null;
    incomeMonthlyAverage: number | null;
    threshold: number | null;
  };
}
