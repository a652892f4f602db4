/**
 * The ground truth of one rendered document, from what it says (its content) and what each page
 * became (the marks drawn, the anchors the browser measured, the scanner's geometry). Pure: the
 * renderer and scanner results come in as plain values, so tests need no browser.
 */
import type { Box, DocumentKind } from '../../../rules/contract/index.ts';
import type { DocumentTruth, PageTruth, PartiesTruth, TermTruth } from '../../generator/truth.ts';
import { formatDate } from '../../generator/dates.ts';
import type { MmBox, SourceBDoc } from './content.ts';
import { NOTE_TEXT, type MarksPlan } from './marks/plan.ts';
import type { ScanTruth } from './scanner/plan.ts';
import { termText } from './templates/contract-term.ts';
import { rowAnchor } from './templates/income-blocks.ts';

/** The marks' boxes the browser read back (sheet mm), as `renderer.render` returns them. */
export interface MarkBoxes {
  seal: MmBox | null;
  note: MmBox | null;
  signature: MmBox | null;
  other: { text: string; box: MmBox }[];
  lookalikes: { type: string; box: MmBox }[];
}

/** What the scanner did to a page, reduced to what the truth needs. */
export interface ScanView {
  widthPx: number;
  heightPx: number;
  dpi: number;
  truth: ScanTruth;
  mapBox(box: MmBox): Box | null;
  visibleFraction(box: MmBox): number;
}

export interface PageResult {
  plan: MarksPlan;
  anchors: Record<string, MmBox[]>;
  marks: MarkBoxes;
  scan: ScanView;
}

export interface TruthInput {
  file: string;
  content: SourceBDoc;
  /** Whose material the document is (seal match, the truth's `employer`). */
  employer: string | null;
  bornDigital: boolean;
  pages: PageResult[];
}

const LOOKALIKE_TYPES = new Set<PageTruth['lookalikes'][number]['type']>(['emblem', 'fingerprint', 'red_rules', 'red_handwriting', 'red_logo', 'issuer_seal']);
/** Template anchors that mark printed red seal-like things, and their truth type. */
const PRINTED_LOOKALIKES: Record<string, string> = { 'issuer-seal': 'issuer_seal', emblem: 'emblem' };
const GREY_DEGRADATIONS = new Set(['greyscale', 'binarised', 'photocopy', 'copy_of_copy']);

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A born-digital page has no scanner: the sheet at a nominal 300 dpi, geometry untouched. */
export function straightScan(dpi = 300): ScanView {
  const k = dpi / 25.4;
  const w = Math.round(210 * k);
  const h = Math.round(297 * k);
  const clip = (b: MmBox): { x0: number; y0: number; x1: number; y1: number } => ({ x0: Math.max(0, b.x), y0: Math.max(0, b.y), x1: Math.min(210, b.x + b.w), y1: Math.min(297, b.y + b.h) });
  return {
    widthPx: w,
    heightPx: h,
    dpi,
    truth: { degradations: ['clean'], clarityOk: true, edgesOk: true, skewDeg: 0, cropped: false },
    mapBox(b) {
      const c = clip(b);
      if (c.x1 <= c.x0 || c.y1 <= c.y0) return null;
      return { x: Math.round(c.x0 * k), y: Math.round(c.y0 * k), w: Math.round((c.x1 - c.x0) * k), h: Math.round((c.y1 - c.y0) * k) };
    },
    visibleFraction(b) {
      const c = clip(b);
      const area = b.w * b.h;
      return area > 0 ? (Math.max(0, c.x1 - c.x0) * Math.max(0, c.y1 - c.y0)) / area : 0;
    },
  };
}

export function pageTruth(kind: DocumentKind, index: number, r: PageResult, employer: string | null, textLayer: boolean): PageTruth {
  const s = r.scan;
  const sealBox = r.plan.seal && r.marks.seal ? s.mapBox(r.marks.seal) : null;
  // The browser may clip the overlay at the sheet's edge; the plan says how much hung off it.
  const onPage = r.plan.seal && r.marks.seal ? round2(Math.min(s.visibleFraction(r.marks.seal), 1 - r.plan.seal.offSheet)) : 0;
  const seal: PageTruth['seal'] =
    r.plan.seal && sealBox && onPage > 0
      ? {
          present: true,
          box: sealBox,
          company: r.plan.seal.company,
          matchesEmployer: employer ? r.plan.seal.company === employer : null,
          faint: r.plan.seal.faint,
          grey: s.truth.degradations.some((d) => GREY_DEGRADATIONS.has(d)),
          onPage,
          code: r.plan.seal.code,
        }
      : { present: false, box: null, company: null, matchesEmployer: null, faint: false, grey: false, onPage: 0, code: null };
  const note = r.plan.note;
  const noteBox = note && r.marks.note ? s.mapBox(r.marks.note) : null;
  const annotation: PageTruth['annotation'] =
    note && noteBox
      ? { present: true, complete: note.chars >= NOTE_TEXT.length, form: note.form, text: NOTE_TEXT.slice(0, note.chars), color: note.color, box: noteBox, ...(note.form === 'handwritten' ? { hand: note.hand } : {}) }
      : { present: false, complete: false, form: null, text: null, color: null, box: null };
  const sigBox = r.plan.signature && r.marks.signature ? s.mapBox(r.marks.signature) : null;
  // Red things the template printed (the tax bureau's seal, the ID card's emblem) come as anchors.
  const printed = Object.entries(PRINTED_LOOKALIKES).flatMap(([anchor, type]) => (r.anchors[anchor] ?? []).map((box) => ({ type, box })));
  const lookalikes = [...printed, ...r.marks.lookalikes]
    .filter((l) => LOOKALIKE_TYPES.has(l.type as never))
    .map((l) => ({ type: l.type as PageTruth['lookalikes'][number]['type'], box: s.mapBox(l.box) }))
    .filter((l): l is PageTruth['lookalikes'][number] => l.box !== null);
  return {
    page: index + 1,
    kind,
    widthPx: s.widthPx,
    heightPx: s.heightPx,
    dpi: s.dpi,
    degradations: s.truth.degradations,
    clarityOk: s.truth.clarityOk,
    edgesOk: s.truth.edgesOk,
    skewDeg: s.truth.skewDeg,
    cropped: s.truth.cropped,
    seal,
    annotation,
    signature: { present: !!sigBox, box: sigBox },
    lookalikes,
    ...(r.marks.other.length ? { otherWriting: r.marks.other.map((o) => ({ text: o.text, box: s.mapBox(o.box) })) } : {}),
    textLayer,
  };
}

/** The 1-based page holding anchor `name`, or null when no page has it. */
function pageOf(pages: PageResult[], name: string): number | null {
  const i = pages.findIndex((p) => (p.anchors[name]?.length ?? 0) > 0);
  return i >= 0 ? i + 1 : null;
}

/** A row's page: its `row-YYYY-MM` anchor, else an even split of the rows over the pages. */
function rowPage(pages: PageResult[], period: string, index: number, count: number): number {
  const found = pageOf(pages, rowAnchor(period));
  if (found !== null) return found;
  const per = Math.ceil(count / Math.max(1, pages.length));
  return Math.min(pages.length, Math.floor(index / per) + 1);
}

function termPage(pages: PageResult[]): number {
  return pageOf(pages, 'term') ?? pageOf(pages, 'blank-start') ?? pageOf(pages, 'empty-start') ?? 1;
}

export function documentTruth(input: TruthInput): DocumentTruth {
  const c = input.content;
  const pages = input.pages.map((p, i) => pageTruth(c.kind, i, p, input.employer, input.bornDigital));
  let issuedOn: string | null = null;
  let income: DocumentTruth['income'] = [];
  let taxes: DocumentTruth['taxes'] = [];
  let term: TermTruth | null = null;
  let parties: PartiesTruth = {};
  switch (c.kind) {
    case 'income_query':
      issuedOn = c.printedAt.slice(0, 10);
      income = c.rows.map((r, i) => ({ period: r.period, amount: r.income, item: '工资薪金', payer: r.payer, page: rowPage(input.pages, r.period, i, c.rows.length) }));
      parties = { employee: c.citizen.name, employeeIdNumber: c.citizen.idNumber };
      break;
    case 'tax_record':
      issuedOn = c.issuedOn;
      taxes = c.rows.map((r, i) => ({ period: r.period, amount: r.tax, item: '工资薪金所得', paidOn: r.paidOn, authority: r.authority, page: rowPage(input.pages, r.period, i, c.rows.length) }));
      parties = { employee: c.citizen.name, employeeIdNumber: c.citizen.idNumber };
      break;
    case 'labor_contract':
      issuedOn = c.signedOn;
      term = c.termWriting === 'blank' ? null : { start: c.start, end: c.end, openEnded: c.end === null, text: termText(c.start, c.end, c.termWriting), page: termPage(input.pages) };
      parties = { employer: c.employer.name, employerCreditCode: c.employer.creditCode, employee: c.employee.name, employeeIdNumber: c.employee.idNumber, ...(c.placedAt ? { dispatch: true } : {}) };
      break;
    case 'lease_contract': {
      const blank = (f: (typeof c.blanks)[number]): boolean => c.blanks.includes(f);
      issuedOn = c.signedOn;
      term = c.termWriting === 'blank' || blank('term') ? null : { start: c.start, end: c.end, openEnded: false, text: termText(c.start, c.end, c.termWriting), page: termPage(input.pages) };
      parties = {
        lessor: blank('lessorName') ? null : c.lessor.name,
        lessee: blank('lesseeName') ? null : c.lessee.name,
        lessorIdNumber: blank('lessorId') ? null : c.lessor.idNumber,
        lesseeIdNumber: blank('lesseeId') ? null : c.lessee.idNumber,
        lessorPhone: blank('lessorPhone') ? null : c.lessor.phone,
        lesseePhone: blank('lesseePhone') ? null : c.lessee.phone,
        address: blank('address') ? null : c.address,
      };
      break;
    }
    case 'id_card':
      issuedOn = c.validFrom;
      term = { start: c.validFrom, end: c.validTo, openEnded: c.validTo === null, text: `${formatDate(c.validFrom, 'dot')}-${c.validTo ? formatDate(c.validTo, 'dot') : '长期'}`, page: 1 };
      parties = { employee: c.citizen.name, employeeIdNumber: c.citizen.idNumber };
      break;
    case 'hukou':
      issuedOn = c.registeredOn;
      parties = { employee: c.citizen.name, employeeIdNumber: c.citizen.idNumber };
      break;
    case 'degree_certificate':
      issuedOn = c.awardedOn;
      parties = { employee: c.citizen.name };
      break;
    case 'borrowing_statement':
      issuedOn = c.signedOn;
      parties = { lender: c.lender.name, lenderIdNumber: c.lender.idNumber, borrower: c.borrower.name, borrowerIdNumber: c.borrower.idNumber, address: c.address };
      break;
    case 'resignation_certificate':
      issuedOn = c.issuedOn;
      parties = { employer: c.employer.name, employerCreditCode: c.employer.creditCode, employee: c.citizen.name, employeeIdNumber: c.citizen.idNumber };
      break;
  }
  return { file: input.file, kind: c.kind, employer: input.employer, pageCount: pages.length, issuedOn, income, taxes, term, parties, bornDigital: input.bornDigital, pages };
}
