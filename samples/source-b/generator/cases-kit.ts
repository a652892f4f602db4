/**
 * Building blocks of source B's page and case plans: the marks an employer's handler puts on a
 * page, the scans a case document gets, the world a case lives in, and the case record itself.
 */
import type { Case } from '../../../rules/contract/index.ts';
import type { FlagCode } from '../../../rules/contract/index.ts';
import type { PlannedFlag } from '../../generator/guide-facts.ts';
import { newIncomeFlags } from '../../generator/guide-facts.ts';
import type { Citizen, Company, SourceBDoc, WageMonth } from './content.ts';
import type { MarksPlan, NotePlan, SealPlan, SignaturePlan } from './marks/plan.ts';
import type { ScanPlan } from './scanner/plan.ts';
import type { RandomStream } from './rng.ts';
import type { BDocSpec, BPageSpec } from './doc-spec.ts';

export type Category = 'high_tech' | 'key' | 'public_institution' | 'other';

/** guide-facts.ts reads rows in its own shape; this is the adapter from source B's `WageMonth`. */
export type GuideRow = Parameters<typeof newIncomeFlags>[0][number];
export function guideRows(rows: WageMonth[]): GuideRow[] {
  return rows.map((r) => ({ period: r.period, item: '工资薪金所得', subItem: '正常工资薪金', payer: r.payer, income: r.income, tax: r.tax }));
}

const NO_CUT = { top: 0, right: 0, bottom: 0, left: 0 };

export function sealPlan(company: string, rng: RandomStream, over: Partial<SealPlan> = {}): SealPlan {
  return {
    company,
    shape: rng.yes(0.85) ? 'round' : 'double-ring',
    diameterMm: Math.round(rng.between(38, 42) * 10) / 10,
    faint: false,
    inked: 1,
    code: rng.yes(0.5) ? String(rng.integer(1101000000000, 1101999999999)) : null,
    placement: rng.oneOf(['over-table', 'beside-note', 'beside-note'] as const),
    offSheet: 0,
    ...over,
  };
}

export function notePlan(rng: RandomStream, over: Partial<NotePlan> = {}): NotePlan {
  const form = over.form ?? (rng.yes(0.7) ? 'handwritten' : 'stamp');
  return {
    form,
    hand: rng.oneOf(['neat', 'fast', 'round', 'small', 'heavy'] as const),
    color: form === 'stamp' ? rng.oneOf(['red', 'blue', 'red'] as const) : rng.oneOf(['blue', 'black', 'blue'] as const),
    chars: 18,
    lines: rng.integer(1, 2),
    placement: rng.oneOf(['below-table', 'below-table', 'beside-table', 'under-seal'] as const),
    ...over,
  };
}

export function signaturePlan(name: string, rng: RandomStream, over: Partial<SignaturePlan> = {}): SignaturePlan {
  return {
    style: rng.oneOf(['scribble', 'cursive-name', 'cursive-name', 'initials', 'loops'] as const),
    name,
    color: rng.oneOf(['blue', 'black'] as const),
    placement: rng.oneOf(['after-handler-label', 'under-note', 'beside-note', 'after-note'] as const),
    ...over,
  };
}

/** Seal, whole note and signature: what every income page should carry. */
export function fullMarks(company: string, handler: string, rng: RandomStream): MarksPlan {
  return { seal: sealPlan(company, rng), note: notePlan(rng), signature: signaturePlan(handler, rng), otherWriting: [], lookalikes: [] };
}

/** A contract's signature page: the employer's seal in the seal zone, sometimes a red fingerprint. */
export function contractMarks(company: string, rng: RandomStream): MarksPlan {
  return { seal: sealPlan(company, rng, { placement: 'seal-zone' }), note: null, signature: null, otherWriting: [], lookalikes: rng.yes(0.4) ? ['fingerprint'] : [] };
}

export const NOTHING: MarksPlan = { seal: null, note: null, signature: null, otherWriting: [], lookalikes: [] };

/** An ordinary office scan: flatbed, cropped or on a light lid, straight within a degree. */
export function officeScan(rng: RandomStream, dpi: number, over: Partial<ScanPlan> = {}): ScanPlan {
  const r = rng.float();
  return {
    capture: r < 0.6 ? 'autocrop' : 'bed-light',
    dpi,
    rotationDeg: Math.round(Math.max(-1.2, Math.min(1.2, rng.gauss(0, 0.35))) * 100) / 100,
    cutMm: NO_CUT,
    defects: r > 0.9 ? ['photocopy'] : [],
    jpegQuality: rng.integer(70, 80),
    ...over,
  };
}

/** What a page plan promises, before rendering: used by the coverage test and the plan's own checks. */
export function predictedPageFlags(doc: SourceBDoc['kind'], page: BPageSpec, employer: string | null): FlagCode[] {
  const out: FlagCode[] = [];
  const s = page.scan;
  if (s.defects.some((d) => d === 'gaussian_blur' || d === 'motion_blur' || d === 'low_dpi' || d === 'heavy_jpeg')) out.push('SCAN_UNCLEAR');
  const cut = s.cutMm.top + s.cutMm.right + s.cutMm.bottom + s.cutMm.left;
  if (Math.abs(s.rotationDeg) >= 3 || cut > 0 || s.capture === 'phone') out.push('SCAN_EDGES');
  if (doc !== 'income_query' && doc !== 'tax_record') return out;
  const m = page.marks;
  if (!m.seal) out.push('SEAL_MISSING');
  else if (employer && m.seal.company !== employer) out.push('SEAL_MISMATCH');
  if (!m.note) out.push('ANNOTATION_MISSING');
  else if (m.note.chars < 18) out.push('ANNOTATION_INCOMPLETE');
  if (!m.signature) out.push('SIGNATURE_MISSING');
  return out;
}

/** One applicant at one employer on one application date. */
export interface World {
  tag: string;
  date: string;
  category: Category;
  dpi: number;
  person: Citizen;
  employer: Company;
  /** The employer's handler who signs the income pages. */
  handler: string;
  rng: RandomStream;
}

/** A file a case references that is not a readable PDF. */
export interface InvalidFile {
  file: string;
  make: 'truncated-pdf' | 'png-as-pdf' | 'empty';
  /** For a truncated PDF: the rendered document it is cut from. */
  from?: string;
}

export interface BCasePlan {
  manifest: Case;
  docs: BDocSpec[];
  /** Case- and document-level flags decided where the defect is planned; page flags come from page truth. */
  caseFlags: PlannedFlag[];
  injected: string[];
  threshold: number | null;
  invalid: InvalidFile[];
}

/** A case document: `docs/<tag>-<name>.pdf`, its own stream, one page plan for all pages unless given. */
export function docSpec(w: World, name: string, content: SourceBDoc, pages: BPageSpec[], extra: Partial<BDocSpec> = {}): BDocSpec {
  return { file: `docs/${w.tag}-${name}.pdf`, content, employer: w.employer.name, seed: `${w.rng.label}/doc/${name}`, pages, ...extra };
}

export interface CaseOptions {
  over?: Partial<Case>;
  threshold?: number | null;
  invalid?: InvalidFile[];
}

export function caseAdder(w: World, plans: BCasePlan[]) {
  return (id: string, docs: BDocSpec[], flags: PlannedFlag[], injected: string[], opts: CaseOptions = {}): void => {
    const manifest: Case = {
      id: `${w.tag}-${id}`,
      applicationType: 'new',
      applicationDate: w.date,
      applicant: { name: w.person.name, idNumber: w.person.idNumber, birthDate: w.person.birth, sex: w.person.sex },
      employer: { name: w.employer.name, category: w.category, creditCode: w.employer.creditCode },
      condition: 'degree',
      permitExpiry: null,
      documents: [...docs.map((d) => ({ file: d.file, kind: d.content.kind })), ...(opts.invalid ?? []).map((f) => ({ file: f.file }))],
      ...opts.over,
    };
    plans.push({ manifest, docs, caseFlags: flags, injected, threshold: opts.threshold ?? null, invalid: opts.invalid ?? [] });
  };
}
