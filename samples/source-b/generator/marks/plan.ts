/**
 * What marks a page gets, decided by the case or page plan; `drawMarks` (marks/index.ts) turns a
 * plan and the page's anchors into one SVG overlay. Every mark group in the SVG carries
 * `data-truth` so the browser can read its box back: `seal`, `note`, `signature`,
 * `other-writing` (with `data-text`), `lookalike` (with `data-type`).
 */
export type SealShape = 'round' | 'double-ring' | 'oval';

export interface SealPlan {
  /** The name on the arc (8–20 characters). */
  company: string;
  shape: SealShape;
  /** 38–45 mm for round seals; the long axis for ovals. */
  diameterMm: number;
  /** Ink at 20–45 %: a faint impression. */
  faint: boolean;
  /** Fraction of the impression that inked (uneven pressure leaves a part blank): 1 = whole. */
  inked: number;
  /** 13-digit 防伪编码 along the bottom, or null. */
  code: string | null;
  /** Where on the page: over the table's end, beside the note, over the signature zone. */
  placement: 'over-table' | 'beside-note' | 'seal-zone' | 'page-bottom';
  /** Part of the seal may hang off the sheet (0 = none); the truth's onPage follows. */
  offSheet: number;
}

export type NoteHand = 'neat' | 'fast' | 'round' | 'small' | 'heavy';
export interface NotePlan {
  form: 'handwritten' | 'stamp';
  /** Handwriting style (handwritten only). */
  hand: NoteHand;
  color: 'blue' | 'black' | 'red';
  /** Characters written of 与原件一致，本单位已核实确认真实有效 (18 = whole, the comma counts). */
  chars: number;
  /** Lines the note is written on (1–3). */
  lines: number;
  placement: 'below-table' | 'beside-table' | 'over-seal' | 'under-seal';
}

export type SignatureStyle = 'scribble' | 'cursive-name' | 'printed-name' | 'initials' | 'loops';
export interface SignaturePlan {
  style: SignatureStyle;
  /** The signer's name (used by the name styles). */
  name: string;
  color: 'blue' | 'black';
  placement: 'after-handler-label' | 'beside-note' | 'under-note' | 'after-note' | 'touching-seal';
}

export interface MarksPlan {
  seal: SealPlan | null;
  note: NotePlan | null;
  signature: SignaturePlan | null;
  /** Handwriting that is not the note: 仅供办理工作居住证使用, or a date (ISO, written 2021.8.20 or 2021年8月20日). */
  otherWriting: { text: string }[];
  /** Red things that are not the employer's seal. */
  lookalikes: ('fingerprint' | 'red_logo' | 'red_handwriting')[];
}

export const NO_MARKS: MarksPlan = { seal: null, note: null, signature: null, otherWriting: [], lookalikes: [] };

export const NOTE_TEXT = '与原件一致，本单位已核实确认真实有效';
